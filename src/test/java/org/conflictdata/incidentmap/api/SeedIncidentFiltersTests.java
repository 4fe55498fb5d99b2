package org.conflictdata.incidentmap.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters checked against the incidents the service finds in the five seed articles,
 * ingested at start-up through the real pipeline: a Baghdad box returns the Green Zone,
 * airport and Taji incidents and nothing outside it, and March 2020 returns the Taji,
 * Green Zone and retaliation incidents of that month.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:seed-filters;DB_CLOSE_DELAY=-1", "incident-map.seeds=seeds" })
class SeedIncidentFiltersTests {

	private static final double[] BAGHDAD = { 44.0, 33.0, 44.6, 33.7 };

	@LocalServerPort
	int port;

	@Test
	void shouldReturnTheGreenZoneAirportAndTajiIncidentsForABaghdadBoxAndNothingOutsideIt() throws Exception {
		JsonNode collection = get("/api/incidents?bbox=44.0,33.0,44.6,33.7");

		List<String> places = new ArrayList<>();
		for (JsonNode feature : collection.get("features")) {
			double lon = feature.get("geometry").get("coordinates").get(0).asDouble();
			double lat = feature.get("geometry").get("coordinates").get(1).asDouble();
			assertThat(lon).isBetween(BAGHDAD[0], BAGHDAD[2]);
			assertThat(lat).isBetween(BAGHDAD[1], BAGHDAD[3]);
			assertThat(feature.get("properties").get("geo_precision").asInt()).isLessThan(3);
			places.add(feature.get("properties").get("place_id").asString());
		}
		assertThat(places).contains("iq-us-embassy-baghdad", "iq-baghdad-international-airport", "iq-camp-taji");
		assertThat(places).filteredOn("iq-camp-taji"::equals).hasSize(3);
		assertThat(places).doesNotContain("iq-k1-air-base", "iq-amerli", "sy-albukamal");
	}

	@Test
	void shouldReturnExactlyTheMarch2020IncidentsForMarch2020() throws Exception {
		JsonNode collection = get("/api/incidents?start=2020-03-01&end=2020-03-31");

		List<String> found = new ArrayList<>();
		for (JsonNode feature : collection.get("features")) {
			JsonNode properties = feature.get("properties");
			found.add(properties.get("date").asString() + " " + properties.get("place_id").asString());
		}
		assertThat(found).containsExactly("2020-03-11 iq-camp-taji", "2020-03-12 iq", "2020-03-14 iq-camp-taji",
				"2020-03-17 iq-camp-taji", "2020-03-26 iq-us-embassy-baghdad");
	}

	@Test
	void shouldTraceEveryIncidentToAQuotedSentenceOfASeedArticle() throws Exception {
		JsonNode collection = get("/api/incidents?include_historical=true");

		assertThat(collection.get("numberMatched").asInt()).isGreaterThanOrEqualTo(14);
		for (JsonNode feature : collection.get("features")) {
			JsonNode sources = feature.get("properties").get("sources");
			assertThat(sources.size()).isPositive();
			for (JsonNode source : sources) {
				assertThat(source.get("document").asString()).matches("00[0-4]_[0-9a-f]{16}\\.txt");
				assertThat(source.get("quote").asString()).isNotBlank();
			}
		}
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

}
