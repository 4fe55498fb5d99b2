package org.conflictdata.incidentmap.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.conflictdata.incidentmap.incident.IncidentPoint;
import org.conflictdata.incidentmap.incident.IncidentPoints;
import org.conflictdata.incidentmap.incident.IncidentQuery;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /api/incidents/points}: the incidents matching the API's filters as compact
 * columns the map draws from (ids, rounded coordinates, epoch days, a sub-event type
 * index, killed, geo_precision, historical, a place index, wounded, a date precision
 * code), oldest first, up to {@code limit} (default {@value #DEFAULT_LIMIT}, at most
 * {@value #MAX_LIMIT}). One more row than the limit is read to tell whether the answer is
 * {@code truncated}; nothing is counted. The rows are read from a database cursor into a
 * {@link ColumnSpool} before the first byte is sent, so a bad parameter or an unreachable
 * database is still a problem+json answer, and memory stays flat for a million points.
 */
@RestController
class IncidentPointsController {

	static final int DEFAULT_LIMIT = 200_000;

	static final int MAX_LIMIT = 1_000_000;

	/**
	 * The columns, in the order they are written. Columns are only ever added (at the
	 * end), so that a client written for fewer of them keeps working.
	 */
	static final String[] COLUMNS = { "id", "lon", "lat", "day", "dayEnd", "type", "killed", "geoPrecision",
			"historical", "place", "wounded", "datePrecision" };

	/**
	 * The {@code datePrecision} codes: index 0 is an unknown precision, then day, week,
	 * month and year.
	 */
	static final List<String> DATE_PRECISIONS = List.of("", "day", "week", "month", "year");

	private static final int ID = 0;

	private static final int LON = 1;

	private static final int LAT = 2;

	private static final int DAY = 3;

	private static final int DAY_END = 4;

	private static final int TYPE = 5;

	private static final int KILLED = 6;

	private static final int GEO_PRECISION = 7;

	private static final int HISTORICAL = 8;

	private static final int PLACE = 9;

	private static final int WOUNDED = 10;

	private static final int DATE_PRECISION = 11;

	private final IncidentPoints points;

	private final JsonMapper mapper;

	IncidentPointsController(IncidentPoints points, JsonMapper mapper) {
		this.points = points;
		this.mapper = mapper;
	}

	@GetMapping("/api/incidents/points")
	ResponseEntity<StreamingResponseBody> points(@RequestParam MultiValueMap<String, String> params) {
		IncidentQuery filters = IncidentFilters.parse(params, IncidentFilters.LIMIT);
		int limit = IncidentFilters.integer(params, IncidentFilters.LIMIT, DEFAULT_LIMIT, 0, MAX_LIMIT);
		PointColumns columns = new PointColumns(limit);
		try {
			this.points.stream(filters.withPage(limit + 1, 0), columns::add);
		}
		catch (RuntimeException ex) {
			columns.spool.close();
			throw ex;
		}
		StreamingResponseBody body = (out) -> {
			try (ColumnSpool spool = columns.spool) {
				columns.writeTo(out, this.mapper);
			}
		};
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/**
	 * The points read so far: their columns, the sub-event types and the place names in
	 * the order they were first seen (a point's {@code type} and {@code place} are
	 * indexes into them), and whether a row beyond the limit came.
	 */
	private static final class PointColumns {

		final ColumnSpool spool = new ColumnSpool(COLUMNS);

		final Map<String, Integer> types = new LinkedHashMap<>();

		final Map<String, Integer> places = new LinkedHashMap<>();

		final int limit;

		boolean truncated;

		PointColumns(int limit) {
			this.limit = limit;
		}

		void add(IncidentPoint point) {
			if (this.spool.rows() == this.limit) {
				this.truncated = true;
				return;
			}
			int decimals = IncidentFeatureWriter.decimals(point.geoPrecision());
			this.spool.add(ID, point.id());
			this.spool.add(LON, IncidentFeatureWriter.round(point.longitude(), decimals));
			this.spool.add(LAT, IncidentFeatureWriter.round(point.latitude(), decimals));
			this.spool.add(DAY, point.date().toEpochDay());
			this.spool.add(DAY_END, point.dateEnd().toEpochDay());
			this.spool.add(TYPE, this.types.computeIfAbsent(point.subEventType(), (type) -> this.types.size()));
			this.spool.add(KILLED, (point.killed() != null) ? point.killed() : -1);
			this.spool.add(GEO_PRECISION, point.geoPrecision());
			this.spool.add(HISTORICAL, point.historical() ? 1 : 0);
			this.spool.add(PLACE, this.places.computeIfAbsent(point.place(), (place) -> this.places.size()));
			this.spool.add(WOUNDED, (point.wounded() != null) ? point.wounded() : -1);
			this.spool.add(DATE_PRECISION, Math.max(0, DATE_PRECISIONS.indexOf(point.datePrecision())));
			this.spool.endRow();
		}

		void writeTo(OutputStream out, JsonMapper mapper) throws IOException {
			String header = "{\"numberReturned\":" + this.spool.rows() + ",\"truncated\":" + this.truncated
					+ ",\"subEventTypes\":" + mapper.writeValueAsString(new ArrayList<>(this.types.keySet()))
					+ ",\"places\":" + mapper.writeValueAsString(new ArrayList<>(this.places.keySet()));
			out.write(header.getBytes(StandardCharsets.UTF_8));
			this.spool.writeTo(out);
			out.write('}');
		}

	}

}
