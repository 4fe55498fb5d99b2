package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;

/**
 * The filters a reader can put on incidents; every field is optional (null means "any").
 * All filters combine with AND. Dates are inclusive and match incidents whose date range
 * overlaps {@code [start, end]}. Text filters match case-insensitively.
 *
 * @param start first day, or null
 * @param end last day, or null
 * @param bbox bounding box, or null
 * @param eventType ACLED event_type, exact, or null
 * @param subEventType ACLED sub_event_type, exact, or null
 * @param actor part of an actor's name, or null
 * @param country country name, exact (case-insensitive), or null
 * @param placeId gazetteer id, exact, or null
 * @param text part of the summary, place or actor names, or null
 * @param minKilled lowest killed figure, or null
 * @param includeHistorical whether references to history and aggregates are included
 * @param filter a property filter (e.g. parsed from OGC CQL2), or null
 * @param limit most rows to return; null for all
 * @param offset rows to skip (0 or more)
 */
public record IncidentQuery(LocalDate start, LocalDate end, BoundingBox bbox, String eventType, String subEventType,
		String actor, String country, String placeId, String text, Integer minKilled, boolean includeHistorical,
		PropertyFilter filter, Integer limit, int offset) {

	/** Every incident, historical ones included, no limit. */
	public static IncidentQuery all() {
		return new IncidentQuery(null, null, null, null, null, null, null, null, null, null, true, null, null, 0);
	}

	public IncidentQuery withPage(Integer newLimit, int newOffset) {
		return new IncidentQuery(this.start, this.end, this.bbox, this.eventType, this.subEventType, this.actor,
				this.country, this.placeId, this.text, this.minKilled, this.includeHistorical, this.filter, newLimit,
				newOffset);
	}

}
