package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;

import org.conflictdata.incidentmap.extraction.Count;

/**
 * A stored incident as the GeoJSON paths need it: the scalar fields of {@link Incident}
 * plus its three JSON columns as the UTF-8 bytes of the text the store keeps, so that
 * they can be written out without being parsed into objects, or even decoded into
 * strings. Blank stored JSON reads as {@code []} or {@code {}}, as {@link Incident} reads
 * it; otherwise the text is whatever the store holds (the store writes it, so it is
 * well-formed). The arrays are shared, not copied: nobody may change them.
 *
 * @param id stored id
 * @param date first possible day
 * @param dateEnd last possible day
 * @param datePrecision "day", "week", "month" or "year"
 * @param timePrecision ACLED time_precision (1–3)
 * @param eventType ACLED event_type
 * @param subEventType ACLED sub_event_type
 * @param place place name
 * @param placeId gazetteer id
 * @param geoPrecision ACLED geo_precision (1–3)
 * @param locationPrecision precision in words
 * @param country country name
 * @param admin1 province, or null
 * @param longitude WGS84 longitude
 * @param latitude WGS84 latitude
 * @param killed killed, or null
 * @param wounded wounded, or null
 * @param weapon weapon, or null
 * @param summary one-line summary
 * @param grade corroboration grade
 * @param historical true for references to history or aggregates
 * @param actorsJson the actors as stored (UTF-8): an array of {name, role, attribution}
 * @param sourcesJson the sources as stored (UTF-8): an array of Jackson's encoding of
 * {@link Source} (camelCase {@code documentId})
 * @param explanationJson the explanation as stored (UTF-8): an object
 */
public record FeatureRow(long id, LocalDate date, LocalDate dateEnd, String datePrecision, int timePrecision,
		String eventType, String subEventType, String place, String placeId, int geoPrecision, String locationPrecision,
		String country, String admin1, double longitude, double latitude, Count killed, Count wounded, String weapon,
		String summary, String grade, boolean historical, byte[] actorsJson, byte[] sourcesJson,
		byte[] explanationJson) {

	/**
	 * The scalar fields of {@code incident}, with null JSON: for writing an incident that
	 * is held as objects through the same routine as a stored row.
	 */
	public static FeatureRow scalarsOf(Incident incident) {
		return new FeatureRow(incident.id(), incident.date(), incident.dateEnd(), incident.datePrecision(),
				incident.timePrecision(), incident.eventType(), incident.subEventType(), incident.place(),
				incident.placeId(), incident.geoPrecision(), incident.locationPrecision(), incident.country(),
				incident.admin1(), incident.longitude(), incident.latitude(), incident.killed(), incident.wounded(),
				incident.weapon(), incident.summary(), incident.grade(), incident.historical(), null, null, null);
	}

}
