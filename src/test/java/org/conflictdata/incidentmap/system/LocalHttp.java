package org.conflictdata.incidentmap.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

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

	/**
	 * Sends one request line as given, bytes and all (for encodings no URI class
	 * accepts), and returns the status code and the head and body as ISO-8859-1 text.
	 */
	RawResponse raw(String method, byte[] target) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(30_000);
			ByteArrayOutputStream request = new ByteArrayOutputStream();
			request.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
			request.writeBytes(target);
			request.writeBytes(" HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\nConnection: close\r\n\r\n"
				.getBytes(StandardCharsets.US_ASCII));
			try {
				OutputStream out = socket.getOutputStream();
				out.write(request.toByteArray());
				out.flush();
			}
			catch (SocketException ex) {
				// A server that refuses an oversized head answers and closes before the
				// rest of it is written; its answer is still there to read.
			}
			String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			int status = (text.length() >= 12) ? Integer.parseInt(text.substring(9, 12)) : -1;
			return new RawResponse(status, text);
		}
	}

	/**
	 * A response read off a raw socket.
	 *
	 * @param status the status code, or -1 if none came
	 * @param text the whole response
	 */
	record RawResponse(int status, String text) {

		boolean isProblem() {
			return this.text.toLowerCase(Locale.ROOT).contains("\r\ncontent-type: application/problem+json");
		}

	}

	static String contentType(HttpResponse<?> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

	static boolean isProblem(HttpResponse<?> response) {
		return contentType(response).startsWith("application/problem+json");
	}

}
