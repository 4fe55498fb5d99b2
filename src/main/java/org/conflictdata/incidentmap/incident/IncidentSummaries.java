package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Aggregate reads over the stored incidents: counts per day for the timeline, the places
 * and documents behind them, and the extent of the whole collection. Each takes the same
 * filters as {@link IncidentStore} (through {@link IncidentFilterSql}) and ignores
 * paging. With nothing stored, the lists and maps are empty and the extent absent.
 */
@Repository
public class IncidentSummaries {

	private static final String COUNT_BY_DAY = "SELECT i.event_date AS event_day, COUNT(*) AS n FROM incidents i WHERE 1 = 1";

	private static final String GROUP_BY_DAY = " GROUP BY i.event_date ORDER BY i.event_date";

	private static final String SELECT_PLACES = """
			SELECT i.place_id, MIN(i.place) AS place, MIN(i.country) AS country, MIN(i.admin1) AS admin1,
			MIN(i.geo_precision) AS geo_precision, AVG(ST_X(i.geom)) AS lon, AVG(ST_Y(i.geom)) AS lat,
			COUNT(*) AS incident_count
			FROM incidents i WHERE 1 = 1""";

	private static final String GROUP_BY_PLACE = " GROUP BY i.place_id ORDER BY i.place_id";

	private static final String SELECT_DOCUMENT_SUMMARIES = """
			SELECT d.id, d.name, d.title, d.url, d.published, d.published_basis,
			COUNT(DISTINCT s.incident_id) AS incident_count
			FROM documents d LEFT JOIN incident_sources s ON s.document_id = d.id
			GROUP BY d.id, d.name, d.title, d.url, d.published, d.published_basis
			ORDER BY d.id
			""";

	private static final String SELECT_EXTENT = """
			SELECT COUNT(*) AS n, MIN(ST_X(geom)) AS min_lon, MIN(ST_Y(geom)) AS min_lat, MAX(ST_X(geom)) AS max_lon,
			MAX(ST_Y(geom)) AS max_lat, MIN(event_date) AS first_day, MAX(date_end) AS last_day FROM incidents
			""";

	private final JdbcClient jdbc;

	public IncidentSummaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many incidents matching the query start on each day, ignoring its limit and
	 * offset; days without incidents are absent. Empty when nothing matches.
	 */
	public SortedMap<LocalDate, Long> countByDay(IncidentQuery query) {
		StringBuilder sql = new StringBuilder(COUNT_BY_DAY);
		Map<String, Object> params = IncidentFilterSql.where(query, sql);
		sql.append(GROUP_BY_DAY);
		SortedMap<LocalDate, Long> counts = new TreeMap<>();
		this.jdbc.sql(sql.toString())
			.params(params)
			.query((RowCallbackHandler) (rs) -> counts.put(rs.getObject("event_day", LocalDate.class),
					rs.getLong("n")));
		return counts;
	}

	/**
	 * The places that incidents matching the query are geocoded to, by place id, each
	 * with how many of those incidents it holds; ignores the query's limit and offset.
	 */
	public List<PlaceSummary> places(IncidentQuery query) {
		StringBuilder sql = new StringBuilder(SELECT_PLACES);
		Map<String, Object> params = IncidentFilterSql.where(query, sql);
		sql.append(GROUP_BY_PLACE);
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> new PlaceSummary(rs.getString("place_id"), rs.getString("place"),
					rs.getString("country"), rs.getString("admin1"), rs.getInt("geo_precision"), rs.getDouble("lon"),
					rs.getDouble("lat"), rs.getLong("incident_count")))
			.list();
	}

	/**
	 * Every stored document's metadata with how many incidents cite it, oldest first.
	 */
	public List<DocumentSummary> documentSummaries() {
		return this.jdbc.sql(SELECT_DOCUMENT_SUMMARIES)
			.query((rs, row) -> new DocumentSummary(rs.getLong("id"), rs.getString("name"), rs.getString("title"),
					rs.getString("url"), rs.getObject("published", LocalDate.class), rs.getString("published_basis"),
					rs.getLong("incident_count")))
			.list();
	}

	/**
	 * The box and the days that every stored incident lies in, historical ones included;
	 * empty when there are no incidents.
	 */
	public Optional<IncidentExtent> extent() {
		return this.jdbc.sql(SELECT_EXTENT).query((rs, row) -> {
			long n = rs.getLong("n");
			if (n == 0) {
				return Optional.<IncidentExtent>empty();
			}
			BoundingBox bbox = new BoundingBox(rs.getDouble("min_lon"), rs.getDouble("min_lat"),
					rs.getDouble("max_lon"), rs.getDouble("max_lat"));
			return Optional.of(new IncidentExtent(bbox, rs.getObject("first_day", LocalDate.class),
					rs.getObject("last_day", LocalDate.class), n));
		}).single();
	}

}
