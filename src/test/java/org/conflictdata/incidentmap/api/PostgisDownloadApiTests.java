package org.conflictdata.incidentmap.api;

import java.util.ArrayList;
import java.util.List;

import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentQuery;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The download API contract on a real PostGIS server, plus proof that PostgreSQL serves a
 * long stream from a server-side cursor (a named portal in {@code pg_cursors}) rather
 * than sending the whole result at once. Fails, never skips, when PostGIS is unreachable.
 */
@ApiStores.Postgis
class PostgisDownloadApiTests extends DownloadApiContract {

	private static final String NAMED_PORTALS = "SELECT COUNT(*) FROM pg_cursors WHERE name <> ''";

	@Test
	void shouldReadALongStreamThroughAServerSideCursor() {
		Incident k1 = this.fixtures.get("k1");
		Incident copy = new Incident(null, k1.date(), k1.dateEnd(), k1.datePrecision(), k1.timePrecision(),
				k1.eventType(), k1.subEventType(), k1.place(), k1.placeId(), k1.geoPrecision(), k1.locationPrecision(),
				k1.country(), k1.admin1(), k1.longitude(), k1.latitude(), k1.actors(), k1.killed(), k1.wounded(),
				k1.weapon(), k1.summary(), k1.grade(), false, k1.explanation(), k1.sources());
		// More rows than one fetch holds, so the cursor is still open while the first
		// rows arrive.
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			for (int i = 0; i < 1200; i++) {
				this.store.insert(copy);
			}
		});
		List<Long> openPortals = new ArrayList<>();
		// The stream's transaction binds its connection, so this client asks on that same
		// connection.
		JdbcClient sameConnection = JdbcClient.create(this.dataSource);

		this.store.stream(IncidentQuery.all(), (incident) -> {
			if (openPortals.size() < 3) {
				openPortals.add(sameConnection.sql(NAMED_PORTALS).query(Long.class).single());
			}
		});

		assertThat(openPortals).hasSize(3).allSatisfy((count) -> assertThat(count).isPositive());
	}

}
