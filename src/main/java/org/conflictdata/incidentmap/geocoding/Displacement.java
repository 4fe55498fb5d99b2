package org.conflictdata.incidentmap.geocoding;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point measured from a place by the distance and compass bearing the text gives:
 * "about 30 km south-west of Kirkuk" is the point 30 km from Kirkuk on a bearing of 225°.
 * Only a phrase with both a number in kilometres or miles and a compass direction before
 * "of" counts; "south of Kirkuk" or "30 km from Kirkuk" give nothing, and so do null
 * text, distances of zero or more than {@value #MAX_KM} km, and places that are areas (a
 * province or a country has no single point to measure from).
 *
 * @param km the distance in kilometres
 * @param bearing degrees clockwise from north
 * @param words the phrase as written, e.g. "about 30 km south-west of"
 */
record Displacement(double km, double bearing, String words) {

	/** Farther than this, a stated distance is more likely a road length than a point. */
	static final double MAX_KM = 150;

	private static final double EARTH_RADIUS_KM = 6371.0088;

	private static final double KM_PER_MILE = 1.609344;

	private static final Pattern PHRASE = Pattern.compile("(?:(about|some|around|roughly|nearly|approximately)\\s+)?"
			+ "(\\d+(?:\\.\\d+)?)\\s*[- ]?\\s*(km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\\s+"
			+ "(?:to\\s+the\\s+)?(north|south|east|west)(?:[- ]?(east|west))?(?:ern)?\\s+of\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Map<String, Double> BEARINGS = Map.of("north", 0.0, "northeast", 45.0, "east", 90.0,
			"southeast", 135.0, "south", 180.0, "southwest", 225.0, "west", 270.0, "northwest", 315.0);

	/**
	 * The displacement written in {@code phrase} (the words locating a place, e.g. "about
	 * 30 km south-west of Kirkuk"), if it gives both a distance and a bearing.
	 */
	static Optional<Displacement> in(String phrase) {
		if (phrase == null) {
			return Optional.empty();
		}
		Matcher matcher = PHRASE.matcher(phrase);
		if (!matcher.find()) {
			return Optional.empty();
		}
		double value = Double.parseDouble(matcher.group(2));
		String unit = matcher.group(3).toLowerCase(Locale.ROOT);
		double km = unit.startsWith("mi") ? value * KM_PER_MILE : value;
		String direction = (matcher.group(4) + ((matcher.group(5) != null) ? matcher.group(5) : ""))
			.toLowerCase(Locale.ROOT);
		Double bearing = BEARINGS.get(direction);
		if (bearing == null || km <= 0 || km > MAX_KM) {
			return Optional.empty();
		}
		return Optional.of(new Displacement(km, bearing, matcher.group().replaceAll("\\s+", " ")));
	}

	/**
	 * The place moved by this displacement: the same id, name and hierarchy (the text
	 * still names that place), at the point the distance and bearing reach along a great
	 * circle, with the source saying so. Areas are returned unchanged.
	 */
	Place applyTo(Place place) {
		if (place.kind().isArea()) {
			return place;
		}
		double lat1 = Math.toRadians(place.latitude());
		double lon1 = Math.toRadians(place.longitude());
		double angle = this.km / EARTH_RADIUS_KM;
		double theta = Math.toRadians(this.bearing);
		double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(theta));
		double lon2 = lon1 + Math.atan2(Math.sin(theta) * Math.sin(angle) * Math.cos(lat1),
				Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
		String source = place.source() + "; point moved " + this.words + " " + place.name() + " as the text says";
		return new Place(place.id(), place.name(), place.aliases(), place.kind(), place.country(), place.admin1(),
				rounded(Math.toDegrees(lon2)), rounded(Math.toDegrees(lat2)), source);
	}

	/**
	 * Five decimals (about a metre), as GeoNames writes coordinates: more digits would
	 * claim an exactness a stated distance never has.
	 */
	private static double rounded(double degrees) {
		return Math.round(degrees * 1e5) / 1e5;
	}

}
