package org.conflictdata.incidentmap.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without INCIDENT_MAP_API_TOKEN, writes are off and say so, whatever token is sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:writes-off;DB_CLOSE_DELAY=-1", "incident-map.seeds=",
				"incident-map.api-token=" })
class WritesOffTests {

	@LocalServerPort
	int port;

	@Test
	void shouldRefuseEveryWriteWithAProblemThatExplainsHowToEnableThem() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/articles"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer anything")
			.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Rockets hit Camp Taji.\"}"))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("INCIDENT_MAP_API_TOKEN");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

}
