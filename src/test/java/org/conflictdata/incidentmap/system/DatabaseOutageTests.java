package org.conflictdata.incidentmap.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.conflictdata.incidentmap.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service in front of a real PostGIS that goes away and comes back, through a
 * {@link TcpProxy} the test can cut: while the database is gone the API answers 503
 * problem+json within seconds (never a 500, never a hang), reads and writes alike, and
 * health says DOWN with 503; when it returns, the service heals by itself, without a
 * restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "incident-map.seeds=", "spring.datasource.hikari.maximum-pool-size=4",
				"incident-map.api-token=outage-token" })
@DirtiesContext
class DatabaseOutageTests {

	/** Hikari waits 3 s for a connection; the answer may take that plus a little. */
	private static final Duration QUICKLY = Duration.ofSeconds(8);

	private static final TcpProxy PROXY = startProxy();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void throughTheProxy(DynamicPropertyRegistry registry) {
		URI postgis = URI.create(TestDatabases.POSTGIS_URL.substring("jdbc:".length()));
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + PROXY.port() + postgis.getPath());
		registry.add("spring.datasource.username", () -> TestDatabases.POSTGIS_USER);
		registry.add("spring.datasource.password", () -> TestDatabases.POSTGIS_PASSWORD);
	}

	@AfterAll
	static void stopProxy() throws Exception {
		PROXY.close();
	}

	@Test
	void shouldAnswer503WhileTheDatabaseIsGoneAndHealByItselfWhenItReturns() throws Exception {
		LocalHttp http = new LocalHttp(this.port);
		assertThat(firstStatusWithin(http, "/api/incidents?limit=1", 200, Duration.ofSeconds(30))).isEqualTo(200);
		assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);

		PROXY.cut();
		try {
			// the pages are read on a reader thread: its failure before the first row is
			// still the request's problem+json
			for (String path : new String[] { "/api/incidents?limit=1", "/api/incidents?limit=1", "/api/incidents/1",
					"/ogc/collections/incidents/items?limit=1" }) {
				long started = System.nanoTime();
				HttpResponse<String> response = http.get(path);
				Duration took = Duration.ofNanos(System.nanoTime() - started);

				assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(503);
				assertThat(LocalHttp.isProblem(response)).isTrue();
				assertThat(response.body()).doesNotContain("Exception").doesNotContain("jdbc:");
				assertThat(took).as(path).isLessThan(QUICKLY);
			}
			long started = System.nanoTime();
			HttpResponse<String> health = http.get("/actuator/health");

			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"status\":\"DOWN\"");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
		}
		finally {
			PROXY.restore();
		}

		assertThat(firstStatusWithin(http, "/api/incidents?limit=1", 200, Duration.ofSeconds(30))).isEqualTo(200);
		assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldAnswer503ToAWriteWhileTheDatabaseIsGone() throws Exception {
		LocalHttp http = new LocalHttp(this.port);
		assertThat(firstStatusWithin(http, "/api/incidents?limit=1", 200, Duration.ofSeconds(30))).isEqualTo(200);
		HttpResponse<String> write;
		PROXY.cut();
		try {
			write = http.send(http.request("/api/articles")
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer outage-token")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"text\": \"Rockets struck Camp Taji on 11 March 2020, killing two soldiers.\"}"))
				.build());
		}
		finally {
			PROXY.restore();
		}

		assertThat(write.statusCode()).as(write.body()).isEqualTo(503);
		assertThat(LocalHttp.isProblem(write)).isTrue();
		assertThat(firstStatusWithin(http, "/api/incidents?limit=1", 200, Duration.ofSeconds(30))).isEqualTo(200);
	}

	private static int firstStatusWithin(LocalHttp http, String path, int wanted, Duration patience) throws Exception {
		long deadline = System.nanoTime() + patience.toNanos();
		int status = -1;
		while (System.nanoTime() < deadline) {
			status = http.get(path).statusCode();
			if (status == wanted) {
				return status;
			}
			TimeUnit.MILLISECONDS.sleep(250);
		}
		return status;
	}

	private static TcpProxy startProxy() {
		URI postgis = URI.create(TestDatabases.POSTGIS_URL.substring("jdbc:".length()));
		try {
			return TcpProxy.start(postgis.getHost(), (postgis.getPort() != -1) ? postgis.getPort() : 5432);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("cannot start the proxy in front of PostGIS", ex);
		}
	}

}
