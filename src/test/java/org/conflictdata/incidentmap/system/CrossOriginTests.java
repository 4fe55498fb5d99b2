package org.conflictdata.incidentmap.system;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-origin reading: off by default (no response names any origin as allowed), and
 * when origins are configured only they may read, only with GET or HEAD, and never write.
 */
class CrossOriginTests {

	private static final String ANALYSTS = "https://analysts.example.org";

	private static final String STRANGER = "https://evil.example.com";

	static HttpResponse<String> preflight(int port, String path, String origin, String method) throws Exception {
		LocalHttp http = new LocalHttp(port);
		return http.send(http.request(path)
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", method)
			.build());
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.datasource.url=jdbc:h2:mem:system-tests;DB_CLOSE_DELAY=-1", "incident-map.seeds=" })
	class ByDefault {

		@LocalServerPort
		int port;

		@Test
		void shouldAllowNoOriginToReadOrWrite() throws Exception {
			HttpResponse<String> read = new LocalHttp(this.port).get("/api/incidents?limit=1", "Origin", STRANGER);
			HttpResponse<String> preflight = preflight(this.port, "/api/incidents", STRANGER, "GET");
			HttpResponse<String> writePreflight = preflight(this.port, "/api/articles", ANALYSTS, "POST");

			assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
			assertThat(writePreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.datasource.url=jdbc:h2:mem:cors-on;DB_CLOSE_DELAY=-1", "incident-map.seeds=",
					"incident-map.cors-origins= " + ANALYSTS + " , https://other.example.net" })
	class WithConfiguredOrigins {

		@LocalServerPort
		int port;

		@Test
		void shouldLetAConfiguredOriginReadWithGet() throws Exception {
			HttpResponse<String> preflight = preflight(this.port, "/api/incidents", ANALYSTS, "GET");
			HttpResponse<String> read = new LocalHttp(this.port).get("/api/incidents?limit=1", "Origin", ANALYSTS);

			assertThat(preflight.statusCode()).isEqualTo(200);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ANALYSTS);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET,HEAD");
			assertThat(read.statusCode()).isEqualTo(200);
			assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ANALYSTS);
			assertThat(read.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
		}

		@Test
		void shouldGiveAnOriginThatIsNotListedNoAllowHeader() throws Exception {
			HttpResponse<String> preflight = preflight(this.port, "/api/incidents", STRANGER, "GET");
			HttpResponse<String> read = new LocalHttp(this.port).get("/api/incidents?limit=1", "Origin", STRANGER);

			assertThat(preflight.statusCode()).isEqualTo(403);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
			assertThat(read.statusCode()).isEqualTo(403);
			assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
			assertThat(read.body()).doesNotContain("FeatureCollection");
			assertThat(read.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(read.body()).contains("\"status\":403").contains("INCIDENT_MAP_CORS_ORIGINS");
			assertThat(read.headers().firstValue("Content-Security-Policy")).isPresent();
		}

		@Test
		void shouldNeverLetAnotherOriginWriteEvenWhenItMayRead() throws Exception {
			HttpResponse<String> preflight = preflight(this.port, "/api/articles", ANALYSTS, "POST");

			assertThat(preflight.statusCode()).isEqualTo(403);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
		}

		@Test
		void shouldServeSameOriginRequestsAsBefore() throws Exception {
			String self = "http://127.0.0.1:" + this.port;
			HttpResponse<String> read = new LocalHttp(this.port).get("/api/incidents?limit=1", "Origin", self);

			assertThat(read.statusCode()).isEqualTo(200);
		}

	}

}
