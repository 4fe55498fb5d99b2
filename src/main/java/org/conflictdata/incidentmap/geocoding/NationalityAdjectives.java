package org.conflictdata.incidentmap.geocoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.conflictdata.incidentmap.geocoding.PlaceMatcher.Hit;
import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * Country adjectives ("Iraqi", "Turkish") in the words around a place. An adjective
 * before a facility says whose the facility is; it says where the facility stands only
 * for the countries whose own forces the reporting covers at home (Iraq and Syria: "an
 * Iraqi base" is in Iraq). Other countries' posts and bases stand abroad as often as at
 * home (Turkish posts in Duhok and Idlib, Iranian bases in Syria), so "approached a
 * Turkish military post" names the owner of the post, an actor, unless the words name the
 * ground itself: "on the Turkish side of the border", "on Iranian territory", "onto
 * Turkish soil".
 */
final class NationalityAdjectives {

	static final Map<String, String> DEMONYMS = Map.ofEntries(Map.entry("iraqi", "Iraq"), Map.entry("syrian", "Syria"),
			Map.entry("iranian", "Iran"), Map.entry("israeli", "Israel"), Map.entry("lebanese", "Lebanon"),
			Map.entry("jordanian", "Jordan"), Map.entry("kuwaiti", "Kuwait"), Map.entry("saudi", "Saudi Arabia"),
			Map.entry("turkish", "Turkey"), Map.entry("libyan", "Libya"), Map.entry("yemeni", "Yemen"));

	/** Countries whose adjective before a facility places it at home. */
	private static final Set<String> HOME_COUNTRIES = Set.of("Iraq", "Syria");

	/** Nouns after an adjective that name the country's ground, not a thing it owns. */
	private static final Set<String> GROUND_NOUNS = Set.of("side", "territory", "territories", "soil", "airspace");

	private static final Set<String> FACILITY_MODIFIERS = Set.of("military", "air", "army", "militia", "police",
			"security", "border");

	private NationalityAdjectives() {
	}

	/** Whether the hit is a single country adjective ("an Iraqi base"). */
	static boolean isAdjective(Hit hit, List<Token> tokens) {
		return hit.from() == hit.to() && DEMONYMS.containsKey(tokens.get(hit.from()).lower());
	}

	/**
	 * Whether the adjective hit names only the owner of the facility after it ("a Turkish
	 * military post"): a country other than Iraq or Syria, with no word for its ground.
	 */
	static boolean namesOwner(Hit hit, List<Token> tokens, Place place) {
		return isAdjective(hit, tokens) && !HOME_COUNTRIES.contains(place.country())
				&& !GROUND_NOUNS.contains(groundOrFacility(tokens, hit.from()));
	}

	/**
	 * The country of an adjective in the words describing a name ("the Iraqi border town
	 * of Sinjar"), or null.
	 */
	static String countryWordBefore(List<Token> tokens, int from) {
		for (int i = from - 1; i >= 0 && i >= from - 5 && !tokens.get(i + 1).breakBefore(); i--) {
			String word = tokens.get(i).lower();
			if (DEMONYMS.containsKey(word)) {
				return DEMONYMS.get(word);
			}
			if (!MentionReader.DESCRIPTORS.contains(word)) {
				break;
			}
		}
		return null;
	}

	/** "an Iraqi base" names no place but says which country the base is in. */
	static List<Hit> facilities(List<Token> tokens, List<Hit> hits, Gazetteer gazetteer) {
		List<Hit> found = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			String country = DEMONYMS.get(tokens.get(i).lower());
			if (country == null || !tokens.get(i).capitalised() || tokens.get(i).hyphenAfter()) {
				continue;
			}
			int index = i;
			boolean taken = hits.stream().anyMatch((h) -> h.from() <= index && index <= h.to());
			Optional<Place> place = gazetteer.country(country);
			if (!taken && place.isPresent() && groundOrFacility(tokens, i) != null) {
				found.add(new Hit(i, i, List.of(place.get()), false));
			}
		}
		return found;
	}

	/**
	 * The facility or ground noun within three words after the adjective ("military
	 * post", "side", "territory"), or null when none follows; embassies and consulates
	 * are the country's abroad by nature and never count.
	 */
	private static String groundOrFacility(List<Token> tokens, int i) {
		for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
			if (tokens.get(j).breakBefore()) {
				return null;
			}
			String word = tokens.get(j).lower();
			if ((word.equals("side") && j == i + 1) || (!word.equals("side") && GROUND_NOUNS.contains(word))) {
				// "on the Syrian side of the border" says which country, as a base does.
				return word;
			}
			if (MentionReader.FACILITY_NOUNS.contains(word)) {
				return (word.equals("embassy") || word.equals("consulate")) ? null : word;
			}
			if (!FACILITY_MODIFIERS.contains(word)) {
				return null;
			}
		}
		return null;
	}

}
