package org.conflictdata.incidentmap.system;

import java.net.http.HttpRequest;
import java.util.List;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The framework's own refusals (wrong method, unknown path, unparseable path variable)
 * are problem+json like the API's, never an HTML error page or a stack trace. An unknown
 * non-API path is a 404 problem+json too, even for a browser that asks for HTML: the page
 * is one static file, so there is no HTML error page to keep in step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:system-tests;DB_CLOSE_DELAY=-1", "incident-map.seeds=" })
class ProblemResponsesTests {

	@LocalServerPort
	int port;

	@Test
	void shouldAnswerAWriteToAReadOnlyResourceWith405AndTheAllowedMethods() throws Exception {
		LocalHttp http = new LocalHttp(this.port);
		HttpResponse<String> post = http.send(http.request("/api/incidents")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build());
		HttpResponse<String> delete = http.send(http.request("/api/incidents/1").DELETE().build());

		assertThat(post.statusCode()).isEqualTo(405);
		assertThat(LocalHttp.isProblem(post)).isTrue();
		assertThat(post.headers().firstValue("Allow")).hasValueSatisfying((allow) -> assertThat(allow).contains("GET"));
		assertThat(delete.statusCode()).isEqualTo(405);
		assertThat(LocalHttp.isProblem(delete)).isTrue();
	}

	@Test
	void shouldAnswerUnknownPathsWithA404Problem() throws Exception {
		LocalHttp http = new LocalHttp(this.port);
		HttpResponse<String> api = http.get("/api/no-such-resource");
		HttpResponse<String> page = http.get("/no/such/page", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		HttpResponse<String> traversal = http.get("/..%2f..%2fetc%2fpasswd");

		for (HttpResponse<String> response : List.of(api, page)) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(LocalHttp.isProblem(response)).isTrue();
			assertThat(response.body()).contains("\"status\":404")
				.doesNotContain("Exception")
				.doesNotContain("at org.");
		}
		assertThat(traversal.statusCode()).isBetween(400, 404);
		assertThat(traversal.body()).doesNotContain("root:");
	}

	@Test
	void shouldAnswerAPathVariableThatIsNotANumberWith400NamingIt() throws Exception {
		LocalHttp http = new LocalHttp(this.port);
		HttpResponse<String> word = http.get("/api/incidents/abc");
		HttpResponse<String> huge = http.get("/api/incidents/99999999999999999999999");

		assertThat(word.statusCode()).isEqualTo(400);
		assertThat(LocalHttp.isProblem(word)).isTrue();
		assertThat(word.body()).contains("\"parameter\":\"id\"");
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(LocalHttp.isProblem(huge)).isTrue();
	}

	@Test
	void shouldAnswerAQueryStringThatCannotBeDecodedWithA400Problem() throws Exception {
		LocalHttp.RawResponse response = new LocalHttp(this.port).raw("GET",
				"/api/incidents?q=%ZZ".getBytes(StandardCharsets.US_ASCII));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.text()).contains("Malformed query string").doesNotContain("Exception");
	}

	@Test
	void shouldAnswerARequestTomcatRefusesWithAProblemCarryingTheSecurityHeaders() throws Exception {
		LocalHttp http = new LocalHttp(this.port);
		LocalHttp.RawResponse encodedSlash = http.raw("GET",
				"/api/..%2F..%2Fetc%2Fpasswd".getBytes(StandardCharsets.US_ASCII));
		LocalHttp.RawResponse badUtf8 = http.raw("GET", "/api/%C3%28".getBytes(StandardCharsets.US_ASCII));
		LocalHttp.RawResponse tooLong = http.raw("GET",
				("/api/incidents?q=" + "a".repeat(20_000)).getBytes(StandardCharsets.US_ASCII));

		for (LocalHttp.RawResponse response : List.of(encodedSlash, badUtf8, tooLong)) {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.isProblem()).as(response.text()).isTrue();
			assertThat(response.text())
				.contains("Content-Security-Policy: " + SecurityHeadersFilter.CONTENT_SECURITY_POLICY)
				.contains("X-Content-Type-Options: nosniff")
				.doesNotContain("Tomcat")
				.doesNotContain("<html");
		}
	}

	@Test
	void shouldRefuseANulInAnyParameterNamingTheParameter() throws Exception {
		LocalHttp http = new LocalHttp(this.port);
		HttpResponse<String> api = http.get("/api/incidents?q=camp%00taji");
		HttpResponse<String> ogc = http.get("/ogc/collections/incidents/items?filter=place%20%3D%20%27a%00b%27");

		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(LocalHttp.isProblem(api)).isTrue();
		assertThat(api.body()).contains("\"parameter\":\"q\"");
		assertThat(ogc.statusCode()).isEqualTo(400);
		assertThat(ogc.body()).contains("\"parameter\":\"filter\"");
	}

}
