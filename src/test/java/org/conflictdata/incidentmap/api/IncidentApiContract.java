package org.conflictdata.incidentmap.api;

import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.conflictdata.incidentmap.incident.BulkLoader;
import org.conflictdata.incidentmap.incident.SyntheticIncidents;
import org.conflictdata.incidentmap.incident.SyntheticPlaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of {@code /api/incidents} and {@code /api/incidents/{id}}: every
 * filter, paging, single features, and a 400 or 404 problem+json for every kind of bad
 * request. Run on both stores by the subclasses.
 */
abstract class IncidentApiContract extends ApiTestSupport {

	static final String BAGHDAD = "44.0,33.0,44.6,33.7";

	/** More rows than the page reader hands over at a time and reads ahead. */
	static final int MANY = 3000;

	@Autowired
	PageReader pages;

	@Autowired
	JsonMapper mapper;

	@Test
	void shouldServeTheNonHistoricalIncidentsOldestFirstAsGeoJson() {
		HttpResponse<String> response = get("/api/incidents");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/geo+json");
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(body.get("numberMatched").asLong()).isEqualTo(8);
		assertThat(body.get("numberReturned").asLong()).isEqualTo(8);
		assertThat(featureIds(body)).containsExactlyElementsOf(
				ids("albukamal", "amerli", "k1", "embassy", "airport", "taji1", "taji2", "greenZone"));
	}

	@Test
	void shouldIncludeHistoricalIncidentsOnlyWhenAsked() {
		assertThat(featureIds(ok("/api/incidents?include_historical=true"))).hasSize(9).startsWith(id("hostages"));
		assertThat(featureIds(ok("/api/incidents?include_historical=false"))).doesNotContain(id("hostages"));
	}

	@Test
	void shouldReturnTheBaghdadIncidentsAndNothingOutsideTheBox() {
		JsonNode body = ok("/api/incidents?bbox=" + BAGHDAD);

		assertThat(featureIds(body))
			.containsExactlyElementsOf(ids("embassy", "airport", "taji1", "taji2", "greenZone"));
		for (JsonNode feature : body.get("features")) {
			JsonNode point = feature.get("geometry").get("coordinates");
			assertThat(point.get(0).asDouble()).isBetween(44.0, 44.6);
			assertThat(point.get(1).asDouble()).isBetween(33.0, 33.7);
		}
	}

	@Test
	void shouldReturnExactlyTheMarchIncidentsForMarch2020() {
		assertThat(featureIds(ok("/api/incidents?start=2020-03-01&end=2020-03-31")))
			.containsExactlyElementsOf(ids("taji1", "taji2", "greenZone"));
	}

	@Test
	void shouldTreatStartAndEndAsInclusiveDays() {
		assertThat(featureIds(ok("/api/incidents?start=2019-12-31&end=2020-01-03")))
			.containsExactlyElementsOf(ids("embassy", "airport"));
		assertThat(featureIds(ok("/api/incidents?start=2020-03-26"))).containsExactly(id("greenZone"));
		assertThat(featureIds(ok("/api/incidents?end=2018-06-30"))).containsExactly(id("albukamal"));
	}

	@Test
	void shouldMatchAMonthPreciseIncidentOnAnyDayOfItsMonth() {
		assertThat(featureIds(ok("/api/incidents?start=2018-06-15&end=2018-06-15"))).containsExactly(id("albukamal"));
	}

	@Test
	void shouldFilterByEventTypeAndSubEventType() {
		assertThat(featureIds(ok("/api/incidents?sub_event_type=" + encode("Air/drone strike"))))
			.containsExactlyElementsOf(ids("albukamal", "amerli", "airport"));
		assertThat(featureIds(ok("/api/incidents?event_type=Riots"))).containsExactly(id("embassy"));
		assertThat(featureIds(ok("/api/incidents?event_type=" + encode("Explosions/Remote violence")))).hasSize(7);
	}

	@Test
	void shouldFilterByPartOfAnActorNameIgnoringCase() {
		assertThat(featureIds(ok("/api/incidents?actor=ISRAEL"))).containsExactlyElementsOf(ids("albukamal", "amerli"));
		assertThat(featureIds(ok("/api/incidents?actor=" + encode("kataib hez"))))
			.containsExactlyElementsOf(ids("albukamal", "k1", "embassy", "airport"));
	}

	@Test
	void shouldFilterByCountryAndPlaceId() {
		assertThat(featureIds(ok("/api/incidents?country=syria"))).containsExactly(id("albukamal"));
		assertThat(featureIds(ok("/api/incidents?place_id=iq-camp-taji")))
			.containsExactlyElementsOf(ids("taji1", "taji2"));
	}

	@Test
	void shouldSearchSummariesPlacesAndActorsWithQ() {
		assertThat(featureIds(ok("/api/incidents?q=soleimani"))).containsExactly(id("airport"));
		assertThat(featureIds(ok("/api/incidents?q=" + encode("green zone"))))
			.containsExactlyElementsOf(ids("embassy", "greenZone"));
		assertThat(featureIds(ok("/api/incidents?q=badr"))).containsExactly(id("amerli"));
	}

