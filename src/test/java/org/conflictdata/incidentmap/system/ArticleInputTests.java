package org.conflictdata.incidentmap.system;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posted articles that cannot be used are refused with a 400 (415 for a body that is not
 * JSON) problem+json that says what is wrong, and never a 500: empty or blank text, NUL,
 * binary control characters, text over the character limit, bytes that are not UTF-8,
 * broken JSON, a JSON value that is not an object, no body at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:article-input;DB_CLOSE_DELAY=-1", "incident-map.seeds=",
				"incident-map.api-token=hardening-token" })
class ArticleInputTests {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "empty text | {\"text\": \"\"}", "blank text | {\"text\": \" \\n\\t \"}",
			"no text | {\"title\": \"Only a title\"}",
			"NUL in the text | {\"text\": \"Rockets hit\\u0000 Camp Taji.\"}",
			"binary text | {\"text\": \"\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\u0008\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\"}",
			"unpaired surrogate | {\"text\": \"Rockets hit Camp Taji \\ud800 on Monday.\"}" })
	void shouldRefuseTextThatIsNotAnArticleNamingTheTextParameter(String kind, String body) throws Exception {
		HttpResponse<String> response = post("application/json", body.getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(kind).isEqualTo(400);
		assertThat(LocalHttp.isProblem(response)).as(kind).isTrue();
		assertThat(response.body()).as(kind).contains("\"parameter\":\"text\"").doesNotContain("Exception");
	}

	@Test
	void shouldRefuseTextOverTheCharacterLimitThatStillFitsTheByteLimit() throws Exception {
		byte[] body = ("{\"text\": \"" + "a".repeat(2_000_001) + "\"}").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = post("application/json", body);

		assertThat(body.length).isLessThan(RequestBodyLimitFilter.MAX_BODY_BYTES);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"parameter\":\"text\"");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "broken JSON | {\"text\": ", "an array | [\"Rockets hit Camp Taji.\"]",
					"a bare string | \"Rockets hit Camp Taji.\"", "trailing garbage | {\"text\": \"Rockets.\"} }",
					"deep nesting | [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[" })
	void shouldRefuseABodyThatIsNotAnArticleObject(String kind, String body) throws Exception {
		HttpResponse<String> response = post("application/json", body.getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(kind).isEqualTo(400);
		assertThat(LocalHttp.isProblem(response)).as(kind).isTrue();
		assertThat(response.body()).as(kind).doesNotContain("Exception").doesNotContain("tools.jackson");
	}

	@Test
	void shouldRefuseBytesThatAreNotUtf8() throws Exception {
		byte[] body = { '{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'R', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"',
				'}' };
		HttpResponse<String> response = post("application/json", body);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(LocalHttp.isProblem(response)).isTrue();
	}

	@Test
	void shouldRefuseAnEmptyBody() throws Exception {
		HttpResponse<String> response = post("application/json", new byte[0]);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(LocalHttp.isProblem(response)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "text/plain", "application/x-www-form-urlencoded", "application/xml",
			"multipart/form-data; boundary=x" })
	void shouldRefuseABodyThatIsNotJsonWith415(String contentType) throws Exception {
		HttpResponse<String> response = post(contentType,
				"text=Rockets hit Camp Taji".getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(LocalHttp.isProblem(response)).isTrue();
		assertThat(response.headers().firstValue("Accept"))
			.hasValueSatisfying((accepted) -> assertThat(accepted).contains("application/json"));
	}

	private HttpResponse<String> post(String contentType, byte[] body) throws Exception {
		LocalHttp http = new LocalHttp(this.port);
		return http.send(http.request("/api/articles")
			.header("Content-Type", contentType)
			.header("Authorization", "Bearer hardening-token")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

}
