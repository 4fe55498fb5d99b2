package org.conflictdata.incidentmap.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of response the service gives (the page, static scripts, API JSON,
 * problem+json errors, unknown paths, actuator) carries the Content-Security-Policy with
 * {@code frame-ancestors 'none'}, {@code nosniff}, the referrer policy and the frame
 * denial.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:system-tests;DB_CLOSE_DELAY=-1", "incident-map.seeds=" })
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "page, /, 200, text/html", "page by name, /index.html, 200, text/html",
			"static script, /webjars/leaflet/dist/leaflet.js, 200, text/javascript",
			"page module, /js/main.js, 200, text/javascript",
			"API JSON, /api/incidents?limit=1, 200, application/geo+json",
			"problem for a bad parameter, /api/incidents?limit=zero, 400, application/problem+json",
			"problem for a missing incident, /api/incidents/987654321, 404, application/problem+json",
			"unknown page, /no/such/page.html, 404, application/problem+json",
			"actuator, /actuator/health, 200, application/" })
	void shouldSendTheSecurityHeadersOnEveryKindOfResponse(String kind, String path, int status, String type)
			throws Exception {
		HttpResponse<String> response = new LocalHttp(this.port).get(path);

		assertThat(response.statusCode()).as(kind).isEqualTo(status);
		assertThat(LocalHttp.contentType(response)).as(kind).startsWith(type);
		assertThat(response.headers().firstValue("Content-Security-Policy")).as(kind)
			.hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
		assertThat(SecurityHeadersFilter.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'")
			.contains("script-src 'self'")
			.contains("object-src 'none'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).as(kind).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).as(kind)
			.hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("X-Frame-Options")).as(kind).hasValue("DENY");
	}

}
