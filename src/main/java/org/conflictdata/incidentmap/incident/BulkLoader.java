package org.conflictdata.incidentmap.incident;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Iterator;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import net.postgis.jdbc.geometry.Point;
import net.postgis.jdbc.geometry.binary.BinaryWriter;
import org.conflictdata.incidentmap.extraction.Count;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads many incidents fast, for benchmarks and bulk imports: on PostgreSQL with
 * {@code COPY ... FROM STDIN} (geometry as hex EWKB, SRID 4326), elsewhere (H2GIS) with
 * JDBC batches of plain INSERTs; each batch is its own transaction, so a failure keeps
 * the batches before it. Rows get the same derived columns as
 * {@link IncidentStore#insert} (actor names, JSON, figures' ranges) but no links to
 * stored documents: bulk incidents' sources live only in their JSON. Incidents' ids are
 * ignored (the database assigns them). An empty iterator loads nothing; a batch size of
 * zero or less means the store's default ({@value #COPY_BATCH} rows per COPY,
 * {@value #INSERT_BATCH} per INSERT batch). On PostgreSQL a load ends with
 * {@code VACUUM (ANALYZE)}, so that the planner knows the new rows and index-only scans
 * need not visit the table.
 */
public final class BulkLoader {

	private static final String COLUMNS = """
			event_date, date_end, date_precision, time_precision, event_type, sub_event_type, place, place_id,
			geo_precision, location_precision, country, admin1, killed, killed_min, killed_max, wounded, wounded_min,
			wounded_max, weapon, summary, grade, historical, source_count, actor_names, actors_json, sources_json,
			explanation_json, geom""";

	static final String COPY_INCIDENTS = "COPY incidents (" + COLUMNS + ") FROM STDIN";

	static final String INSERT_INCIDENT = "INSERT INTO incidents (" + COLUMNS + ") VALUES ("
			+ "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
			+ "ST_SetSRID(ST_MakePoint(?, ?), 4326))";

	public static final int COPY_BATCH = 50_000;

	public static final int INSERT_BATCH = 1_000;

	/**
	 * Statistics for the planner, and the visibility map that lets the grid read its
	 * covering index without the table (autovacuum would set both, minutes later).
	 */
	static final String VACUUM_POSTGRESQL = "VACUUM (ANALYZE) incidents";

	/** Rows per write to the COPY stream: large enough to amortise the call. */
	private static final int COPY_CHUNK = 500;

	private final DataSource dataSource;

	private final IncidentJson json;

	private final BinaryWriter wkb = new BinaryWriter();

	public BulkLoader(DataSource dataSource, JsonMapper mapper) {
		this.dataSource = dataSource;
		this.json = new IncidentJson(mapper);
	}

	/**
	 * Loads every incident the iterator gives, {@code batchSize} per transaction, and on
	 * PostgreSQL vacuums and analyses the table at the end (outside any transaction, as
	 * VACUUM must run).
	 * @param batchSize rows per transaction, or 0 for the store's default
	 * @param progress told the running total after each batch
	 * @return how many rows were loaded
	 */
	public long load(Iterator<Incident> incidents, int batchSize, LongConsumer progress) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean postgres = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
			long loaded = postgres ? copy(connection, incidents, (batchSize > 0) ? batchSize : COPY_BATCH, progress)
					: insert(connection, incidents, (batchSize > 0) ? batchSize : INSERT_BATCH, progress);
			if (postgres && loaded > 0) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(VACUUM_POSTGRESQL);
				}
			}
			return loaded;
		}
	}

	private long copy(Connection connection, Iterator<Incident> incidents, int batchSize, LongConsumer progress)
			throws SQLException {
		connection.setAutoCommit(true);
		CopyManager copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
		StringBuilder rows = new StringBuilder(COPY_CHUNK * 1200);
		long loaded = 0;
		while (incidents.hasNext()) {
			CopyIn copy = copyApi.copyIn(COPY_INCIDENTS);
			try {
				int inBatch = 0;
				while (inBatch < batchSize && incidents.hasNext()) {
					appendRow(rows, incidents.next());
					inBatch++;
					if (inBatch % COPY_CHUNK == 0) {
						write(copy, rows);
					}
				}
				write(copy, rows);
				copy.endCopy();
				loaded += inBatch;
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
			progress.accept(loaded);
		}
		return loaded;
	}

	private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
		byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		rows.setLength(0);
	}

	/**
	 * One row of COPY's text format: tab-separated, {@code \N} for null, escaped text.
	 */
	private void appendRow(StringBuilder row, Incident incident) {
		field(row, incident.date().toString());
		field(row, incident.dateEnd().toString());
		field(row, incident.datePrecision());
		field(row, Integer.toString(incident.timePrecision()));
		field(row, incident.eventType());
		field(row, incident.subEventType());
		field(row, incident.place());
		field(row, incident.placeId());
		field(row, Integer.toString(incident.geoPrecision()));
		field(row, incident.locationPrecision());
		field(row, incident.country());
		field(row, incident.admin1());
		appendCount(row, incident.killed());
		appendCount(row, incident.wounded());
		field(row, incident.weapon());
		field(row, IncidentStore.truncate(incident.summary(), 2000));
		field(row, incident.grade());
		field(row, incident.historical() ? "t" : "f");
		field(row, Integer.toString(incident.sources().size()));
		field(row, IncidentStore.actorNames(incident.actors()));
		field(row, this.json.actors(incident.actors()));
		field(row, this.json.sources(incident.sources()));
		field(row, this.json.explanation(incident.explanation()));
		Point point = new Point(incident.longitude(), incident.latitude());
		point.setSrid(4326);
		row.append(this.wkb.writeHexed(point)).append('\n');
	}

	private static void appendCount(StringBuilder row, Count count) {
		field(row, (count != null) ? Integer.toString(count.value()) : null);
		field(row, (count != null) ? Integer.toString(count.min()) : null);
		field(row, (count != null && count.max() != null) ? Integer.toString(count.max()) : null);
	}

	private static void field(StringBuilder row, String value) {
		if (value == null) {
			row.append("\\N\t");
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> row.append("\\\\");
				case '\t' -> row.append("\\t");
				case '\n' -> row.append("\\n");
				case '\r' -> row.append("\\r");
				default -> row.append(c);
			}
		}
		row.append('\t');
	}

	private long insert(Connection connection, Iterator<Incident> incidents, int batchSize, LongConsumer progress)
			throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		long loaded = 0;
		try (PreparedStatement statement = connection.prepareStatement(INSERT_INCIDENT)) {
			while (incidents.hasNext()) {
				int inBatch = 0;
				while (inBatch < batchSize && incidents.hasNext()) {
					bind(statement, incidents.next());
					statement.addBatch();
					inBatch++;
				}
				statement.executeBatch();
				connection.commit();
				loaded += inBatch;
				progress.accept(loaded);
			}
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
		return loaded;
	}

	private void bind(PreparedStatement statement, Incident incident) throws SQLException {
		int i = 0;
		statement.setDate(++i, Date.valueOf(incident.date()));
		statement.setDate(++i, Date.valueOf(incident.dateEnd()));
		statement.setString(++i, incident.datePrecision());
		statement.setInt(++i, incident.timePrecision());
		statement.setString(++i, incident.eventType());
		statement.setString(++i, incident.subEventType());
		statement.setString(++i, incident.place());
		statement.setString(++i, incident.placeId());
		statement.setInt(++i, incident.geoPrecision());
		statement.setString(++i, incident.locationPrecision());
		statement.setString(++i, incident.country());
		statement.setString(++i, incident.admin1());
		i = bindCount(statement, i, incident.killed());
		i = bindCount(statement, i, incident.wounded());
		statement.setString(++i, incident.weapon());
		statement.setString(++i, IncidentStore.truncate(incident.summary(), 2000));
		statement.setString(++i, incident.grade());
		statement.setBoolean(++i, incident.historical());
		statement.setInt(++i, incident.sources().size());
		statement.setString(++i, IncidentStore.actorNames(incident.actors()));
		statement.setString(++i, this.json.actors(incident.actors()));
		statement.setString(++i, this.json.sources(incident.sources()));
		statement.setString(++i, this.json.explanation(incident.explanation()));
		statement.setDouble(++i, incident.longitude());
		statement.setDouble(++i, incident.latitude());
	}

	private static int bindCount(PreparedStatement statement, int at, Count count) throws SQLException {
		setInteger(statement, at + 1, (count != null) ? count.value() : null);
		setInteger(statement, at + 2, (count != null) ? count.min() : null);
		setInteger(statement, at + 3, (count != null) ? count.max() : null);
		return at + 3;
	}

	private static void setInteger(PreparedStatement statement, int at, Integer value) throws SQLException {
		if (value != null) {
			statement.setInt(at, value);
		}
		else {
			statement.setNull(at, Types.INTEGER);
		}
	}

}
