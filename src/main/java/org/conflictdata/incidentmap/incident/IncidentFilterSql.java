package org.conflictdata.incidentmap.incident;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The WHERE clause of an {@link IncidentQuery}: each filter that is set appends a
 * constant fragment over the incidents table (aliased {@code i}) and binds its value as a
 * named parameter; nothing of the input becomes SQL text. Text filters match
 * case-insensitively with the user's own {@code %} and {@code _} taken literally. An
 * empty query appends nothing.
 */
final class IncidentFilterSql {

	private static final String BY_END = " AND i.event_date <= :end";

	private static final String BY_START = " AND i.date_end >= :start";

	private static final String BY_BBOX = " AND i.geom && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)";

	/**
	 * Region-level incidents (geo_precision 3) are not known to lie in a box smaller than
	 * a region.
	 */
	private static final String PLACED_WITHIN_REGION = " AND i.geo_precision < 3";

	private static final String BY_EVENT_TYPE = " AND i.event_type = :eventType";

	private static final String BY_SUB_EVENT_TYPE = " AND i.sub_event_type = :subEventType";

	private static final String BY_ACTOR = " AND i.actor_names LIKE :actor";

	private static final String BY_COUNTRY = " AND LOWER(i.country) = :country";

	private static final String BY_PLACE_ID = " AND i.place_id = :placeId";

	private static final String BY_TEXT = " AND (LOWER(i.summary) LIKE :text OR LOWER(i.place) LIKE :text"
			+ " OR i.actor_names LIKE :text)";

	private static final String BY_MIN_KILLED = " AND i.killed >= :minKilled";

	private static final String NOT_HISTORICAL = " AND i.historical = FALSE";

	private IncidentFilterSql() {
	}

	/**
	 * Appends the query's conditions to {@code sql} and returns the parameters they bind.
	 */
	static Map<String, Object> where(IncidentQuery query, StringBuilder sql) {
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.start() != null) {
			sql.append(BY_START);
			params.put("start", query.start());
		}
		if (query.end() != null) {
			sql.append(BY_END);
			params.put("end", query.end());
		}
		if (query.bbox() != null) {
			sql.append(BY_BBOX);
			params.put("minLon", query.bbox().minLon());
			params.put("minLat", query.bbox().minLat());
			params.put("maxLon", query.bbox().maxLon());
			params.put("maxLat", query.bbox().maxLat());
			if (!query.bbox().holdsARegion()) {
				sql.append(PLACED_WITHIN_REGION);
			}
		}
		if (query.eventType() != null) {
			sql.append(BY_EVENT_TYPE);
			params.put("eventType", query.eventType());
		}
		if (query.subEventType() != null) {
			sql.append(BY_SUB_EVENT_TYPE);
			params.put("subEventType", query.subEventType());
		}
		if (query.actor() != null) {
			sql.append(BY_ACTOR);
			params.put("actor", containsPattern(query.actor()));
		}
		if (query.country() != null) {
			sql.append(BY_COUNTRY);
			params.put("country", query.country().toLowerCase(Locale.ROOT));
		}
		if (query.placeId() != null) {
			sql.append(BY_PLACE_ID);
			params.put("placeId", query.placeId());
		}
		if (query.text() != null) {
			sql.append(BY_TEXT);
			params.put("text", containsPattern(query.text()));
		}
		if (query.minKilled() != null) {
			sql.append(BY_MIN_KILLED);
			params.put("minKilled", query.minKilled());
		}
		if (!query.includeHistorical()) {
			sql.append(NOT_HISTORICAL);
		}
		if (query.filter() != null) {
			PropertyFilterSql.append(query.filter(), sql, params);
		}
		return params;
	}

	/** A LIKE pattern for "contains", with the user's own % and _ taken literally. */
	private static String containsPattern(String text) {
		String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
