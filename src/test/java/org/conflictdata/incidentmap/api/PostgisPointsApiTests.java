package org.conflictdata.incidentmap.api;

import java.util.ArrayList;
import java.util.List;

import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The points API contract on a real PostGIS server, plus proof that PostgreSQL serves the
 * points from a server-side cursor (a named portal in {@code pg_cursors}) rather than
 * sending the whole result at once. Fails, never skips, when PostGIS is unreachable.
 */
@ApiStores.Postgis
class PostgisPointsApiTests extends PointsApiContract {

	private static final String NAMED_PORTALS = "SELECT COUNT(*) FROM pg_cursors WHERE name <> ''";

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void shouldReadThePointsThroughAServerSideCursor() {
		Incident k1 = this.fixtures.get("k1");
		// More rows than one fetch holds, so the cursor is still open while the first
		// rows arrive.
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			for (int i = 0; i < 2500; i++) {
				this.store.insert(copy(k1, k1.geoPrecision(), k1.longitude(), k1.latitude(), k1.placeId()));
			}
		});
		List<Long> openPortals = new ArrayList<>();
		List<Long> streamed = new ArrayList<>();
		// The stream's transaction binds its connection, so this client asks on that same
		// connection.
		JdbcClient sameConnection = JdbcClient.create(this.dataSource);

		this.points.stream(IncidentQuery.all(), (point) -> {
			streamed.add(point.id());
			if (openPortals.size() < 3) {
				openPortals.add(sameConnection.sql(NAMED_PORTALS).query(Long.class).single());
			}
		});

		assertThat(streamed).hasSize(9 + 2500);
		assertThat(openPortals).hasSize(3).allSatisfy((count) -> assertThat(count).isPositive());
	}

}
