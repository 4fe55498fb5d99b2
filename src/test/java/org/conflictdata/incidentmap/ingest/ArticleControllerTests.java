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
 * The write endpoint's contract: a bearer token is required, the same text twice changes
 * nothing, and bad bodies get a problem+json that says what is wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:article-controller;DB_CLOSE_DELAY=-1", "incident-map.seeds=",
				"incident-map.api-token=s3cret-token" })
class ArticleControllerTests {

	private static final String ARTICLE = """
			{"title": "Rockets hit Camp Taji",
			 "published": "2020-03-12",
			 "text": "Rockets struck Camp Taji, north of Baghdad, on Wednesday, killing two American soldiers and one British soldier, officials said."}
			""";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void shouldCreateIncidentsWithTheTokenAndChangeNothingForTheSameTextAgain() throws Exception {
		HttpResponse<String> first = post(ARTICLE, "Bearer s3cret-token", "application/json");
		HttpResponse<String> second = post(ARTICLE, "Bearer s3cret-token", "application/json");

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(first.body()).contains("\"created\":true").contains("\"createdIncidents\":[");
		assertThat(first.body()).doesNotContain("\"createdIncidents\":[]");
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).contains("\"created\":false").contains("\"createdIncidents\":[]");
	}

	@Test
	void shouldRefuseAWriteWithoutTheRightToken() throws Exception {
		HttpResponse<String> missing = post(ARTICLE, null, "application/json");
		HttpResponse<String> wrong = post(ARTICLE, "Bearer s3cret-tokem", "application/json");

		assertThat(missing.statusCode()).isEqualTo(401);
		assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(missing.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(wrong.statusCode()).isEqualTo(401);
	}

	@Test
	void shouldAnswerBadBodiesWithAProblemNamingWhatIsWrong() throws Exception {
		HttpResponse<String> empty = post("{\"text\": \"   \"}", "Bearer s3cret-token", "application/json");
		HttpResponse<String> badDate = post("{\"text\": \"Rockets hit Camp Taji.\", \"published\": \"2020-13-01\"}",
				"Bearer s3cret-token", "application/json");
		HttpResponse<String> broken = post("{\"text\": ", "Bearer s3cret-token", "application/json");
		HttpResponse<String> wrongType = post("text=hello", "Bearer s3cret-token", "text/plain");

		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("\"parameter\":\"text\"");
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).contains("\"parameter\":\"published\"");
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(wrongType.statusCode()).isEqualTo(415);
		assertThat(broken.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	private HttpResponse<String> post(String body, String authorization, String contentType) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/articles"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
