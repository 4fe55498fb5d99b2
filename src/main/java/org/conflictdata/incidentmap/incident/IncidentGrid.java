package org.conflictdata.incidentmap.incident;

import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the matching incidents per grid cell and time bin, in the database: what a map
 * zoomed out too far to draw every point draws instead. Takes the same filters as
 * {@link IncidentStore} (through {@link IncidentFilterSql}) and ignores paging. Cells are
 * squares of a given width in degrees, aligned to multiples of it from 0°,0°; an incident
 * lies in the cell of its stored point, so a region-level incident (geo_precision 3) lies
 * in the cell of its representative point and is also counted as {@code regional}. Cells
 * and bins without incidents are absent; with nothing matching, the consumer is never
 * called.
 */
@Repository
public class IncidentGrid {

	/**
	 * A point exactly on a cell edge belongs to the cell east or north of it; the nudge
	 * keeps it there when the division in binary floating point lands just below a whole
	 * number (44.3 / 0.1 = 442.99999999999994).
	 */
	static final double EDGE_NUDGE = 1e-9;

	private static final String CELL_COLUMN = "CAST(FLOOR(ST_X(i.geom) / :cell + :nudge) AS BIGINT)";

	private static final String CELL_ROW = "CAST(FLOOR(ST_Y(i.geom) / :cell + :nudge) AS BIGINT)";

	private static final String SELECT_INCIDENT_CELLS = "SELECT " + CELL_COLUMN + " AS cell_column, " + CELL_ROW
			+ " AS cell_row, %s AS bin_key, i.killed, CASE WHEN i.geo_precision = 3 THEN 1 ELSE 0 END AS regional"
			+ " FROM incidents i WHERE 1 = 1";

	/**
	 * Grouped outside the subquery: PostgreSQL would not take two bindings of
	 * {@code :cell} as the same grouping expression. {@code OFFSET 0 ROWS} keeps
	 * PostgreSQL from pulling the subquery up into the grouping: pulled up, it estimates
	 * one group per row (geom is unique) and sorts every row, on disk at 1 M; fenced, it
	 * sees columns without statistics, estimates a tenth, and sums in a hash table, so
	 * only the groups are sorted (bench/README.md, Decision 1).
	 */
	private static final String GROUP_CELLS = """
			SELECT g.cell_column, g.cell_row, g.bin_key, COUNT(*) AS n, COALESCE(SUM(g.killed), 0) AS killed,
			SUM(g.regional) AS regional FROM (%s OFFSET 0 ROWS) g
			GROUP BY g.bin_key, g.cell_row, g.cell_column ORDER BY g.bin_key, g.cell_row, g.cell_column""";

	/**
	 * Rows per round trip; with autocommit off, PostgreSQL then reads through a cursor.
	 */
	private static final int FETCH_SIZE = 2000;

	private final JdbcClient jdbc;

	public IncidentGrid(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Hands {@code consumer} one {@link GridCell} per cell of width {@code cell} degrees
	 * and bin of width {@code bin} that holds incidents matching the query, by bin, then
	 * row (south to north), then column (west to east). Runs in a read-only transaction
	 * so that PostgreSQL sends the groups through a cursor.
	 * @throws IllegalArgumentException when {@code cell} is not a positive number
	 */
	@Transactional(readOnly = true)
	public void cells(IncidentQuery query, double cell, GridBin bin, Consumer<GridCell> consumer) {
		if (!(cell > 0) || Double.isInfinite(cell)) {
			throw new IllegalArgumentException("a grid cell must be a positive width in degrees, not " + cell);
		}
		StringBuilder incidents = new StringBuilder(SELECT_INCIDENT_CELLS.formatted(bin.sql()));
		Map<String, Object> params = IncidentFilterSql.where(query, incidents);
		params.put("cell", cell);
		params.put("nudge", EDGE_NUDGE);
		RowCallbackHandler row = (rs) -> consumer.accept(new GridCell(rs.getLong("cell_column"), rs.getLong("cell_row"),
				bin.firstDay(rs.getLong("bin_key")), rs.getLong("n"), rs.getLong("killed"), rs.getLong("regional")));
		this.jdbc.sql(GROUP_CELLS.formatted(incidents)).withFetchSize(FETCH_SIZE).params(params).query(row);
	}

}
