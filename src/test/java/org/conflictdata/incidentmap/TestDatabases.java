package org.conflictdata.incidentmap;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The two stores the tests run against, migrated with the same Flyway scripts the service
 * runs. PostGIS is the real server the test command prepares (a throw-away database); its
 * address can be changed with {@code INCIDENT_MAP_TEST_DB_URL}, {@code _USER} and
 * {@code _PASSWORD}. When it is unreachable, the tests that use it fail: they never skip.
 */
public final class TestDatabases {

	public static final String POSTGIS_URL = env("INCIDENT_MAP_TEST_DB_URL",
			"jdbc:postgresql://localhost:5432/incident_map_test");

	public static final String POSTGIS_USER = env("INCIDENT_MAP_TEST_DB_USER", "incident_map");

	public static final String POSTGIS_PASSWORD = env("INCIDENT_MAP_TEST_DB_PASSWORD", "incident_map");

	private TestDatabases() {
	}

	/** A fresh, migrated in-memory H2GIS database. */
	public static DataSource h2gis() {
		String url = "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		return migrate(new DriverManagerDataSource(url, "sa", ""), "h2");
	}

	/** The embedded H2GIS store in the file {@code store} (H2 adds .mv.db), migrated. */
	public static DataSource h2gisFile(Path store) {
		return migrate(new DriverManagerDataSource("jdbc:h2:file:" + store.toAbsolutePath(), "sa", ""), "h2");
	}

	/** The test PostGIS database, migrated and emptied. */
	public static DataSource postgis() {
		DataSource dataSource = new DriverManagerDataSource(POSTGIS_URL, POSTGIS_USER, POSTGIS_PASSWORD);
		migrate(dataSource, "postgresql");
		empty(dataSource);
		return dataSource;
	}

	/** Deletes every stored row, children first; works on both stores. */
	public static void empty(DataSource dataSource) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		for (String table : new String[] { "incident_sources", "unresolved_mentions", "incidents", "documents" }) {
			jdbc.sql("DELETE FROM " + table).update();
		}
	}

	private static DataSource migrate(DataSource dataSource, String vendor) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		return dataSource;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
