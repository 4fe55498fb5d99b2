package org.conflictdata.incidentmap.system;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies over 2 MiB are refused with a 413 problem+json whether the client declares the
 * length or streams the body in chunks; a streamed body under the limit still reaches the
 * endpoint whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:article-input;DB_CLOSE_DELAY=-1", "incident-map.seeds=",
				"incident-map.api-token=hardening-token" })
class RequestBodyLimitTests {

	private static final String TOKEN = "Bearer hardening-token";

	@LocalServerPort
	int port;

	@Test
	void shouldRefuseADeclaredLengthOverTheLimitBeforeReadingTheBody() throws Exception {
		// A raw socket: only the head and a little of the promised body are sent, so the
		// answer
		// must come from the declared length alone.
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ "Authorization: " + TOKEN + "\r\nAccept: application/json\r\nContent-Length: "
					+ (RequestBodyLimitFilter.MAX_BODY_BYTES + 1) + "\r\n\r\n{\"text\": \"")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String head = readHead(socket.getInputStream());

			assertThat(head).startsWith("HTTP/1.1 413");
			assertThat(head.toLowerCase()).contains("content-type: application/problem+json");
		}
	}

	@Test
	void shouldRefuseAStreamedBodyThatGrowsPastTheLimit() throws Exception {
		byte[] body = article("x".repeat(RequestBodyLimitFilter.MAX_BODY_BYTES + 100_000));
		LocalHttp http = new LocalHttp(this.port);
		HttpResponse<String> response = http.send(http.request("/api/articles")
			.header("Content-Type", "application/json")
			.header("Authorization", TOKEN)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(LocalHttp.isProblem(response)).isTrue();
		assertThat(response.body()).contains("\"maxBytes\":" + RequestBodyLimitFilter.MAX_BODY_BYTES);
	}

	@Test
	void shouldPassAStreamedBodyUnderTheLimitOnWhole() throws Exception {
		byte[] body = article("Rockets struck Camp Taji, north of Baghdad, on 11 March 2020, killing two soldiers, "
				+ "officials said. " + "Padding sentence without news. ".repeat(20_000));
		LocalHttp http = new LocalHttp(this.port);
		HttpResponse<String> response = http.send(http.request("/api/articles")
			.header("Content-Type", "application/json")
			.header("Authorization", TOKEN)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build());

		assertThat(body.length).isGreaterThan(500_000);
		assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
	}

	private static byte[] article(String text) {
		return ("{\"title\": \"Long\", \"text\": \"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
	}

	private static String readHead(InputStream in) throws Exception {
		StringBuilder head = new StringBuilder();
		int c;
		while ((c = in.read()) != -1) {
			head.append((char) c);
			if (head.toString().endsWith("\r\n\r\n")) {
				break;
			}
		}
		return head.toString();
	}

}
