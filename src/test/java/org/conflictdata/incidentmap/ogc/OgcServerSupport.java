package org.conflictdata.incidentmap.ogc;

import java.util.List;

import javax.sql.DataSource;

import org.conflictdata.incidentmap.TestDatabases;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentStore;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the OGC HTTP contracts share: the running server on a random port, the store
 * emptied and refilled with {@link IncidentFixture} before each test, a client, and the
 * store settings of the two variants (an in-memory H2GIS; the test PostGIS in a schema of
 * its own, so that other store tests emptying the public schema cannot interfere).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class OgcServerSupport {

	@LocalServerPort
	private int port;

	@Autowired
	protected DataSource dataSource;

	@Autowired
	private IncidentStore store;

	protected OgcClient client;

	protected List<Incident> incidents;

	@BeforeEach
	void storeFixture() {
		TestDatabases.empty(this.dataSource);
		this.incidents = IncidentFixture.store(this.store);
		this.client = new OgcClient(this.port);
	}

	static void h2gis(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:ogc-tests;DB_CLOSE_DELAY=-1");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
		registry.add("incident-map.seeds", () -> "");
	}

	static void postgis(DynamicPropertyRegistry registry) {
		String separator = TestDatabases.POSTGIS_URL.contains("?") ? "&" : "?";
		registry.add("spring.datasource.url",
				() -> TestDatabases.POSTGIS_URL + separator + "currentSchema=ogc_tests,public");
		registry.add("spring.datasource.username", () -> TestDatabases.POSTGIS_USER);
		registry.add("spring.datasource.password", () -> TestDatabases.POSTGIS_PASSWORD);
		registry.add("spring.flyway.schemas", () -> "ogc_tests");
		registry.add("spring.flyway.default-schema", () -> "ogc_tests");
		registry.add("incident-map.seeds", () -> "");
	}

	protected long matched(String query) {
		OgcClient.Response response = this.client.get(OgcClient.items(query));
		assertThat(response.status()).as(query).isEqualTo(200);
		return response.json().get("numberMatched").asLong();
	}

	protected JsonNode assertBadParameter(String path, String parameter) {
		OgcClient.Response response = this.client.get(path);
		assertThat(response.status()).as(path).isEqualTo(400);
		assertThat(response.contentType()).as(path).startsWith("application/problem+json");
		assertThat(response.json().get("parameter").asString()).as(path).isEqualTo(parameter);
		return response.json();
	}

	static List<Long> ids(OgcClient.Response page) {
		return page.json().get("features").valueStream().map((feature) -> feature.get("id").asLong()).toList();
	}

}
