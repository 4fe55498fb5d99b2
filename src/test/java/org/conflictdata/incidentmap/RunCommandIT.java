package org.conflictdata.incidentmap;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command as a newcomer meets it: the jar started in a folder with a
 * {@code seeds} directory and no database configured serves the seeds' incidents; the
 * same jar pointed at PostgreSQL stores them in a PostGIS table with SRID 4326.
 */
class RunCommandIT {

	@TempDir
	Path work;

	@Test
	void shouldServeIncidentsFromTheSeedsWithNoDatabaseConfigured() throws Exception {
		copySeeds();
		int port = JarProcess.freePort();
		Process service = JarProcess.startService(this.work, Map.of(), port);
		try {
			JsonNode collection = get(port, "/api/incidents");

			assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
			assertThat(collection.get("features").size()).isGreaterThanOrEqualTo(8);
			assertThat(Files.exists(this.work.resolve("data"))).isTrue();
			HttpClient http = HttpClient.newHttpClient();
			String page = http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			HttpResponse<String> leaflet = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webjars/leaflet/dist/leaflet.js"))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page).contains("webjars/leaflet/dist/leaflet.js");
			assertThat(leaflet.statusCode()).isEqualTo(200);
			assertThat(leaflet.body()).contains("1.9.4");
		}
		finally {
			service.destroy();
			service.waitFor();
		}
	}

	@Test
	void shouldStoreTheSeedsInAPostgisTableWithSrid4326() throws Exception {
		copySeeds();
		TestDatabases.postgis();
		int port = JarProcess.freePort();
		Process service = JarProcess.startService(this.work,
				Map.of("SPRING_DATASOURCE_URL", TestDatabases.POSTGIS_URL, "SPRING_DATASOURCE_USERNAME",
						TestDatabases.POSTGIS_USER, "SPRING_DATASOURCE_PASSWORD", TestDatabases.POSTGIS_PASSWORD),
				port);
		try {
			JsonNode collection = get(port, "/api/incidents?include_historical=true");
			JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(TestDatabases.POSTGIS_URL,
					TestDatabases.POSTGIS_USER, TestDatabases.POSTGIS_PASSWORD));

			Long stored = jdbc.sql("SELECT COUNT(*) FROM incidents WHERE ST_SRID(geom) = 4326")
				.query(Long.class)
				.single();
			String type = jdbc.sql(
					"SELECT type FROM geometry_columns WHERE f_table_schema = current_schema() AND f_table_name = 'incidents'")
				.query(String.class)
				.single();

			assertThat(stored).isEqualTo(collection.get("numberMatched").asLong()).isGreaterThanOrEqualTo(8);
			assertThat(type).isEqualTo("POINT");
		}
		finally {
			service.destroy();
			service.waitFor();
			TestDatabases.postgis();
		}
	}

	private void copySeeds() throws Exception {
		Path seeds = Files.createDirectories(this.work.resolve("seeds"));
		try (var files = Files.list(Path.of("seeds"))) {
			for (Path file : files.toList()) {
				Files.copy(file, seeds.resolve(file.getFileName()));
			}
		}
	}

	private static JsonNode get(int port, String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

}