	@Test
	void shouldKeepIncidentsWithAtLeastMinKilled() {
		assertThat(featureIds(ok("/api/incidents?min_killed=3")))
			.containsExactlyElementsOf(ids("albukamal", "airport", "taji1"));
		assertThat(featureIds(ok("/api/incidents?min_killed=0"))).hasSize(4);
	}

	@Test
	void shouldCombineAllFiltersWithAnd() {
		String query = "/api/incidents?bbox=" + BAGHDAD + "&start=2020-01-01&end=2020-12-31&event_type="
				+ encode("Explosions/Remote violence") + "&sub_event_type=" + encode(IncidentFixtures.SHELLING)
				+ "&actor=" + encode("united states") + "&country=Iraq&place_id=iq-camp-taji&q=rockets&min_killed=1";

		assertThat(featureIds(ok(query))).containsExactly(id("taji1"));
	}

	@Test
	void shouldPageWithNextLinksAndTellNumberMatchedOnlyOnTheLastPage() {
		JsonNode first = ok("/api/incidents?limit=3&offset=1&bbox=-180,-90,180,90");

		assertThat(first.has("numberMatched")).isFalse();
		assertThat(first.get("numberReturned").asLong()).isEqualTo(3);
		assertThat(featureIds(first)).containsExactlyElementsOf(ids("amerli", "k1", "embassy"));
		String next = first.at("/links/0/href").asString();
		assertThat(first.at("/links/0/rel").asString()).isEqualTo("next");
		assertThat(first.at("/links/0/type").asString()).isEqualTo("application/geo+json");
		assertThat(next).startsWith(url("/api/incidents?"))
			.contains("offset=4")
			.contains("limit=3")
			.contains("bbox=-180,-90,180,90");

		JsonNode second = ok(next.substring(url("").length()));
		assertThat(featureIds(second)).containsExactlyElementsOf(ids("airport", "taji1", "taji2"));
		assertThat(second.has("numberMatched")).isFalse();
		JsonNode last = ok(second.at("/links/0/href").asString().substring(url("").length()));
		assertThat(featureIds(last)).containsExactlyElementsOf(ids("greenZone"));
		assertThat(last.get("numberMatched").asLong()).isEqualTo(8);
		assertThat(last.get("links")).isEmpty();
	}

	@Test
	void shouldTellNumberMatchedOfAPageThatIsExactlyFullAndCountOnlyForLimitZero() {
		JsonNode exactlyFull = ok("/api/incidents?limit=8");
		JsonNode countOnly = ok("/api/incidents?limit=0");

		assertThat(exactlyFull.get("numberMatched").asLong()).isEqualTo(8);
		assertThat(exactlyFull.get("links")).isEmpty();
		assertThat(countOnly.get("numberMatched").asLong()).isEqualTo(8);
		assertThat(countOnly.get("features")).isEmpty();
		assertThat(countOnly.get("links")).isEmpty();
		JsonNode pastTheEnd = ok("/api/incidents?offset=100");
		assertThat(featureIds(pastTheEnd)).isEmpty();
		assertThat(pastTheEnd.has("numberMatched")).isFalse();
	}

	@Test
	void shouldAnswerAnEmptyCollectionWhenNothingMatches() {
		JsonNode body = ok("/api/incidents?bbox=-10,-10,-5,-5");

		assertThat(body.get("numberMatched").asLong()).isZero();
		assertThat(body.get("features")).isEmpty();
	}

