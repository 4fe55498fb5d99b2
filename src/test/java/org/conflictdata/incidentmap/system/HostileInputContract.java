package org.conflictdata.incidentmap.system;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.ActorRole;
import org.conflictdata.incidentmap.extraction.Attribution;
import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentQuery;
import org.conflictdata.incidentmap.incident.IncidentStore;
import org.conflictdata.incidentmap.incident.Source;
import org.conflictdata.incidentmap.incident.StoredDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every query parameter of every read endpoint, the path variables, raw encodings
 * no URI class accepts, and the write endpoint (with a valid token) with seeded hostile
 * and random values, and holds the service to three promises: no answer is a 5xx; every
 * 4xx is problem+json; no answer shows a stack trace or an internal name. Afterwards the
 * incidents stored before are exactly as they were. Replay a run with
 * {@code -Dhostile.seed=<seed>}; the seed is in every failure message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class HostileInputContract {

	static final String TOKEN = "hostile-input-token";

	static final long SEED = Long.getLong("hostile.seed", 20261121L);

	/** How many values each parameter of each endpoint is given. */
	static final int VALUES_PER_PARAMETER = 5;

	/** The filters every incident list endpoint shares (API.md). */
	static final List<String> FILTERS = List.of("start", "end", "bbox", "event_type", "sub_event_type", "actor",
			"country", "place_id", "q", "min_killed", "include_historical", "limit", "offset");

	static final List<String> OGC_ITEMS = List.of("f", "limit", "offset", "bbox", "bbox-crs", "datetime", "filter",
			"filter-lang", "filter-crs");

	/** Markers of an internal detail leaking into an answer. */
	static final List<String> LEAKS = List.of("Exception", "\tat ", "org.springframework", "org.h2", "org.postgresql",
			"SQLState", "jdbc:", "tools.jackson");

	@LocalServerPort
	int port;

	@Autowired
	IncidentStore store;

	private final JsonMapper json = JsonMapper.builder().build();

	private List<Incident> before;

	private long documentsBefore;

	private final List<Long> createdByPosts = new ArrayList<>();

	private int documentsCreatedByPosts;

	/** How many answers of each status the run got, printed at the end. */
	private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

	@BeforeAll
	void storeAFewIncidents() {
		long documentId = this.store
			.insertDocument(new StoredDocument(null, "f".repeat(64), "fuzz.txt", "Fixture", "https://example.org/f",
					LocalDate.of(2020, 3, 12), "metadata", "Rockets hit Camp Taji. A drone struck K-1."))
			.id();
		Source source = new Source(documentId, "fuzz.txt", "Fixture", "https://example.org/f",
				LocalDate.of(2020, 3, 12), "Rockets hit Camp Taji.", 0, 22);
		this.store
			.insert(incident("Camp Taji", "iq-camp-taji", 44.25, 33.53, LocalDate.of(2020, 3, 11), false, source));
		this.store.insert(incident("K-1 Air Base", "iq-k1-air-base", 44.2813, 35.5142, LocalDate.of(2019, 12, 27),
				false, source));
		this.store.insert(incident("Baghdad", "iq-baghdad", 44.36, 33.31, LocalDate.of(2011, 5, 1), true, source));
		this.before = this.store.find(IncidentQuery.all());
		this.documentsBefore = this.store.documents().size();
	}

	@TestFactory
	@Order(1)
	Stream<DynamicTest> shouldNeverFailOnHostileQueryParameters() throws Exception {
		Map<String, List<String>> endpoints = new LinkedHashMap<>();
		for (String path : List.of("/api/incidents", "/api/incidents.geojson", "/api/incidents.csv", "/api/places")) {
			endpoints.put(path, FILTERS);
		}
		endpoints.put("/api/timeline", concat(FILTERS, List.of("bin")));
		endpoints.put("/api/incidents/points", concat(FILTERS, List.of("limit")));
		// The grid needs a cell; the hostile values go after it (and a hostile cell makes
		// it
		// given twice).
		endpoints.put("/api/incidents/grid?cell=0.5", concat(FILTERS, List.of("cell", "bin")));
		endpoints.put("/api/documents", List.of("limit", "q"));
		for (String path : List.of("/ogc", "/ogc/conformance", "/ogc/api", "/ogc/collections",
				"/ogc/collections/incidents", "/ogc/collections/incidents/queryables")) {
			endpoints.put(path, List.of("f"));
		}
		endpoints.put("/ogc/collections/incidents/items", concat(OGC_ITEMS, queryables()));
		HostileStrings values = new HostileStrings(SEED);
		return endpoints.entrySet().stream().map((endpoint) -> DynamicTest.dynamicTest(endpoint.getKey(), () -> {
			List<String> failures = new ArrayList<>();
			List<String> parameters = endpoint.getValue();
			HttpResponse<String> plain = new LocalHttp(this.port).get(endpoint.getKey());
			assertThat(plain.statusCode()).as("GET " + endpoint.getKey() + " without parameters").isEqualTo(200);
			String query = endpoint.getKey() + (endpoint.getKey().contains("?") ? "&" : "?");
			for (String parameter : parameters) {
				for (int i = 0; i < VALUES_PER_PARAMETER; i++) {
					check(query + parameter + "=" + values.nextEncoded(), failures);
				}
			}
			for (int i = 0; i < VALUES_PER_PARAMETER; i++) {
				check(query + combination(parameters, values), failures);
			}
			check(query + "limit=1&limit=2&offset=0&offset=-1", failures);
			check(query + values.nextEncoded() + "=" + values.nextEncoded(), failures);
			assertThat(failures).as("seed " + SEED).isEmpty();
		}));
	}

	@TestFactory
	@Order(2)
	Stream<DynamicTest> shouldNeverFailOnHostilePathSegments() {
		HostileStrings values = new HostileStrings(SEED + 1);
		return Stream
			.of("/api/incidents/%s", "/api/%s", "/%s", "/ogc/collections/%s", "/ogc/collections/%s/items",
					"/ogc/collections/incidents/items/%s", "/webjars/%s", "/basemap/%s")
			.map((template) -> DynamicTest.dynamicTest(template, () -> {
				List<String> failures = new ArrayList<>();
				for (int i = 0; i < 2 * VALUES_PER_PARAMETER; i++) {
					String segment = values.nextEncoded();
					check(template.formatted(segment.isEmpty() ? "%20" : segment), failures);
				}
				check(template.formatted("..%2F..%2F..%2Fetc%2Fpasswd"), failures);
				check(template.formatted("%2e%2e/%2e%2e/application.properties"), failures);
				assertThat(failures).as("seed " + SEED).isEmpty();
			}));
	}

	@Test
	@Order(3)
	void shouldNeverFailOnEncodingsNoUriAllows() throws Exception {
		LocalHttp http = new LocalHttp(this.port);
		List<String> failures = new ArrayList<>();
		List<byte[]> targets = new ArrayList<>();
		for (String target : List.of("/api/incidents?q=%ZZ", "/api/incidents?q=%", "/api/incidents?q=%%",
				"/api/incidents?bbox=%2", "/api/incidents/%ZZ", "/ogc/collections/incidents/items?filter=%G0",
				"/api/incidents?q=a%00b", "/api/incidents?%=%", "/api/incidents?&&&=&&", "/api/incidents/%2e%2e%2f",
				"/%2e%2e/%2e%2e/etc/passwd", "/api/incidents?q=<script>", "/api/incidents?q=a\"b{c}|d^e`f",
				"/api/incidents?q=[1]", "//api//incidents", "/api/incidents;jsessionid=x", "/api/incidents;a=b/1",
				"/api/../api/incidents", "/./api/./incidents", "*", "/api/incidents#fragment")) {
			targets.add(target.getBytes(StandardCharsets.ISO_8859_1));
		}
		targets.add(new byte[] { '/', 'a', 'p', 'i', '/', (byte) 0xFF, (byte) 0xFE });
		targets.add(new byte[] { '/', 'a', 'p', 'i', '/', 'i', 'n', 'c', 'i', 'd', 'e', 'n', 't', 's', '?', 'q', '=',
				(byte) 0xC3, (byte) 0x28 });
		for (byte[] target : targets) {
			LocalHttp.RawResponse response = http.raw("GET", target);
			String request = "GET " + new String(target, StandardCharsets.ISO_8859_1);
			judge(request, response.status(), response.isProblem() ? "application/problem+json" : "", response.text(),
					failures);
		}
		assertThat(failures).as("seed " + SEED).isEmpty();
	}

	@TestFactory
	@Order(4)
	Stream<DynamicTest> shouldNeverFailOnHostileArticlePosts() {
		HostileStrings values = new HostileStrings(SEED + 2);
		return Stream
			.of("random bytes", "random JSON", "hostile fields", "news-like text", "wrong content types",
					"hostile tokens")
			.map((kind) -> DynamicTest.dynamicTest(kind, () -> {
				List<String> failures = new ArrayList<>();
				for (int i = 0; i < 4 * VALUES_PER_PARAMETER; i++) {
					switch (kind) {
						case "random bytes" ->
							post("application/json", randomBytes(values), "Bearer " + TOKEN, failures);
						case "random JSON" ->
							post("application/json", RandomJson.object(values, 4).getBytes(StandardCharsets.UTF_8),
									"Bearer " + TOKEN, failures);
						case "hostile fields" ->
							post("application/json", articleWithHostileFields(values), "Bearer " + TOKEN, failures);
						case "news-like text" ->
							post("application/json", RandomJson.newsArticle(values).getBytes(StandardCharsets.UTF_8),
									"Bearer " + TOKEN, failures);
						case "wrong content types" ->
							post(RandomJson.CONTENT_TYPES.get(i % RandomJson.CONTENT_TYPES.size()),
									articleWithHostileFields(values), "Bearer " + TOKEN, failures);
						default -> post("application/json", articleWithHostileFields(values),
								RandomJson.authorization(values, TOKEN), failures);
					}
				}
				assertThat(failures).as("seed " + SEED).isEmpty();
			}));
	}

	@Test
	@Order(10)
	void shouldLeaveTheIncidentsStoredBeforeExactlyAsTheyWere() {
		System.out.println(
				"Hostile input, seed " + SEED + ": " + this.statuses.values().stream().mapToInt(Integer::intValue).sum()
						+ " requests, by status " + this.statuses);
		List<Incident> after = this.store.find(IncidentQuery.all());
		List<Incident> old = after.stream().filter((incident) -> !this.createdByPosts.contains(incident.id())).toList();

		assertThat(old).containsExactlyElementsOf(this.before);
		assertThat(after).hasSize(this.before.size() + this.createdByPosts.size());
		assertThat(this.store.documents()).hasSize((int) this.documentsBefore + this.documentsCreatedByPosts);
	}

	private void check(String pathAndQuery, List<String> failures) throws Exception {
		HttpResponse<String> response = new LocalHttp(this.port).get(pathAndQuery);
		judge("GET " + pathAndQuery, response.statusCode(), LocalHttp.contentType(response), response.body(), failures);
	}

	private void post(String contentType, byte[] body, String authorization, List<String> failures) throws Exception {
		LocalHttp http = new LocalHttp(this.port);
		HttpRequest.Builder request = http.request("/api/articles").POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (!contentType.isEmpty()) {
			request.header("Content-Type", contentType);
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		HttpResponse<String> response = http.send(request.build());
		String shown = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
		judge("POST /api/articles [" + contentType + "] " + shown, response.statusCode(),
				LocalHttp.contentType(response), response.body(), failures);
		if (response.statusCode() == 201) {
			JsonNode result = this.json.readTree(response.body());
			this.documentsCreatedByPosts++;
			result.get("createdIncidents").forEach((id) -> this.createdByPosts.add(id.asLong()));
		}
	}

	private void judge(String request, int status, String contentType, String body, List<String> failures) {
		this.statuses.merge(status, 1, Integer::sum);
		String shortRequest = (request.length() > 300) ? request.substring(0, 300) + "…" : request;
		if (status >= 500 || status < 100) {
			failures.add(status + " for " + shortRequest + ": " + abbreviate(body));
		}
		else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
			failures.add(status + " without problem+json (" + contentType + ") for " + shortRequest);
		}
		for (String leak : LEAKS) {
			if (body.contains(leak)) {
				failures.add("'" + leak + "' shown for " + shortRequest + ": " + abbreviate(body));
			}
		}
	}

	private List<String> queryables() throws Exception {
		HttpResponse<String> response = new LocalHttp(this.port).get("/ogc/collections/incidents/queryables");
		assertThat(response.statusCode()).as("the queryables list the OGC property parameters").isEqualTo(200);
		List<String> names = new ArrayList<>();
		this.json.readTree(response.body()).get("properties").propertyNames().forEach(names::add);
		return names;
	}

	private static String combination(List<String> parameters, HostileStrings values) {
		StringBuilder query = new StringBuilder();
		int count = 2 + values.nextInt(3);
		for (int i = 0; i < count && !parameters.isEmpty(); i++) {
			if (i > 0) {
				query.append('&');
			}
			query.append(parameters.get(values.nextInt(parameters.size()))).append('=').append(values.nextEncoded());
		}
		return query.toString();
	}

	private byte[] articleWithHostileFields(HostileStrings values) {
		Map<String, String> article = new LinkedHashMap<>();
		article.put("text", values.nextPlain());
		article.put("title", values.nextPlain());
		article.put("url", values.nextPlain());
		article.put("published", values.nextPlain());
		return this.json.writeValueAsBytes(article);
	}

	private static byte[] randomBytes(HostileStrings values) {
		byte[] bytes = new byte[values.nextInt(2000)];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) values.nextInt(256);
		}
		return bytes;
	}

	private static Incident incident(String place, String placeId, double lon, double lat, LocalDate date,
			boolean historical, Source source) {
		return new Incident(null, date, date, "day", 1, "Explosions/Remote violence",
				"Shelling/artillery/missile attack", place, placeId, 1, "exact place", "Iraq", "Baghdad", lon, lat,
				List.of(new Actor("Unknown militants", ActorRole.PERPETRATOR, Attribution.SUSPECTED)), Count.exactly(2),
				new Count(3, 1, 5), "rockets", "Rockets hit " + place, "single source", historical,
				Map.of("trigger", "rockets hit"), List.of(source));
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

	private static String abbreviate(String text) {
		return (text.length() > 400) ? text.substring(0, 400) + "…" : text;
	}

}
