package org.conflictdata.incidentmap.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain HTTP client for the service under test on 127.0.0.1, with the few checks the
 * hardening tests share. Paths are sent exactly as given (already percent-encoded), so
 * tests can send encodings a browser never would.
 */
final class LocalHttp {

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final int port;

	LocalHttp(int port) {
		this.port = port;
	}

	URI uri(String rawPathAndQuery) {
		return URI.create("http://127.0.0.1:" + this.port + rawPathAndQuery);
	}

	HttpRequest.Builder request(String rawPathAndQuery) {
		return HttpRequest.newBuilder(uri(rawPathAndQuery)).timeout(Duration.ofSeconds(30));
	}

	HttpResponse<String> get(String rawPathAndQuery, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(rawPathAndQuery).GET();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	static String contentType(HttpResponse<?> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

	static boolean isProblem(HttpResponse<?> response) {
		return contentType(response).startsWith("application/problem+json");
	}

}
