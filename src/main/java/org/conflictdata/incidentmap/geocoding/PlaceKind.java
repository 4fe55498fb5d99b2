package org.conflictdata.incidentmap.geocoding;

/**
 * What a gazetteer place is. Facilities (bases, airports, embassies, crossings) are
 * points; districts, provinces, regions and countries are areas.
 */
public enum PlaceKind {

	AIR_BASE, MILITARY_BASE, AIRPORT, EMBASSY, ZONE, BORDER_CROSSING, FACILITY, CITY, TOWN, VILLAGE, DISTRICT, PROVINCE,
	REGION, COUNTRY;

	/** True for kinds that stand for an area rather than a point. */
	public boolean isArea() {
		return this == DISTRICT || this == PROVINCE || this == REGION || this == COUNTRY;
	}

}
