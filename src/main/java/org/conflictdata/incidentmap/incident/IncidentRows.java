package org.conflictdata.incidentmap.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.conflictdata.incidentmap.extraction.Count;

/**
 * Maps a row of the store's incident select to an {@link Incident} (JSON columns parsed)
 * or to a {@link FeatureRow} (JSON columns kept as text). Null casualty figures map to a
 * null {@link Count}; blank JSON maps to the empty list or map.
 */
final class IncidentRows {

	private final IncidentJson json;

	IncidentRows(IncidentJson json) {
		this.json = json;
	}

	Incident incident(ResultSet rs, int row) throws SQLException {
		return new Incident(rs.getLong("id"), rs.getObject("event_date", LocalDate.class),
				rs.getObject("date_end", LocalDate.class), rs.getString("date_precision"), rs.getInt("time_precision"),
				rs.getString("event_type"), rs.getString("sub_event_type"), rs.getString("place"),
				rs.getString("place_id"), rs.getInt("geo_precision"), rs.getString("location_precision"),
				rs.getString("country"), rs.getString("admin1"), rs.getDouble("lon"), rs.getDouble("lat"),
				this.json.readActors(rs.getString("actors_json")), count(rs, "killed"), count(rs, "wounded"),
				rs.getString("weapon"), rs.getString("summary"), rs.getString("grade"), rs.getBoolean("historical"),
				this.json.readExplanation(rs.getString("explanation_json")),
				this.json.readSources(rs.getString("sources_json")));
	}

	static FeatureRow featureRow(ResultSet rs, int row) throws SQLException {
		return new FeatureRow(rs.getLong("id"), rs.getObject("event_date", LocalDate.class),
				rs.getObject("date_end", LocalDate.class), rs.getString("date_precision"), rs.getInt("time_precision"),
				rs.getString("event_type"), rs.getString("sub_event_type"), rs.getString("place"),
				rs.getString("place_id"), rs.getInt("geo_precision"), rs.getString("location_precision"),
				rs.getString("country"), rs.getString("admin1"), rs.getDouble("lon"), rs.getDouble("lat"),
				count(rs, "killed"), count(rs, "wounded"), rs.getString("weapon"), rs.getString("summary"),
				rs.getString("grade"), rs.getBoolean("historical"), orEmpty(rs.getString("actors_json"), "[]"),
				orEmpty(rs.getString("sources_json"), "[]"), orEmpty(rs.getString("explanation_json"), "{}"));
	}

	private static String orEmpty(String json, String empty) {
		return (json == null || json.isBlank()) ? empty : json;
	}

	private static Count count(ResultSet rs, String column) throws SQLException {
		Integer value = rs.getObject(column, Integer.class);
		if (value == null) {
			return null;
		}
		Integer min = rs.getObject(column + "_min", Integer.class);
		Integer max = rs.getObject(column + "_max", Integer.class);
		return new Count(value, (min != null) ? min : value, max);
	}

}
