package org.conflictdata.incidentmap.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.conflictdata.incidentmap.TestDatabases;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hostile-input contract on the real PostGIS test database, in a schema of its own
 * ({@value #SCHEMA}, dropped and migrated afresh for each run) so that it neither sees
 * nor disturbs other tests' rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "incident-map.seeds=", "incident-map.api-token=" + HostileInputContract.TOKEN,
				"spring.flyway.schemas=" + PostgisHostileInputTests.SCHEMA,
				"spring.flyway.default-schema=" + PostgisHostileInputTests.SCHEMA })
@DirtiesContext
class PostgisHostileInputTests extends HostileInputContract {

	static final String SCHEMA = "hostile_input";

	@DynamicPropertySource
	static void postgisInItsOwnSchema(DynamicPropertyRegistry registry) throws SQLException {
		try (Connection connection = DriverManager.getConnection(TestDatabases.POSTGIS_URL, TestDatabases.POSTGIS_USER,
				TestDatabases.POSTGIS_PASSWORD); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
		}
		String separator = TestDatabases.POSTGIS_URL.contains("?") ? "&" : "?";
		registry.add("spring.datasource.url",
				() -> TestDatabases.POSTGIS_URL + separator + "currentSchema=" + SCHEMA + ",public");
		registry.add("spring.datasource.username", () -> TestDatabases.POSTGIS_USER);
		registry.add("spring.datasource.password", () -> TestDatabases.POSTGIS_PASSWORD);
	}

}
