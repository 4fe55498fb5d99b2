package org.conflictdata.incidentmap.geocoding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a definite facility noun with no name ("the airport", "the base", "the embassy")
 * as the facility of that kind the article named most recently before it. A report that
 * rockets "landed inside the airport perimeter, close to the Kasnazan road" a few
 * paragraphs after "Erbil International Airport" was named means that airport, not the
 * village the road is named after. The facility wins only over a place the sentence names
 * along a way or as a bearing, or when the sentence names none; a place the sentence puts
 * the incident at or in keeps its say.
 */
public final class FacilityAntecedents {

	/** How far back in the article (in characters) the named facility may stand. */
	static final int LOOK_BACK_CHARS = 2500;

	/** How far the facility may lie from the town the sentence names along a way. */
	static final double NEARBY_KM = 60;

	/**
	 * "the airport", "the international airport", "the air base": "the", at most two
	 * lower-case words, the noun. A capitalised word between ("the Erbil airport") names
	 * the facility itself.
	 */
	private static final Pattern UNNAMED = Pattern.compile(
			"\\bthe\\s+(?:[a-z][a-z-]*\\s+){0,2}?(airport|airfield|air\\s+base|airbase|base|embassy|consulate|refinery|camp|dam)\\b(?!\\s+(?:of|in|at|near)\\s+(?:the\\s+)?\\p{Lu})");

	/** Nouns of missions, which a city often holds several of (one per country). */
	private static final Set<String> MISSIONS = Set.of("embassy", "consulate");

	private final Geocoder geocoder;

	public FacilityAntecedents(Geocoder geocoder) {
		this.geocoder = geocoder;
	}

	/**
	 * The part of the title and the article before {@code start} that {@link #locate}
	 * looks at: the last {@value #LOOK_BACK_CHARS} characters of the title, a blank line
	 * and the text before the sentence. Only that much is copied, so a long article costs
	 * no more per sentence than a short one.
	 */
	public static String lookBack(String title, String text, int start) {
		String body = (text != null) ? text : "";
		int end = Math.max(0, Math.min(start, body.length()));
		if (end >= LOOK_BACK_CHARS) {
			return body.substring(end - LOOK_BACK_CHARS, end);
		}
		String earlier = ((title != null) ? title : "") + "\n\n" + body.substring(0, end);
		return (earlier.length() <= LOOK_BACK_CHARS) ? earlier : earlier.substring(earlier.length() - LOOK_BACK_CHARS);
	}

	/**
	 * Where the sentence's incident happened:
	 * {@link Geocoder#locate(String, String, String)}, unless the sentence refers to an
	 * unnamed facility ("the airport") that {@code earlier} (the title and the article
	 * before the sentence) named within {@value #LOOK_BACK_CHARS} characters, and the
	 * sentence itself names no facility and no place it puts the incident at. A null or
	 * blank {@code earlier} changes nothing.
	 */
	public Location locate(String sentence, String context, String trigger, String earlier) {
		Location own = this.geocoder.locate(sentence, context, trigger);
		if (sentence == null || earlier == null || earlier.isBlank()) {
			return own;
		}
		Matcher unnamed = UNNAMED.matcher(sentence);
		boolean carriedOn = !unnamed.find();
		if (carriedOn) {
			// "The crowd reaches the embassy. Men smash the door": a sentence with no
			// place goes on in the unnamed facility the sentence before it reached.
			unnamed = UNNAMED.matcher(before(sentence, context));
			if (own.isResolved() || !lastMatch(unnamed)) {
				return own;
			}
		}
		List<Finding> ownFindings = this.geocoder.find(sentence);
		if (carriedOn && !ownFindings.isEmpty()) {
			return own;
		}
		String noun = unnamed.group(1).replaceAll("\\s+", " ");
		Optional<Finding> ownBest = FindingRanking.best(ownFindings);
		if (ownBest.isPresent() && !yields(ownBest.get())) {
			return own;
		}
		String recent = (earlier.length() <= LOOK_BACK_CHARS) ? earlier
				: earlier.substring(earlier.length() - LOOK_BACK_CHARS);
		List<Finding> named = this.geocoder.find(recent);
		for (int i = named.size() - 1; i >= 0; i--) {
			Place place = named.get(i).place();
			if (named.get(i).unnamedFacility() || !ofKind(place, noun)) {
				continue;
			}
			if (MISSIONS.contains(noun) && named.stream()
				.anyMatch((f) -> !f.unnamedFacility() && ofKind(f.place(), noun) && !f.place().equals(place))) {
				// Two embassies named before: "the embassy" could be either.
				return own;
			}
			if (ownBest.isPresent() && Distance.km(described(sentence, ownBest.get()), place) > NEARBY_KM) {
				return own;
			}
			return new Location(place, 1, "exact place", unnamed.group(),
					"'" + unnamed.group() + "' refers back to " + place.name() + ", named earlier in the article",
					null);
		}
		return own;
	}

	/**
	 * The point the sentence's best place describes: "the base, about 80 km north of
	 * Baghdad" measures the base from Baghdad, so the facility is compared with the point
	 * 80 km north of the city, not with the city itself.
	 */
	private static Place described(String sentence, Finding best) {
		if (best.reading().relation() != Relation.NEAR || best.reading().direction() == null
				|| best.place().kind().isArea()) {
			return best.place();
		}
		int end = Math.min(sentence.length(), Math.max(0, best.end()));
		String phrase = sentence.substring(Math.max(0, best.start() - 16), end);
		return Displacement.in(phrase).map((d) -> d.applyTo(best.place())).orElse(best.place());
	}

	/** The text of {@code context} before {@code sentence}, or "" when it holds none. */
	private static String before(String sentence, String context) {
		int at = (context != null) ? context.indexOf(sentence) : -1;
		return (at > 0) ? context.substring(0, at) : "";
	}

	/** Moves {@code matcher} to its last match; false when there is none. */
	private static boolean lastMatch(Matcher matcher) {
		int from = -1;
		while (matcher.find()) {
			from = matcher.start();
		}
		return from >= 0 && matcher.find(from);
	}

	/**
	 * A sentence's best place yields when it is no facility and is named only along a way
	 * ("close to the Kasnazan road"), as a bearing ("35 km west of Kirkuk"), or in a way
	 * that does not place the incident.
	 */
	private static boolean yields(Finding best) {
		if (best.isFacility()) {
			return false;
		}
		if (best.isWeak() || best.isSpeaker()) {
			return true;
		}
		Relation relation = best.reading().relation();
		return relation == Relation.NEAR && (!best.reading().locative() || best.reading().direction() != null);
	}

	/** Whether {@code place} is a facility the noun can stand for. */
	static boolean ofKind(Place place, String noun) {
		String name = " " + place.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
		return switch (noun) {
			case "airport", "airfield" -> Set.of(PlaceKind.AIRPORT, PlaceKind.AIR_BASE).contains(place.kind());
			case "air base", "airbase" -> place.kind() == PlaceKind.AIR_BASE;
			case "base" -> Set.of(PlaceKind.AIR_BASE, PlaceKind.MILITARY_BASE).contains(place.kind());
			case "embassy", "consulate" -> place.kind() == PlaceKind.EMBASSY && name.contains(" " + noun + " ");
			case "camp" -> Set.of(PlaceKind.AIR_BASE, PlaceKind.MILITARY_BASE, PlaceKind.FACILITY, PlaceKind.ZONE)
				.contains(place.kind()) && name.contains(" camp ");
			default -> place.kind() == PlaceKind.FACILITY && name.contains(" " + noun + " ");
		};
	}

}
