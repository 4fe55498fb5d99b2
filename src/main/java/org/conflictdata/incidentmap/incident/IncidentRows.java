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

	private static final byte[] EMPTY_ARRAY = { '[', ']' };

	private static final byte[] EMPTY_OBJECT = { '{', '}' };

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
				rs.getString("grade"), rs.getBoolean("historical"), utf8(rs, "actors_json", EMPTY_ARRAY),
				utf8(rs, "sources_json", EMPTY_ARRAY), utf8(rs, "explanation_json", EMPTY_OBJECT));
	}

	/**
	 * A text column's UTF-8 bytes, or {@code empty} when it is null or blank. Both
	 * drivers hand a text column to {@code getBytes} as its UTF-8 encoding (PostgreSQL's
	 * the bytes as received, with no decoding), which the contract tests check.
	 */
	private static byte[] utf8(ResultSet rs, String column, byte[] empty) throws SQLException {
		byte[] json = rs.getBytes(column);
		if (json == null) {
			return empty;
		}
		for (byte b : json) {
			if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
				return json;
			}
		}
		return empty;
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
