package org.conflictdata.incidentmap.ogc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Absolute URLs of the OGC resources, built from the address the request came to, so
 * links work behind whatever host name and port the client used. Query strings are
 * rebuilt from the decoded parameters with every name and value percent-encoded, so a
 * filter containing {@code &}, {@code +} or quotes survives into a next link unchanged.
 */
final class OgcLinks {

	static final String ROOT = "/ogc";

	static final String COLLECTION_ID = "incidents";

	private final String base;

	private OgcLinks(String base) {
		this.base = base;
	}

	static OgcLinks of(HttpServletRequest request) {
		String scheme = request.getScheme();
		int port = request.getServerPort();
		boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
		String host = request.getServerName();
		if (host.contains(":")) {
			host = "[" + host + "]";
		}
		return new OgcLinks(scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath() + ROOT);
	}

	String landing() {
		return this.base;
	}

	String path(String path) {
		return this.base + path;
	}

	String collection() {
		return this.base + "/collections/" + COLLECTION_ID;
	}

	String items() {
		return collection() + "/items";
	}

	String item(long id) {
		return items() + "/" + id;
	}

	/**
	 * {@code url} with the given parameters, where {@code replaced} win over the others.
	 */
	static String withQuery(String url, Map<String, String[]> parameters, Map<String, String> replaced) {
		Map<String, String[]> all = new LinkedHashMap<>(parameters);
		replaced.forEach((name, value) -> all.put(name, new String[] { value }));
		StringJoiner query = new StringJoiner("&");
		all.forEach((name, values) -> {
			for (String value : values) {
				query.add(encode(name) + "=" + encode(value));
			}
		});
		return (query.length() == 0) ? url : url + "?" + query;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
