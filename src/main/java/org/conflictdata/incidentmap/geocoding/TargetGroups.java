package org.conflictdata.incidentmap.geocoding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places an event phrase shares its targets out among: "struck five sites: three in
 * Iraq, around al-Qa'im, and two across the border in Syria, near al-Bukamal", "two
 * rockets fell, one in Jadriya and another near the Tahrir bridge", "hit positions near
 * Tal Tamr and others outside Ras al-Ain". Each group opens with a count ("three", "two
 * of them", "one", "another", "the other", "others", "the rest"), at most two words (the
 * noun counted: "two targets", "one rocket") and a place word ("in", "near", "around",
 * "across", "outside", "at", "on"). Each group is an incident of its own, placed at the
 * best place of its own words; the list holds one location per group, in text order, or
 * is empty when fewer than two groups resolve to different towns or facilities (a country
 * alone is not placed: "one in Iraq and one in Syria"). Null or blank input, or a phrase
 * not in the text, gives an empty list.
 */
public final class TargetGroups {

	/** How far after the event phrase the first group may open. */
	private static final int REACH = 120;

	private static final String COUNT = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}"
			+ "|another|the\\s+other|others|the\\s+others|the\\s+rest|a\\s+(?:second|third|fourth))";

	/**
	 * A group's opening: after the start, a colon, semicolon, comma, dash or "and", a
	 * count, at most two words (not units of distance or time), then a place word.
	 */
	private static final Pattern GROUP = Pattern.compile("(?:^\\s*|[:;,(\u2014\u2013]\\s*|\\s(?:and|while|with)\\s+)"
			+ "(?<count>" + COUNT + ")(?:\\s+of\\s+them)?"
			+ "(?:\\s+(?!(?:km|kilomet\\w*|miles?|met(?:er|re)s?|hours?|days?|minutes?|weeks?|months?|years?"
			+ "|january|february|march|april|may|june|july|august|september|october|november|december)\\b)"
			+ "[a-z][a-z-]*){0,2}?" + "\\s+(?:(?:were|was|fell|landed|struck|hit)\\s+)?(?:across\\s+the\\s+border\\s+)?"
			+ "(?:in|near|around|outside|across|at|on)\\s", Pattern.CASE_INSENSITIVE);

	/**
	 * Where a group's words end at the latest: a full stop after a lower-case word (not
	 * "U.S."), since a semicolon may separate the groups themselves.
	 */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{Ll})\\.(?:\\s|$)");

	private TargetGroups() {
	}

	/**
	 * The place of each target group that follows {@code phrase} in {@code part}, or an
	 * empty list.
	 */
	public static List<Location> after(Geocoder geocoder, String part, String phrase) {
		String rest = CoordinatedPlaces.textAfter(part, phrase);
		if (rest == null) {
			return List.of();
		}
		Matcher sentenceEnd = SENTENCE_END.matcher(rest);
		int limit = sentenceEnd.find() ? sentenceEnd.start() : rest.length();
		List<Integer> starts = new ArrayList<>();
		Matcher group = GROUP.matcher(rest).region(0, limit);
		while (group.find()) {
			starts.add(group.start("count"));
		}
		if (starts.size() < 2 || starts.get(0) > REACH) {
			return List.of();
		}
		List<Location> places = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			int end = (i + 1 < starts.size()) ? starts.get(i + 1) : limit;
			Location location = geocoder.locate(rest.substring(starts.get(i), end));
			if (!location.isResolved() || location.geoPrecision() > 2) {
				continue;
			}
			boolean repeated = places.stream().anyMatch((p) -> p.place().id().equals(location.place().id()));
			if (!repeated) {
				places.add(location);
			}
		}
		return (places.size() >= 2) ? List.copyOf(places) : List.of();
	}

}
