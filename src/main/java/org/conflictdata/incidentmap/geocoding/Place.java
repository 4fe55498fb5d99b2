package org.conflictdata.incidentmap.geocoding;

import java.util.List;

/**
 * A gazetteer entry: a named place with coordinates (lon/lat, EPSG:4326) and where it
 * sits in the administrative hierarchy. Country and province entries stand for their
 * whole area, with their coordinates at a representative point.
 *
 * @param id stable identifier, e.g. "iq-k1-air-base" or "geonames:98182"
 * @param name preferred English name
 * @param aliases other names and transliterations (never null)
 * @param kind one of the {@link PlaceKind} values
 * @param country country name, e.g. "Iraq" (for a country, its own name)
 * @param admin1 first-level division (province/governorate), or null
 * @param longitude WGS84 longitude
 * @param latitude WGS84 latitude
 * @param source where the coordinates come from, e.g. "GeoNames 98182" or "Wikipedia
 * infobox"
 */
public record Place(String id, String name, List<String> aliases, PlaceKind kind, String country, String admin1,
		double longitude, double latitude, String source) {

	public Place {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
	}

	/**
	 * True when {@code other} lies within this place's area by the administrative
	 * hierarchy: a country contains everything in it, a province everything in that
	 * province. A place contains itself.
	 */
	public boolean contains(Place other) {
		if (other == null) {
			return false;
		}
		if (this.id.equals(other.id)) {
			return true;
		}
		return switch (this.kind) {
			case COUNTRY -> this.country.equals(other.country);
			case PROVINCE ->
				this.country.equals(other.country) && this.admin1 != null && this.admin1.equals(other.admin1);
			default -> false;
		};
	}

}
