package org.conflictdata.incidentmap.incident;

/**
 * A gazetteer place as the stored incidents use it: its id and names, the point its
 * incidents are placed at (lon/lat, EPSG:4326; the mean when they differ) and how many
 * incidents it holds.
 *
 * @param placeId gazetteer id
 * @param place place name
 * @param country country name, or null
 * @param admin1 province, or null
 * @param geoPrecision the finest ACLED geo_precision among its incidents (1–3)
 * @param longitude WGS84 longitude
 * @param latitude WGS84 latitude
 * @param incidentCount how many incidents are placed there
 */
public record PlaceSummary(String placeId, String place, String country, String admin1, int geoPrecision,
		double longitude, double latitude, long incidentCount) {
}
