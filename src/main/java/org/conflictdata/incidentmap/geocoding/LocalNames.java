package org.conflictdata.incidentmap.geocoding;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A name the text tells as a part of a town ("al-Qadisiya, a middle-class neighbourhood",
 * "the Andalus district of", "Palestine Street") that is also the name of a province or a
 * country. The province or country is then not meant: the spot lies in the town the text
 * is about, here taken as the first city it names in that country, or without one the
 * country around the province. A name told without such words, or a town's name, is left
 * alone.
 */
final class LocalNames {

	private static final String LOCAL_NOUNS = "neighbou?rhoods?|quarters?|districts?|villages?|hamlets?|suburbs?"
			+ "|streets?|alleys?|lanes?|estates?|slums?|shanty\\s+towns?|townships?|mahallas?|hay";

	/** ", a middle-class neighbourhood", ", the poor Shia quarter that ...". */
	private static final Pattern TOLD_AFTER = Pattern.compile(
			"^\\s*,\\s*(?:(?:a|an|the)\\s+|(?:one|another)\\s+of\\s+(?:the|its)\\s+)"
					+ "(?:(?!(?:of|with|in|and|that|which|where)\\s)[\\p{L}'’-]+\\s+){0,3}?(?:" + LOCAL_NOUNS + ")\\b"
					+ "|^\\s+(?:" + LOCAL_NOUNS + "|road|square|roundabout|bridge|market)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "the neighbourhood of", "the village of"; not "villages of the Sulaimani
	 * governorate", which are parts of the province.
	 */
	private static final Pattern TOLD_BEFORE = Pattern
		.compile("\\b(?:neighbou?rhood|quarter|district|village|hamlet|suburb|street|township|mahalla)"
				+ "\\s+(?:of|called|named|known\\s+as)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

	private LocalNames() {
	}

	/**
	 * True when the name of a province or country at {@code start..end} is told as local.
	 */
	static boolean toldAsLocal(Place place, String text, int start, int end) {
		if (place.kind() != PlaceKind.PROVINCE && place.kind() != PlaceKind.COUNTRY) {
			return false;
		}
		String after = text.substring(end, Math.min(text.length(), end + 60));
		String before = text.substring(Math.max(0, start - 40), start);
		return TOLD_AFTER.matcher(after).find() || TOLD_BEFORE.matcher(before).find();
	}

	/**
	 * The first city named in the text in the place's country; without one, the country
	 * around a province (coarse but true), or null for a country's name.
	 */
	static Place townOfTheStory(Place place, List<Place> anchors, Gazetteer gazetteer) {
		for (Place anchor : anchors) {
			if (anchor.kind() == PlaceKind.CITY && anchor.country().equals(place.country())) {
				return anchor;
			}
		}
		return (place.kind() == PlaceKind.PROVINCE) ? gazetteer.country(place.country()).orElse(null) : null;
	}

}
