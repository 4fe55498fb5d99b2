package org.conflictdata.incidentmap.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.conflictdata.incidentmap.extraction.Count;

import org.springframework.jdbc.core.RowMapper;

/**
 * Maps a row of the store's incident select to an {@link Incident} (JSON columns parsed)
 * or to a {@link FeatureRow} (JSON columns kept as UTF-8 bytes). Null casualty figures
 * map to a null {@link Count}; blank JSON maps to the empty list or map.
 */
final class IncidentRows {

	private static final byte[] EMPTY_ARRAY = { '[', ']' };

	private static final byte[] EMPTY_OBJECT = { '{', '}' };

	/** The columns {@link #featureRow} reads, in the order of its positions. */
	private static final String[] FEATURE_COLUMNS = { "id", "event_date", "date_end", "date_precision",
			"time_precision", "event_type", "sub_event_type", "place", "place_id", "geo_precision",
			"location_precision", "country", "admin1", "lon", "lat", "killed", "killed_min", "killed_max", "wounded",
			"wounded_min", "wounded_max", "weapon", "summary", "grade", "historical", "actors_json", "sources_json",
			"explanation_json" };

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

	/**
	 * A mapper to {@link FeatureRow} for one query: it finds the columns' positions on
	 * the first row and reads by position after that, since looking each label up again
	 * on every row was 8% of the service's time on a large page (bench/README.md).
	 */
	static RowMapper<FeatureRow> featureRows() {
		return new RowMapper<>() {

			private int[] at;

			@Override
			public FeatureRow mapRow(ResultSet rs, int row) throws SQLException {
				if (this.at == null) {
					this.at = new int[FEATURE_COLUMNS.length];
					for (int i = 0; i < FEATURE_COLUMNS.length; i++) {
						this.at[i] = rs.findColumn(FEATURE_COLUMNS[i]);
					}
				}
				return featureRow(rs, this.at);
			}

		};
	}

	private static FeatureRow featureRow(ResultSet rs, int[] at) throws SQLException {
		return new FeatureRow(rs.getLong(at[0]), rs.getObject(at[1], LocalDate.class),
				rs.getObject(at[2], LocalDate.class), rs.getString(at[3]), rs.getInt(at[4]), rs.getString(at[5]),
				rs.getString(at[6]), rs.getString(at[7]), rs.getString(at[8]), rs.getInt(at[9]), rs.getString(at[10]),
				rs.getString(at[11]), rs.getString(at[12]), rs.getDouble(at[13]), rs.getDouble(at[14]),
				count(rs, at[15], at[16], at[17]), count(rs, at[18], at[19], at[20]), rs.getString(at[21]),
				rs.getString(at[22]), rs.getString(at[23]), rs.getBoolean(at[24]), utf8(rs, at[25], EMPTY_ARRAY),
				utf8(rs, at[26], EMPTY_ARRAY), utf8(rs, at[27], EMPTY_OBJECT));
	}

	/**
	 * A text column's UTF-8 bytes, or {@code empty} when it is null or blank. Both
	 * drivers hand a text column to {@code getBytes} as its UTF-8 encoding (PostgreSQL's
	 * the bytes as received, with no decoding), which the contract tests check.
	 */
	private static byte[] utf8(ResultSet rs, int column, byte[] empty) throws SQLException {
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

	private static Count count(ResultSet rs, int value, int min, int max) throws SQLException {
		Integer figure = rs.getObject(value, Integer.class);
		if (figure == null) {
			return null;
		}
		Integer low = rs.getObject(min, Integer.class);
		return new Count(figure, (low != null) ? low : figure, rs.getObject(max, Integer.class));
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
