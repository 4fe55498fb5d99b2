package org.conflictdata.incidentmap.ogc;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain {@link HttpClient} against the running server, for the OGC tests: absolute or
 * server-relative GETs, with the JSON body parsed.
 */
final class OgcClient {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final String origin;

	OgcClient(int port) {
		this.origin = "http://127.0.0.1:" + port;
	}

	String origin() {
		return this.origin;
	}

	/** GETs a path (with its query already encoded) or an absolute URL. */
	Response get(String pathOrUrl) {
		return get(pathOrUrl, "application/json");
	}

	Response get(String pathOrUrl, String accept) {
		String url = pathOrUrl.startsWith("http") ? pathOrUrl : this.origin + pathOrUrl;
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			String type = response.headers().firstValue("Content-Type").orElse("");
			JsonNode json = response.body().isEmpty() ? null : this.mapper.readTree(response.body());
			return new Response(response.statusCode(), type, json);
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + url + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/** The items path with one encoded {@code filter} parameter. */
	static String items(String query) {
		return "/ogc/collections/incidents/items" + ((query.isEmpty()) ? "" : "?" + query);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * @param status HTTP status
	 * @param contentType Content-Type header
	 * @param json parsed body, or null when empty
	 */
	record Response(int status, String contentType, JsonNode json) {

		/** The href of the first link with this rel, or null. */
		String link(String rel) {
			for (JsonNode link : this.json.get("links")) {
				if (link.get("rel").asString().equals(rel)) {
					return link.get("href").asString();
				}
			}
			return null;
		}

	}

}
