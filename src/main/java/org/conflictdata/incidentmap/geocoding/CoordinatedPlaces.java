package org.conflictdata.incidentmap.geocoding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The places an event phrase reports attacks on when it names several joined by "and":
 * "U.S. jets struck Jurf al-Sakhar and Karbala", "rockets hit Balad and Camp Taji". Each
 * is then an incident of its own, as a coder would record it. Only places after the
 * phrase, close to it, resolved to a town or a facility (not a province or a country) and
 * coordinated directly by "and" count (a comma alone may be an apposition: "Daquq, south
 * of Kirkuk"); anything else, including null or blank input or a phrase not in the text,
 * gives an empty list, and the caller keeps its single location. Places that bound one
 * stretch ("the road linking Mayadin and Albukamal", "between Qaim and the border") are
 * one location, not several.
 */
public final class CoordinatedPlaces {

	/**
	 * How far after the event phrase the first place may stand: its object ("struck X"),
	 * not a later clause.
	 */
	private static final int REACH = 60;

	private static final Pattern JOINER = Pattern.compile("\\s*,?\\s+and\\s+(?:the\\s+)?");

	private static final Pattern RELATIVE = Pattern
		.compile("(?:(?:about|some)\\s+\\d+\\s*km\\s+)?(?:north|south|east|west"
				+ "|north-?east|north-?west|south-?east|south-?west)\\s+of\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * "the road linking", "the highway between": the places that follow bound one
	 * stretch.
	 */
	private static final Pattern BOUNDS = Pattern.compile(
			"\\b(?:between|linking|links|connecting|connects|joining|joins|from)\\s+(?:the\\s+)?(?:towns?\\s+of\\s+|cities\\s+of\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	private CoordinatedPlaces() {
	}

	/**
	 * The text of {@code part} after the first {@code phrase}, where the places of the
	 * event it reports follow; null when either is missing or the phrase is not there.
	 */
	static String textAfter(String part, String phrase) {
		if (part == null || phrase == null || phrase.isBlank()) {
			return null;
		}
		int at = part.indexOf(phrase);
		return (at < 0) ? null : part.substring(at + phrase.length());
	}

	/**
	 * The two or more places coordinated right after {@code phrase} in {@code part}, in
	 * text order, or an empty list.
	 */
	public static List<Location> after(Geocoder geocoder, String part, String phrase) {
		String rest = textAfter(part, phrase);
		if (rest == null) {
			return List.of();
		}
		List<Location> chain = new ArrayList<>();
		int end = -1;
		for (Location location : geocoder.locateAll(rest)) {
			int start = rest.indexOf(location.mention(), Math.max(end, 0));
			if (start < 0 || !location.isResolved() || location.geoPrecision() > 2) {
				if (chain.size() >= 2) {
					break;
				}
				chain.clear();
				end = -1;
				continue;
			}
			if (!chain.isEmpty() && start == end + 1 && RELATIVE.matcher(location.mention()).lookingAt()) {
				// "Jurf al-Sakhar south of Baghdad and near Karbala": where the place
				// before lies, not a place struck.
				end = start + location.mention().length();
				continue;
			}
			boolean joined = end >= 0 && JOINER.matcher(rest.substring(end, start)).matches();
			if (!joined) {
				if (chain.size() >= 2) {
					break;
				}
				chain.clear();
				if (start > REACH) {
					break;
				}
			}
			if (chain.isEmpty() && BOUNDS.matcher(rest.substring(Math.max(0, start - 40), start)).find()) {
				return List.of();
			}
			if (chain.stream().noneMatch((l) -> l.place().id().equals(location.place().id()))) {
				chain.add(location);
			}
			end = start + location.mention().length();
		}
		return (chain.size() >= 2) ? List.copyOf(chain) : List.of();
	}

}
