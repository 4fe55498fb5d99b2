package org.conflictdata.incidentmap.incident;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.conflictdata.incidentmap.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk loader on both stores: COPY on PostGIS, batched INSERTs on H2GIS. Both must
 * give rows the store reads back exactly as generated.
 */
class BulkLoaderTests {

	private static final int ROWS = 2000;

	private final JsonMapper mapper = JsonMapper.builder().build();

	private DataSource postgis;

	@AfterEach
	void emptyPostgis() {
		if (this.postgis != null) {
			TestDatabases.empty(this.postgis);
		}
	}

	@Test
	void shouldCopyIncidentsIntoPostgisThatReadBackAsGenerated() throws SQLException {
		this.postgis = TestDatabases.postgis();

		assertLoadsAndReadsBack(this.postgis, 500);
	}

	@Test
	void shouldLeaveEveryPageAllVisibleAndAnalysedAfterCopyingIntoPostgis() throws SQLException {
		this.postgis = TestDatabases.postgis();
		JdbcClient jdbc = JdbcClient.create(this.postgis);
		long vacuumsBefore = vacuums(jdbc);

		assertLoadsAndReadsBack(this.postgis, 500);

		Map<String, Object> table = jdbc
			.sql("SELECT relpages, relallvisible, reltuples FROM pg_class WHERE oid = 'incidents'::regclass")
			.query()
			.singleRow();
		assertThat(((Number) table.get("relpages")).intValue()).isPositive();
		assertThat(table.get("relallvisible")).isEqualTo(table.get("relpages"));
		assertThat(((Number) table.get("reltuples")).longValue()).isEqualTo(ROWS);
		assertThat(vacuums(jdbc)).isGreaterThan(vacuumsBefore);
	}

	@Test
	void shouldBatchInsertIncidentsIntoH2gisThatReadBackAsGenerated() throws SQLException {
		assertLoadsAndReadsBack(TestDatabases.h2gis(), 0);
	}

	@Test
	void shouldLoadTextWithTabsNewlinesAndBackslashesIntactThroughCopy() throws SQLException {
		this.postgis = TestDatabases.postgis();
		Incident generated = new SyntheticIncidents(SyntheticPlaces.builtIn(), 5).next();
		Incident awkward = new Incident(null, generated.date(), generated.dateEnd(), generated.datePrecision(),
				generated.timePrecision(), generated.eventType(), generated.subEventType(), "Tab\there\\there",
				generated.placeId(), generated.geoPrecision(), null, generated.country(), null, generated.longitude(),
				generated.latitude(), generated.actors(), null, null, null, "line one\nline two\r\n\\N é ü",
				generated.grade(), false, generated.explanation(), generated.sources());

		new BulkLoader(this.postgis, this.mapper).load(List.of(awkward).iterator(), 0, (n) -> {
		});

		IncidentStore store = new IncidentStore(JdbcClient.create(this.postgis), this.mapper);
		Incident read = store.find(IncidentQuery.all()).get(0);
		assertThat(read).usingRecursiveComparison().ignoringFields("id").isEqualTo(awkward);
	}

	@Test
	void shouldLoadNothingFromAnEmptyIterator() throws SQLException {
		DataSource h2 = TestDatabases.h2gis();

		long loaded = new BulkLoader(h2, this.mapper).load(List.<Incident>of().iterator(), 0, (n) -> {
		});

		assertThat(loaded).isZero();
		assertThat(new IncidentStore(JdbcClient.create(h2), this.mapper).count(IncidentQuery.all())).isZero();
	}

	/** How often the incidents table was vacuumed by hand (not by autovacuum). */
	private static long vacuums(JdbcClient jdbc) {
		return jdbc.sql("SELECT vacuum_count FROM pg_stat_user_tables WHERE relid = 'incidents'::regclass")
			.query(Long.class)
			.single();
	}

	private void assertLoadsAndReadsBack(DataSource dataSource, int batch) throws SQLException {
		List<Incident> generated = new ArrayList<>();
		SyntheticIncidents generator = new SyntheticIncidents(SyntheticPlaces.builtIn(), 11);
		for (int i = 0; i < ROWS; i++) {
			generated.add(generator.next());
		}
		List<Long> progress = new ArrayList<>();

		long loaded = new BulkLoader(dataSource, this.mapper).load(generated.iterator(), batch, progress::add);

		assertThat(loaded).isEqualTo(ROWS);
		assertThat(progress).last().isEqualTo((long) ROWS);
		assertThat(progress).isSorted();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		IncidentStore store = new IncidentStore(jdbc, this.mapper);
		assertThat(store.count(IncidentQuery.all())).isEqualTo(ROWS);
		List<Long> ids = jdbc.sql("SELECT id FROM incidents ORDER BY id").query(Long.class).list();
		for (int index : new int[] { 0, 1, 999, 1500, ROWS - 1 }) {
			Incident read = store.findById(ids.get(index)).orElseThrow();
			assertThat(read).usingRecursiveComparison().ignoringFields("id").isEqualTo(generated.get(index));
		}
		Integer srid = jdbc.sql("SELECT MIN(ST_SRID(geom)) FROM incidents").query(Integer.class).single();
		assertThat(srid).isEqualTo(4326);
		String actorNames = jdbc.sql("SELECT actor_names FROM incidents WHERE id = :id")
			.param("id", ids.get(0))
			.query(String.class)
			.optional()
			.orElse(null);
		assertThat(actorNames).isEqualTo(IncidentStore.actorNames(generated.get(0).actors()));
	}

}
