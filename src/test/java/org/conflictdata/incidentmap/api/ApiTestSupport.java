package org.conflictdata.incidentmap.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.conflictdata.incidentmap.TestDatabases;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentStore;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API tests share: a running server on a random port (no seed ingest), the
 * fixture incidents stored afresh before each test, and a real HTTP client.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "incident-map.seeds=")
abstract class ApiTestSupport {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	IncidentStore store;

	@Autowired
	DataSource dataSource;

	Map<String, Incident> fixtures;

	@BeforeEach
	void storeFixtures() {
		TestDatabases.empty(this.dataSource);
		this.fixtures = IncidentFixtures.insert(this.store);
	}

	String url(String pathAndQuery) {
		return "http://127.0.0.1:" + this.port + pathAndQuery;
	}

	HttpResponse<String> get(String pathAndQuery, String... headers) {
		return send(pathAndQuery, HttpResponse.BodyHandlers.ofString(), headers);
	}

	<T> HttpResponse<T> send(String pathAndQuery, HttpResponse.BodyHandler<T> handler, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return HTTP.send(request.build(), handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + pathAndQuery + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The body of a 200 response, parsed. */
	JsonNode ok(String pathAndQuery) {
		HttpResponse<String> response = get(pathAndQuery);
		assertThat(response.statusCode()).as("status of %s: %s", pathAndQuery, response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	long id(String fixture) {
		return this.fixtures.get(fixture).id();
	}

	List<Long> ids(String... fixtureNames) {
		List<Long> ids = new ArrayList<>();
		for (String name : fixtureNames) {
			ids.add(id(name));
		}
		return ids;
	}

	static List<Long> featureIds(JsonNode collection) {
		List<Long> ids = new ArrayList<>();
		for (JsonNode feature : collection.get("features")) {
			ids.add(feature.get("id").asLong());
		}
		return ids;
	}

	/** Asserts a 400 problem+json that names {@code parameter}. */
	static void assertBadParameter(HttpResponse<String> response, String parameter) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
		assertThat(problem.get("detail").asString()).contains(parameter);
	}

}
