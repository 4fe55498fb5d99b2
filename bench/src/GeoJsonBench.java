import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.conflictdata.incidentmap.api.IncidentFeatureWriter;
import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.incident.FeatureRow;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.Source;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where to build GeoJSON: in Java (rows over JDBC, Jackson streaming through the service's
 * IncidentFeatureWriter) or in PostGIS (json_build_object + ST_AsGeoJSON, text over JDBC).
 * Both write to a byte-counting sink, without HTTP, for the 10k bbox + time query (p50 of
 * repeated runs) and for every incident (one streamed pass with a cursor).
 * Usage: GeoJsonBench <jdbc-url> <user> <password> <repeats>
 */
public final class GeoJsonBench {

	static final String WHERE_10K = " WHERE date_end >= DATE '2016-01-01' AND event_date <= DATE '2016-05-15'"
			+ " AND geom && ST_MakeEnvelope(42.5, 32.5, 45.5, 35.0, 4326) ORDER BY event_date, id LIMIT 10000";

	static final String ALL = " ORDER BY event_date, id";

	static final String ROWS = """
			SELECT id, event_date, date_end, date_precision, time_precision, event_type, sub_event_type, place,
			place_id, geo_precision, location_precision, country, admin1, killed, killed_min, killed_max, wounded,
			wounded_min, wounded_max, weapon, summary, grade, historical, actors_json, sources_json,
			explanation_json, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM incidents""";

	static final String FEATURES = """
			SELECT json_build_object('type', 'Feature', 'id', id, 'geometry', ST_AsGeoJSON(geom, 5)::json,
			'properties', json_build_object('id', id, 'date', event_date, 'date_end', date_end,
			'date_precision', date_precision, 'time_precision', time_precision, 'event_type', event_type,
			'sub_event_type', sub_event_type, 'place', place, 'place_id', place_id, 'geo_precision', geo_precision,
			'location_precision', location_precision, 'country', country, 'admin1', admin1,
			'actors', actors_json::json,
			'killed', CASE WHEN killed IS NULL THEN NULL ELSE json_build_object('value', killed, 'min', killed_min, 'max', killed_max) END,
			'wounded', CASE WHEN wounded IS NULL THEN NULL ELSE json_build_object('value', wounded, 'min', wounded_min, 'max', wounded_max) END,
			'weapon', weapon, 'summary', summary, 'grade', grade, 'historical', historical,
			'sources', sources_json::json, 'explanation', explanation_json::json))::text FROM incidents""";

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	static final TypeReference<List<Actor>> ACTORS = new TypeReference<>() {
	};

	static final TypeReference<List<Source>> SOURCES = new TypeReference<>() {
	};

	static final TypeReference<Map<String, Object>> EXPLANATION = new TypeReference<>() {
	};

	static final class Sink extends OutputStream {

		long bytes;

		@Override
		public void write(int b) {
			this.bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.bytes += len;
		}

	}