	@Test
	void shouldServeOneIncidentAsAFeatureWithItsSources() {
		HttpResponse<String> response = get("/api/incidents/" + id("k1"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/geo+json");
		JsonNode feature = JSON.readTree(response.body());
		assertThat(feature.get("type").asString()).isEqualTo("Feature");
		assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(44.28);
		assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(35.52);
		JsonNode properties = feature.get("properties");
		assertThat(properties.get("place").asString()).isEqualTo("K-1 Air Base");
		assertThat(properties.get("date").asString()).isEqualTo("2019-12-27");
		assertThat(properties.get("killed").get("value").asInt()).isEqualTo(1);
		assertThat(properties.get("sources").get(0).get("quote").asString()).startsWith("Rocket attack on K-1");
	}

	@Test
	void shouldAnswer404ProblemForAnUnknownIncident() {
		HttpResponse<String> response = get("/api/incidents/987654321");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("987654321");
	}

	@Test
	void shouldAnswer404ProblemForAnUnknownPath() {
		HttpResponse<String> response = get("/api/incident");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void shouldAnswer400ProblemForANonNumericId() {
		assertBadParameter(get("/api/incidents/k1"), "id");
		assertBadParameter(get("/api/incidents/99999999999999999999"), "id");
	}

	@ParameterizedTest(name = "{0} -> 400 naming {1}")
	@CsvSource(delimiter = '|', textBlock = """
			bbox=foo                                  | bbox
			bbox=44.6,33.0,44.0,33.7                  | bbox
			bbox=44.0,33.7,44.6,33.0                  | bbox
			bbox=NaN,33.0,44.6,33.7                   | bbox
			bbox=44.0,33.0,44.6                       | bbox
			bbox=44.0,33.0,44.6,95                    | bbox
			start=yesterday                           | start
			start=2020-13-01                          | start
			end=2020-02-30                            | end
			start=2020-03-10&end=2020-03-01           | start
			start=2020-03-01&start=2020-04-01         | start
			limit=-5                                  | limit
			limit=10001                               | limit
			limit=ten                                 | limit
			offset=-1                                 | offset
			min_killed=abc                            | min_killed
			min_killed=-1                             | min_killed
			include_historical=maybe                  | include_historical
			bboxx=44.0,33.0,44.6,33.7                 | bboxx
			""")
	void shouldAnswer400ProblemNamingTheMalformedParameter(String query, String parameter) {
		assertBadParameter(get("/api/incidents?" + query), parameter);
	}

	@Test
	void shouldRefuseOverlongTextFilters() {
		assertBadParameter(get("/api/incidents?q=" + "a".repeat(201)), "q");
	}

	@Test
	void shouldAnswerProblemJsonEvenToAClientThatOnlyAcceptsGeoJson() {
		assertBadParameter(get("/api/incidents?bbox=foo", "Accept", "application/geo+json"), "bbox");
		assertThat(get("/api/incidents/0", "Accept", "application/geo+json").statusCode()).isEqualTo(404);
	}

	@Test
	void shouldWriteTheFeaturesOfAPageAsTheDownloadDoesWithTheOtherMembersAfterThem() throws Exception {
		loadSynthetic(MANY);
		// the same filters as the pages' (by default without historical references)
		List<JsonNode> all = new ArrayList<>();
		ok("/api/incidents.geojson").get("features").forEach(all::add);
		int total = all.size();
		assertThat(total).isGreaterThan(2500 + StreamedPage.BATCH);

		HttpResponse<String> full = get("/api/incidents?limit=2500");
		assertThat(full.statusCode()).isEqualTo(200);
		assertThat(topLevelMembers(full.body())).containsExactly("type", "features", "numberReturned", "links");
		JsonNode first = JSON.readTree(full.body());
		assertThat(first.get("features").valueStream().toList()).isEqualTo(all.subList(0, 2500));
		assertThat(first.get("numberReturned").asLong()).isEqualTo(2500);
		assertThat(first.at("/links/0/rel").asString()).isEqualTo("next");
		assertThat(first.at("/links/0/href").asString()).contains("offset=2500").contains("limit=2500");

		HttpResponse<String> rest = get("/api/incidents?limit=2500&offset=2500");
		assertThat(topLevelMembers(rest.body())).containsExactly("type", "features", "numberMatched", "numberReturned",
				"links");
		JsonNode last = JSON.readTree(rest.body());
		assertThat(last.get("features").valueStream().toList()).isEqualTo(all.subList(2500, total));
		assertThat(last.get("numberMatched").asLong()).isEqualTo(total);
		assertThat(last.get("numberReturned").asLong()).isEqualTo(total - 2500);
		assertThat(last.get("links")).isEmpty();
		assertThat(readersLeftAfterwards()).isZero();
	}

	@Test
	void shouldStopReadingAPageWhoseClientWentAway() throws Exception {
		loadSynthetic(MANY);
		HttpResponse<InputStream> response = send("/api/incidents?limit=" + MANY,
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		try (InputStream body = response.body()) {
			assertThat(body.readNBytes(100)).hasSize(100);
		}

		assertThat(readersLeftAfterwards()).isZero();
	}

	/**
	 * The page readers still running or waiting, once they have had a while to notice
	 * that their request is over (none when they stop as they should).
	 */
	private int readersLeftAfterwards() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.pages.busy() > 0 && System.nanoTime() < deadline) {
			TimeUnit.MILLISECONDS.sleep(50);
		}
		return this.pages.busy();
	}

	private void loadSynthetic(int count) throws SQLException {
		SyntheticIncidents generator = new SyntheticIncidents(SyntheticPlaces.load(), 7);
		new BulkLoader(this.dataSource, this.mapper).load(Stream.generate(generator::next).limit(count).iterator(), 0,
				(loaded) -> {
				});
	}

	/** The names of a JSON object's top-level members, in the order written. */
	private static List<String> topLevelMembers(String json) {
		List<String> names = new ArrayList<>();
		try (JsonParser parser = JSON.createParser(json)) {
			assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				names.add(parser.currentName());
				parser.nextToken();
				parser.skipChildren();
			}
		}
		return names;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
