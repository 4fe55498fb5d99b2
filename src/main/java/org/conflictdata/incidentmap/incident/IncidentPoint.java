package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;

/**
 * The few fields of a stored incident that the map draws a point from: where, when, what
 * kind, how deadly and how precisely placed. Read by {@link IncidentPoints} without the
 * text and JSON columns, so that a million of them stream cheaply.
 *
 * @param id stored id
 * @param date first possible day
 * @param dateEnd last possible day
 * @param subEventType ACLED sub_event_type
 * @param killed the stated killed figure, or null when no source states one
 * @param geoPrecision ACLED geo_precision (1–3)
 * @param historical true for references to history or aggregates
 * @param longitude WGS84 longitude, as stored (unrounded)
 * @param latitude WGS84 latitude, as stored (unrounded)
 */
public record IncidentPoint(long id, LocalDate date, LocalDate dateEnd, String subEventType, Integer killed,
		int geoPrecision, boolean historical, double longitude, double latitude) {
}