	public static void main(String[] args) throws Exception {
		int repeats = Integer.parseInt(args[3]);
		try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
			connection.setAutoCommit(false);
			connection.createStatement().execute("SET plan_cache_mode TO force_custom_plan");
			System.out.println("| query | built in | features | p50 ms (10k) or s (all) | features/s | MB/s | MB |");
			System.out.println("|---|---|---:|---:|---:|---:|---:|");
			for (int mode = 0; mode < MODES.length; mode++) {
				double[] millis = new double[repeats];
				long[] result = null;
				for (int i = -5; i < repeats; i++) {
					long started = System.nanoTime();
					result = run(connection, mode, WHERE_10K);
					if (i >= 0) {
						millis[i] = (System.nanoTime() - started) / 1e6;
					}
				}
				Arrays.sort(millis);
				double p50 = millis[repeats / 2];
				System.out.printf(Locale.ROOT, "| bbox+time ~10k | %s | %d | %.1f | %.0f | %.1f | %.1f |%n",
						MODES[mode], result[0], p50, result[0] / (p50 / 1e3), result[1] / 1e6 / (p50 / 1e3),
						result[1] / 1e6);
			}
			for (int mode = 0; mode < MODES.length; mode++) {
				long started = System.nanoTime();
				long[] result = run(connection, mode, ALL);
				double seconds = (System.nanoTime() - started) / 1e9;
				System.out.printf(Locale.ROOT, "| every incident | %s | %d | %.1f | %.0f | %.1f | %.0f |%n",
						MODES[mode], result[0], seconds, result[0] / seconds, result[1] / 1e6 / seconds,
						result[1] / 1e6);
			}
		}
	}

	static final String[] MODES = { "Java (Jackson)", "PostGIS (json_build_object)",
			"Java, stored JSON columns written raw", "Java, the service's writer on stored rows (FeatureRow)" };

	static long[] run(Connection connection, int mode, String tail) throws SQLException {
		return switch (mode) {
			case 0 -> viaJava(connection, tail);
			case 1 -> viaPostgis(connection, tail);
			case 2 -> viaJavaRaw(connection, tail);
			default -> viaJavaRows(connection, tail);
		};
	}

	/**
	 * The upper bound of not parsing the stored JSON: the same feature as the service's
	 * writer, but actors, sources and explanation copied as stored (their field names are the
	 * records', e.g. documentId, so this is not the API's exact shape).
	 */
	static long[] viaJavaRaw(Connection connection, String tail) throws SQLException {
		Sink sink = new Sink();
		long features = 0;
		try (PreparedStatement statement = connection.prepareStatement(ROWS + tail);
				JsonGenerator json = MAPPER.createGenerator(sink)) {
			statement.setFetchSize(5000);
			json.writeStartObject();
			json.writeStringProperty("type", "FeatureCollection");
			json.writeName("features");
			json.writeStartArray();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					int precision = rs.getInt("geo_precision");
					int decimals = IncidentFeatureWriter.decimals(precision);
					json.writeStartObject();
					json.writeStringProperty("type", "Feature");
					json.writeNumberProperty("id", rs.getLong("id"));
					json.writeName("geometry");
					json.writeStartObject();
					json.writeStringProperty("type", "Point");
					json.writeName("coordinates");
					json.writeStartArray();
					json.writeNumber(IncidentFeatureWriter.round(rs.getDouble("lon"), decimals));
					json.writeNumber(IncidentFeatureWriter.round(rs.getDouble("lat"), decimals));
					json.writeEndArray();
					json.writeEndObject();
					json.writeName("properties");
					json.writeStartObject();
					json.writeNumberProperty("id", rs.getLong("id"));
					for (String column : new String[] { "event_date", "date_end", "date_precision", "event_type",
							"sub_event_type", "place", "place_id", "location_precision", "country", "admin1", "weapon",
							"summary", "grade" }) {
						json.writeStringProperty(column, rs.getString(column));
					}
					json.writeNumberProperty("time_precision", rs.getInt("time_precision"));
					json.writeNumberProperty("geo_precision", precision);
					json.writeBooleanProperty("historical", rs.getBoolean("historical"));
					for (String count : new String[] { "killed", "wounded" }) {
						Count value = count(rs, count);
						json.writeName(count);
						if (value == null) {
							json.writeNull();
						}
						else {
							json.writeStartObject();
							json.writeNumberProperty("value", value.value());
							json.writeNumberProperty("min", value.min());
							json.writeName("max");
							if (value.max() != null) {
								json.writeNumber(value.max());
							}
							else {
								json.writeNull();
							}
							json.writeEndObject();
						}
					}
					json.writeName("actors");
					json.writeRawValue(rs.getString("actors_json"));
					json.writeName("sources");
					json.writeRawValue(rs.getString("sources_json"));
					json.writeName("explanation");
					json.writeRawValue(rs.getString("explanation_json"));
					json.writeEndObject();
					json.writeEndObject();
					features++;
				}
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		connection.commit();
		return new long[] { features, sink.bytes };
	}

	static long[] viaJava(Connection connection, String tail) throws SQLException {
		return viaWriter(connection, tail, (json, rs) -> IncidentFeatureWriter.write(json, incident(rs)));
	}

	/**
	 * What the service does since FeatureRow: actors and explanation written as stored,
	 * sources copied token by token with documentId renamed (the API's exact shape).
	 */
	static long[] viaJavaRows(Connection connection, String tail) throws SQLException {
		return viaWriter(connection, tail, (json, rs) -> IncidentFeatureWriter.write(json, featureRow(rs)));
	}

	/** Rows written as a FeatureCollection by {@code writer}; returns features and bytes. */
	static long[] viaWriter(Connection connection, String tail, RowWriter writer) throws SQLException {
		Sink sink = new Sink();
		long features = 0;
		try (PreparedStatement statement = connection.prepareStatement(ROWS + tail);
				JsonGenerator json = MAPPER.createGenerator(sink)) {
			statement.setFetchSize(5000);
			json.writeStartObject();
			json.writeStringProperty("type", "FeatureCollection");
			json.writeName("features");
			json.writeStartArray();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					writer.write(json, rs);
					features++;
				}
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		connection.commit();
		return new long[] { features, sink.bytes };
	}

	/** Writes the current row of a result set as one Feature. */
	interface RowWriter {

		void write(JsonGenerator json, ResultSet rs) throws SQLException;

	}

	static long[] viaPostgis(Connection connection, String tail) throws SQLException {
		Sink sink = new Sink();
		long features = 0;
		try (PreparedStatement statement = connection.prepareStatement(FEATURES + tail)) {
			statement.setFetchSize(5000);
			byte[] head = "{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8);
			sink.write(head, 0, head.length);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					if (features++ > 0) {
						sink.write(',');
					}
					byte[] feature = rs.getString(1).getBytes(StandardCharsets.UTF_8);
					sink.write(feature, 0, feature.length);
				}
			}
			sink.write(new byte[] { ']', '}' }, 0, 2);
		}
		connection.commit();
		return new long[] { features, sink.bytes };
	}

	static Incident incident(ResultSet rs) throws SQLException {
		return new Incident(rs.getLong("id"), rs.getObject("event_date", LocalDate.class),
				rs.getObject("date_end", LocalDate.class), rs.getString("date_precision"), rs.getInt("time_precision"),
				rs.getString("event_type"), rs.getString("sub_event_type"), rs.getString("place"),
				rs.getString("place_id"), rs.getInt("geo_precision"), rs.getString("location_precision"),
				rs.getString("country"), rs.getString("admin1"), rs.getDouble("lon"), rs.getDouble("lat"),
				MAPPER.readValue(rs.getString("actors_json"), ACTORS), count(rs, "killed"), count(rs, "wounded"),
				rs.getString("weapon"), rs.getString("summary"), rs.getString("grade"), rs.getBoolean("historical"),
				MAPPER.readValue(rs.getString("explanation_json"), EXPLANATION),
				MAPPER.readValue(rs.getString("sources_json"), SOURCES));
	}

	static FeatureRow featureRow(ResultSet rs) throws SQLException {
		return new FeatureRow(rs.getLong("id"), rs.getObject("event_date", LocalDate.class),
				rs.getObject("date_end", LocalDate.class), rs.getString("date_precision"), rs.getInt("time_precision"),
				rs.getString("event_type"), rs.getString("sub_event_type"), rs.getString("place"),
				rs.getString("place_id"), rs.getInt("geo_precision"), rs.getString("location_precision"),
				rs.getString("country"), rs.getString("admin1"), rs.getDouble("lon"), rs.getDouble("lat"),
				count(rs, "killed"), count(rs, "wounded"), rs.getString("weapon"), rs.getString("summary"),
				rs.getString("grade"), rs.getBoolean("historical"), rs.getBytes("actors_json"),
				rs.getBytes("sources_json"), rs.getBytes("explanation_json"));
	}

	static Count count(ResultSet rs, String column) throws SQLException {
		Integer value = rs.getObject(column, Integer.class);
		if (value == null) {
			return null;
		}
		return new Count(value, rs.getObject(column + "_min", Integer.class), rs.getObject(column + "_max", Integer.class));
	}

}
