package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.Count;

/**
 * One real-world event, merged from every mention that reports it. Geometry is lon/lat
 * (EPSG:4326). {@code id} is null before the incident is stored. Figures ({@code killed},
 * {@code wounded}) are null when no source states them.
 *
 * @param id stored id, or null
 * @param date first possible day
 * @param dateEnd last possible day (equal to date when day-precise)
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
 * @param actors actors with role and attribution
 * @param killed killed, with range across sources, or null
 * @param wounded wounded, with range across sources, or null
 * @param weapon weapon as stated, or null
 * @param summary one-line summary built from the facts
 * @param grade corroboration grade: "single source" or "corroborated (n sources)"
 * @param historical true for references to history or aggregates, left off the map by
 * default
 * @param explanation how the incident was derived: trigger, place, date, each with how it
 * was resolved, plus disagreements between sources
 * @param sources every sentence in every document that reports it
 */
public record Incident(Long id, LocalDate date, LocalDate dateEnd, String datePrecision, int timePrecision,
		String eventType, String subEventType, String place, String placeId, int geoPrecision, String locationPrecision,
		String country, String admin1, double longitude, double latitude, List<Actor> actors, Count killed,
		Count wounded, String weapon, String summary, String grade, boolean historical, Map<String, Object> explanation,
		List<Source> sources) {

	public Incident {
		actors = (actors != null) ? List.copyOf(actors) : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
		explanation = (explanation != null) ? Map.copyOf(explanation) : Map.of();
	}

	public Incident withId(long newId) {
		return new Incident(newId, this.date, this.dateEnd, this.datePrecision, this.timePrecision, this.eventType,
				this.subEventType, this.place, this.placeId, this.geoPrecision, this.locationPrecision, this.country,
				this.admin1, this.longitude, this.latitude, this.actors, this.killed, this.wounded, this.weapon,
				this.summary, this.grade, this.historical, this.explanation, this.sources);
	}

}
