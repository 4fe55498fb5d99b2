package org.conflictdata.incidentmap.geocoding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * Reads the words around a place name to tell how the text relates the incident to it: at
 * it ("in Kirkuk", "struck Camp Taji"), near it ("near the town of Amerli", "20 km south
 * of Mosul", "close to Tikrit"), at an unnamed facility in it ("a military base in
 * Kirkuk"), or not at it at all: an origin ("flown in from Kuwait"), a destination ("sent
 * to Iraq") or an actor ("Iran-backed", "Iran's proxies"). Words it does not know leave
 * the reading at {@link Relation#AT}. Also finds border qualifiers ("close to the Syrian
 * border") after a name. Works on any token list, including an empty one.
 */
final class MentionReader {

	/**
	 * How one place name is used.
	 *
	 * @param relation at, near, or a weak relation
	 * @param phraseStart index of the first word of the phrase that locates (e.g. "near"
	 * in "near the town of Amerli", "a" in "a military base in Kirkuk")
	 * @param direction "south of" style wording, or null
	 * @param facilityNoun the unnamed facility the incident happened at ("base"), or null
	 * @param locative a preposition or verb places the incident there ("in", "near",
	 * "struck"), rather than a bare mention
	 */
	record Reading(Relation relation, int phraseStart, String direction, String facilityNoun, boolean locative) {

		Reading(Relation relation, int phraseStart, String direction, String facilityNoun) {
			this(relation, phraseStart, direction, facilityNoun, relation == Relation.NEAR);
		}

	}

	private static final Set<String> AUTHORITY_WORDS = Set.of("interior", "foreign", "defence", "defense", "health",
			"ministry", "government", "authorities", "spokesman", "spokeswoman", "spokesperson", "officials",
			"president", "prime", "premier", "governor");

	private static final Set<String> EVENT_NAME_NOUNS = Set.of("war", "wars", "conflict", "crisis", "ceasefire",
			"truce", "invasion", "uprising", "revolution", "genocide");

	private static final Set<String> REPORT_NOUNS = Set.of("reports", "report", "news", "footage", "images", "video",
			"videos", "pictures", "photos", "dispatch", "update", "updates", "live");

	static final Set<String> FACILITY_NOUNS = Set.of("base", "airbase", "bases", "camp", "compound", "airport",
			"airfield", "facility", "facilities", "outpost", "garrison", "embassy", "consulate", "barracks", "depot",
			"headquarters", "hq", "checkpoint", "warehouse", "installation", "post", "station", "complex", "prison",
			"refinery", "refineries");

	private static final Set<String> FACILITY_ADJECTIVES = Set.of("military", "air", "army", "militia", "police", "us",
			"u", "american", "coalition", "iraqi", "syrian", "iranian", "israeli", "turkish", "russian", "diplomatic",
			"security", "weapons", "arms", "ammunition", "munitions", "storage", "logistics", "main", "small", "joint",
			"forward", "operating", "a", "an", "the", "its", "their", "pmu", "pmf", "kh", "isis");

	/**
	 * Words before a "to" that put a place near, not at, the one named: "on the road to
	 * Kirkuk".
	 */
	private static final Set<String> ROAD_NEAR = Set.of("close", "next", "adjacent", "road", "highway");

	static final Set<String> DESCRIPTORS = Set.of("the", "a", "an", "town", "city", "village", "area", "district",
			"province", "governorate", "region", "suburbs", "suburb", "outskirts", "edge", "vicinity", "of", "iraqi",
			"syrian", "iranian", "israeli", "lebanese", "jordanian", "kuwaiti", "saudi", "turkish", "kurdish",
			"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
			"southwestern", "nearby", "small", "countryside", "environs", "hinterland", "border", "desert", "strategic",
			"key", "restive", "capital", "oil", "rich", "disputed", "contested", "mainly", "mostly", "predominantly",
			"sunni", "shiite", "shia", "christian", "yazidi", "holy", "northeast", "northwest", "southeast",
			"southwest", "north", "south", "east", "west", "entrance", "entrances", "gate", "gates");

	private static final Set<String> NEAR_WORDS = Set.of("near", "nearby", "outside", "around", "neighbouring",
			"neighboring", "bordering", "beside");

	private static final Set<String> NEAR_NOUNS = Set.of("outskirts", "edge", "vicinity", "suburbs", "suburb",
			"countryside", "environs", "hinterland");

	private static final Set<PlaceKind> SETTLEMENTS = Set.of(PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE);

	/** Nouns after a town's name that make it name the area around the town. */
	private static final Set<String> AREA_AROUND = Set.of("countryside", "district", "subdistrict", "area", "outskirts",
			"environs", "suburbs", "hinterland");

	private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
			"southeast", "southwest", "northeastern", "northwestern");

	private static final Set<String> DIRECTIONS_AND_HALVES = Set.of("north", "south", "east", "west", "northeast",
			"northwest", "southeast", "southwest");

	private static final Set<String> DISTANCE_UNITS = Set.of("km", "kms", "kilometres", "kilometers", "kilometre",
			"kilometer", "miles", "mile", "mi");

	private static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("in", "at", "inside", "within", "into", "on",
			"through", "along", "throughout", "across", "over", "against");

	private static final Set<String> LOCATIVE_VERBS = Set.of("struck", "strike", "hit", "hitting", "striking",
			"attacked", "attacking", "attack", "targeted", "targeting", "shelled", "shelling", "bombed", "bombing",
			"stormed", "rushed", "entered", "raided", "besieged", "seized", "captured", "recaptured");

	private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "remain",
			"remains", "remained", "seen", "grown", "grew", "stayed", "stay");

	private static final Set<String> ACTOR_SUFFIXES = Set.of("backed", "made", "funded", "supported", "linked",
			"aligned", "allied", "led", "based", "sponsored", "affiliated", "controlled", "built", "designed",
			"trained", "armed", "friendly", "leaning", "born");

	private static final Pattern BORDER = Pattern.compile(
			"\\b(?:near|close to|on|along|at|by|next to|not far from)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?border\\b"
					+ "(?:\\s+with\\s+[\\p{Lu}][\\p{L}]+)?",
			Pattern.CASE_INSENSITIVE);

	private MentionReader() {
	}

	/**
	 * Reads the name at words {@code from..to}; words before {@code floor} belong to an
	 * earlier name and are not read as its context.
	 */
	static Reading read(List<Token> tokens, int lineStart, int from, int to, int floor, Place place) {
		Token last = tokens.get(to);
		if (isDateline(tokens, lineStart, from, to)) {
			return new Reading(Relation.DATELINE, from, null, null);
		}
		if (to + 1 < tokens.size() && last.hyphenAfter() && ACTOR_SUFFIXES.contains(tokens.get(to + 1).lower())) {
			return new Reading(Relation.ACTOR, from, null, null);
		}
		// "the Gaza war", "the Syria conflict": the name of an event, not where this one
		// happened.
		if (to + 1 < tokens.size() && !tokens.get(to + 1).breakBefore()
				&& EVENT_NAME_NOUNS.contains(tokens.get(to + 1).lower())) {
			return new Reading(Relation.ACTOR, from, null, null);
		}
		// "Iran's proxies" names an actor; "Syria's Hasakah" locates the next name.
		boolean nextIsName = to + 1 < tokens.size() && tokens.get(to + 1).capitalised();
		if (last.possessive() && place.kind() == PlaceKind.COUNTRY && !nextIsName) {
			return new Reading(Relation.ACTOR, from, null, null);
		}
		// "the Kurdistan region's interior ministry said", "Iran's Quds Force": the place
		// speaks or owns the body, the incident need not be there.
		if (last.possessive() && to + 1 < tokens.size()
				&& (AUTHORITY_WORDS.contains(tokens.get(to + 1).lower()) || GovernmentNames.namesItsBody(tokens, to))) {
			return new Reading(Relation.ACTOR, from, null, null);
		}
		// "Ankara denied ...", "prompting Kabul to recall its envoy": a government.
		if (GovernmentNames.standsForGovernment(tokens, from, to, floor, place)
				|| GovernmentNames.headsAnInstitution(tokens, from, to, floor)) {
			return new Reading(Relation.ACTOR, from, null, null);
		}
		boolean clauseStart = tokens.get(from).breakBefore() || from <= floor;
		// "in the Mayadin countryside", "in Mayadin district": the town names the area
		// around it, so a town named in the same breath as lying there is more exact, and
		// so is "north of Baiji" after "Baiji district" (hence not locative, unless the
		// words after say where the area lies: "Muqdadiya district north-east of
		// Baquba").
		if (SETTLEMENTS.contains(place.kind()) && to + 1 < tokens.size() && !tokens.get(to + 1).breakBefore()
				&& AREA_AROUND.contains(word(tokens, to + 1))) {
			return new Reading(Relation.NEAR, areaPhraseStart(tokens, from, floor), null, null,
					locatedByWhatFollows(tokens, to + 1));
		}
		String after = facilityAfter(tokens, to);
		if (clauseStart) {
			return new Reading(Relation.AT, from, null, after);
		}
		int k = from - 1;
		// "20 km east of the town of Makhmour" reads as "20 km east of Makhmour".
		if (k - 4 >= floor && word(tokens, k).equals("of")
				&& Set.of("town", "city", "village").contains(word(tokens, k - 1)) && word(tokens, k - 2).equals("the")
				&& word(tokens, k - 3).equals("of") && DIRECTIONS.contains(word(tokens, k - 4))) {
			k -= 3;
		}
		if (k - 1 >= floor && word(tokens, k).equals("of") && DIRECTIONS.contains(word(tokens, k - 1))) {
			int start = k - 1;
			while (start - 1 >= floor && !tokens.get(start).breakBefore()
					&& DIRECTIONS.contains(word(tokens, start - 1))) {
				start--;
			}
			StringBuilder direction = new StringBuilder();
			for (int i = start; i <= k; i++) {
				direction.append((i > start) ? " " : "").append(word(tokens, i));
			}
			int phraseStart = withDistance(tokens, start);
			// "fired from militant positions south of Fallujah": where the fire came
			// from.
			Relation relation = Movements.fromBefore(tokens, phraseStart, floor) ? Relation.ORIGIN : Relation.NEAR;
			return new Reading(relation, phraseStart, direction.toString(), null);
		}
		boolean nearNoun = false;
		int p = k;
		while (p >= floor && DESCRIPTORS.contains(word(tokens, p)) && !tokens.get(p + 1).breakBefore()) {
			nearNoun |= NEAR_NOUNS.contains(word(tokens, p));
			p--;
		}
		if (p < floor || tokens.get(p + 1).breakBefore()) {
			return new Reading(nearNoun ? Relation.NEAR : Relation.AT, p + 1, null, after);
		}
		String preposition = word(tokens, p);
		String before = (p - 1 >= floor && !tokens.get(p).breakBefore()) ? word(tokens, p - 1) : "";
		if (SpeakerPlaces.isSpeakerPlace(tokens, p, floor, preposition)
				|| SpeakerPlaces.opensASpeakersClause(tokens, p, to, preposition)
				|| SpeakerPlaces.namesTheSpeaker(tokens, p, to, preposition)) {
			return new Reading(Relation.SPEAKER, p, null, null);
		}
		Reading way = Movements.wayTowards(tokens, p, floor, to);
		if (way != null) {
			return way;
		}
		String facility = FACILITY_NOUNS.contains(before) ? before : after;
		int facilityStart = FACILITY_NOUNS.contains(before) ? facilityPhraseStart(tokens, p - 1, floor) : p;
		if (place.kind() == PlaceKind.COUNTRY
				&& (Set.of("with", "between").contains(preposition) || (preposition.equals("to")
						&& before.equals("close") && p - 2 >= floor && COPULAS.contains(word(tokens, p - 2))))) {
			// "confrontation with Iran", "politicians who are close to Iran": a party to
			// a
			// relationship, not where anything happened.
			return new Reading(Relation.ACTOR, p, null, null);
		}
		if (place.kind() == PlaceKind.COUNTRY && Set.of("embassy", "consulate").contains(preposition)
				&& word(tokens, p + 1).equals("of")) {
			// "the consulate of Iran" is Iran's mission, which stands in another country.
			return new Reading(Relation.ACTOR, p, null, null);
		}
		if (NEAR_WORDS.contains(preposition) || nearNoun
				|| (preposition.equals("to") && Set.of("close", "next", "adjacent").contains(before))) {
			int start = preposition.equals("to") ? p - 1 : p;
			return new Reading(Relation.NEAR, start, null, facility);
		}
		if (preposition.equals("from")) {
			if (before.equals("far") || DISTANCE_UNITS.contains(before)) {
				return new Reading(Relation.NEAR, withDistance(tokens, p), null, null);
			}
			// "Reports from Karbala:", "footage from Mosul": news sent from where it
			// happened.
			if (REPORT_NOUNS.contains(before) || Movements.clearedFrom(tokens, p, floor)) {
				// ("cleared protesters from the bridge" happened on the bridge.)
				return new Reading(Relation.AT, p, null, after, true);
			}
			return new Reading(Relation.ORIGIN, p, null, null);
		}
		// "troops headed towards Mosul" is a destination; "rockets fired towards the
		// embassy" names the target.
		if (Set.of("to", "toward", "towards").contains(preposition) && Movements.motionBefore(tokens, p, floor)) {
			return new Reading(Relation.DESTINATION, p, null, null);
		}
		if (Set.of("in", "at", "inside", "within").contains(preposition) && FACILITY_NOUNS.contains(before)) {
			return new Reading(Relation.AT, facilityStart, null, facility, true);
		}
		if (FACILITY_NOUNS.contains(preposition) && word(tokens, p + 1).equals("of")) {
			// "the airport of Erbil": the facility is named by its town.
			return new Reading(Relation.AT, facilityPhraseStart(tokens, p, floor), null, preposition, true);
		}
		if (LOCATIVE_PREPOSITIONS.contains(preposition)) {
			return new Reading(Relation.AT, p, null, after, true);
		}
		if (LOCATIVE_VERBS.contains(preposition)) {
			return new Reading(Relation.AT, from, null, after, true);
		}
		// "the main street of Zubair, south of Basra": the words after say where the
		// place lies, so the text is about that place, not the one it is measured from.
		return new Reading(Relation.AT, from, null, after, locatedByWhatFollows(tokens, to));
	}

	/** True when "(about 20 km) south-west of" follows the name at word {@code to}. */
	private static boolean locatedByWhatFollows(List<Token> tokens, int to) {
		int i = to + 1;
		if (i < tokens.size() && Set.of("just", "immediately", "directly", "slightly").contains(word(tokens, i))) {
			i++;
		}
		if (i < tokens.size() && Set.of("about", "some", "around", "roughly", "nearly", "almost", "approximately")
			.contains(word(tokens, i))) {
			i++;
		}
		if (i + 1 < tokens.size() && Character.isDigit(tokens.get(i).text().charAt(0))
				&& DISTANCE_UNITS.contains(word(tokens, i + 1))) {
			i += 2;
		}
		int directions = 0;
		while (i < tokens.size() && DIRECTIONS_AND_HALVES.contains(word(tokens, i))) {
			i++;
			directions++;
		}
		return directions > 0 && i < tokens.size() && word(tokens, i).equals("of");
	}

	/**
	 * The border qualifier written after a name in the same sentence, e.g. "close to the
	 * Syrian border", or null.
	 */
	static String borderQualifier(String text, int fromOffset) {
		int end = text.length();
		for (int i = fromOffset; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?' || c == '\n') && (i + 1 >= text.length()
					|| Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == '"')) {
				end = i;
				break;
			}
		}
		Matcher matcher = BORDER.matcher(text.substring(fromOffset, Math.min(end, fromOffset + 160)));
		return matcher.find() ? matcher.group().replaceAll("\\s+", " ") : null;
	}

	/**
	 * "JERUSALEM —" opening the text (after a date at most): a place in capitals followed
	 * by punctuation, where {@code lineStart} is the first word of its line.
	 */
	private static boolean isDateline(List<Token> tokens, int lineStart, int from, int to) {
		for (int i = lineStart; i < from; i++) {
			String text = tokens.get(i).lower();
			if (!Character.isDigit(text.charAt(0)) && !Set.of("date", "updated", "published").contains(text)) {
				return false;
			}
		}
		for (int i = from; i <= to; i++) {
			String text = tokens.get(i).text();
			if (text.length() < 3 || !text.equals(text.toUpperCase(Locale.ROOT))) {
				return false;
			}
		}
		return to + 1 >= tokens.size() || tokens.get(to + 1).breakBefore();
	}

	private static String facilityAfter(List<Token> tokens, int to) {
		for (int i = to + 1; i < tokens.size() && i <= to + 3; i++) {
			Token token = tokens.get(i);
			if (token.breakBefore()) {
				return null;
			}
			if (FACILITY_NOUNS.contains(token.lower())) {
				return token.lower();
			}
			if (!FACILITY_ADJECTIVES.contains(token.lower())) {
				return null;
			}
		}
		return null;
	}

	/** "in the Mayadin countryside": the phrase starts at the preposition, if any. */
	private static int areaPhraseStart(List<Token> tokens, int from, int floor) {
		int start = from;
		if (start - 1 >= floor && !tokens.get(start).breakBefore()
				&& Set.of("the", "a", "an").contains(word(tokens, start - 1))) {
			start--;
		}
		if (start - 1 >= floor && !tokens.get(start).breakBefore()
				&& (LOCATIVE_PREPOSITIONS.contains(word(tokens, start - 1))
						|| NEAR_WORDS.contains(word(tokens, start - 1)))) {
			start--;
		}
		return start;
	}

	private static int facilityPhraseStart(List<Token> tokens, int noun, int floor) {
		int start = noun;
		while (start - 1 >= floor && noun - start < 4 && !tokens.get(start).breakBefore()
				&& FACILITY_ADJECTIVES.contains(word(tokens, start - 1))) {
			start--;
		}
		return start;
	}

	/** Extends "south of" to "20 km south of" when a distance is written before it. */
	private static int withDistance(List<Token> tokens, int start) {
		if (start >= 2 && DISTANCE_UNITS.contains(word(tokens, start - 1))
				&& Character.isDigit(tokens.get(start - 2).text().charAt(0)) && !tokens.get(start).breakBefore()) {
			return start - 2;
		}
		if (start >= 1 && DISTANCE_UNITS.contains(word(tokens, start))
				&& Character.isDigit(tokens.get(start - 1).text().charAt(0))) {
			return start - 1;
		}
		return start;
	}

	private static String word(List<Token> tokens, int i) {
		return tokens.get(i).lower();
	}

}
