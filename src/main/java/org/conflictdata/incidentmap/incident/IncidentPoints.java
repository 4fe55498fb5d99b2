package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the matching incidents as {@link IncidentPoint}s, the narrow rows the map draws,
 * oldest first. Takes the same filters as {@link IncidentStore} (through
 * {@link IncidentFilterSql}); a query without a limit reads every match. Rows are
 * streamed from a server-side cursor on PostgreSQL, so nothing but the current row is
 * held in memory. With nothing matching, the consumer is never called.
 */
@Repository
public class IncidentPoints {

	private static final String SELECT_POINTS = """
			SELECT i.id, i.event_date, i.date_end, i.date_precision, i.sub_event_type, i.place, i.killed, i.wounded,
			i.geo_precision, i.historical,
			ST_X(i.geom) AS lon, ST_Y(i.geom) AS lat FROM incidents i WHERE 1 = 1""";

	private static final String ORDER = " ORDER BY i.event_date, i.id";

	private static final String LIMIT = " LIMIT :limit";

	/**
	 * Rows per round trip; with autocommit off (a transaction) the PostgreSQL driver then
	 * reads through a cursor. Points are narrow, so a fetch holds more of them than the
	 * downloads' full rows.
	 */
	private static final int FETCH_SIZE = 2000;

	private final JdbcClient jdbc;

	public IncidentPoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Hands every incident matching the query to {@code consumer} as a point, oldest
	 * first (by date, then id), at most the query's limit of them (null: all); the
	 * query's offset is ignored. Runs in a read-only transaction so that PostgreSQL reads
	 * through a cursor. An exception thrown by the consumer stops the stream and is
	 * passed on.
	 */
	@Transactional(readOnly = true)
	public void stream(IncidentQuery query, Consumer<IncidentPoint> consumer) {
		StringBuilder sql = new StringBuilder(SELECT_POINTS);
		Map<String, Object> params = IncidentFilterSql.where(query, sql);
		sql.append(ORDER);
		if (query.limit() != null) {
			sql.append(LIMIT);
			params.put("limit", query.limit());
		}
		RowCallbackHandler row = (rs) -> consumer.accept(new IncidentPoint(rs.getLong("id"),
				rs.getObject("event_date", LocalDate.class), rs.getObject("date_end", LocalDate.class),
				rs.getString("date_precision"), rs.getString("sub_event_type"), rs.getString("place"),
				rs.getObject("killed", Integer.class), rs.getObject("wounded", Integer.class),
				rs.getInt("geo_precision"), rs.getBoolean("historical"), rs.getDouble("lon"), rs.getDouble("lat")));
		this.jdbc.sql(sql.toString()).withFetchSize(FETCH_SIZE).params(params).query(row);
	}

}
