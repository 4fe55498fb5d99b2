package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;

/**
 * The few fields of a stored incident that the map draws a point from: where, when, what
 * kind, where by name, how deadly and how precisely dated and placed. Read by
 * {@link IncidentPoints} without the text and JSON columns, so that a million of them
 * stream cheaply.
 *
 * @param id stored id
 * @param date first possible day
 * @param dateEnd last possible day
 * @param datePrecision how precisely the date is known: {@code day}, {@code week},
 * {@code month} or {@code year}
 * @param subEventType ACLED sub_event_type
 * @param place the place name, as stored
 * @param killed the stated killed figure, or null when no source states one
 * @param wounded the stated wounded figure, or null when no source states one
 * @param geoPrecision ACLED geo_precision (1–3)
 * @param historical true for references to history or aggregates
 * @param longitude WGS84 longitude, as stored (unrounded)
 * @param latitude WGS84 latitude, as stored (unrounded)
 */
public record IncidentPoint(long id, LocalDate date, LocalDate dateEnd, String datePrecision, String subEventType,
		String place, Integer killed, Integer wounded, int geoPrecision, boolean historical, double longitude,
		double latitude) {
}
