package org.conflictdata.incidentmap.api;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentPoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of {@code /api/incidents/points}: the same incidents as
 * {@code /api/incidents} for the same filters, one to one, as columns (ids, the same
 * rounded coordinates, epoch days, a sub-event type index, killed or -1, geo_precision,
 * historical, a place index, wounded or -1, a date precision code); a {@code truncated}
 * flag past {@code limit}; gzip; and a 400 problem+json for every bad parameter. Run on
 * both stores by the subclasses.
 */
abstract class PointsApiContract extends ApiTestSupport {

	/** The {@code datePrecision} codes API.md documents. */
	private static final Map<String, Integer> PRECISION_CODES = Map.of("day", 1, "week", 2, "month", 3, "year", 4);

	@Autowired
	IncidentPoints points;

	@ParameterizedTest
	@ValueSource(strings = { "", "include_historical=true", "bbox=" + IncidentApiContract.BAGHDAD,
			"start=2020-03-01&end=2020-03-31", "sub_event_type=Air%2Fdrone%20strike", "actor=israel", "min_killed=1",
			"country=Iraq&start=2019-12-31", "event_type=Riots", "q=rocket", "start=2018-06-15&end=2018-06-15" })
	void shouldReturnTheSameIncidentsAsTheIncidentsApiOneToOne(String filters) {
		addPointsOfEveryPrecisionWithLongCoordinates();
		JsonNode features = ok("/api/incidents?limit=10000&" + filters).get("features");
		JsonNode points = ok("/api/incidents/points?" + filters);

		assertThat(points.get("numberReturned").asInt()).isEqualTo(features.size());
		assertThat(points.get("truncated").asBoolean()).isFalse();
		for (String column : IncidentPointsController.COLUMNS) {
			assertThat(points.get(column).size()).as(column).isEqualTo(features.size());
		}
		for (int i = 0; i < features.size(); i++) {
			JsonNode feature = features.get(i);
			JsonNode properties = feature.get("properties");
			JsonNode coordinates = feature.get("geometry").get("coordinates");
			JsonNode killed = properties.get("killed");
			JsonNode wounded = properties.get("wounded");
			assertThat(points.get("id").get(i).asLong()).isEqualTo(feature.get("id").asLong());
			assertThat(points.get("lon").get(i).decimalValue()).isEqualByComparingTo(coordinates.get(0).decimalValue());
			assertThat(points.get("lat").get(i).decimalValue()).isEqualByComparingTo(coordinates.get(1).decimalValue());
			assertThat(points.get("day").get(i).asLong())
				.isEqualTo(LocalDate.parse(properties.get("date").asString()).toEpochDay());
			assertThat(points.get("dayEnd").get(i).asLong())
				.isEqualTo(LocalDate.parse(properties.get("date_end").asString()).toEpochDay());
			assertThat(points.get("subEventTypes").get(points.get("type").get(i).asInt()).asString())
				.isEqualTo(properties.get("sub_event_type").asString());
			assertThat(points.get("killed").get(i).asInt())
				.isEqualTo(killed.isNull() ? -1 : killed.get("value").asInt());
			assertThat(points.get("geoPrecision").get(i).asInt()).isEqualTo(properties.get("geo_precision").asInt());
			assertThat(points.get("historical").get(i).asInt())
				.isEqualTo(properties.get("historical").asBoolean() ? 1 : 0);
			assertThat(points.get("places").get(points.get("place").get(i).asInt()).asString())
				.isEqualTo(properties.get("place").asString());
			assertThat(points.get("wounded").get(i).asInt())
				.isEqualTo(wounded.isNull() ? -1 : wounded.get("value").asInt());
			assertThat(points.get("datePrecision").get(i).asInt())
				.isEqualTo(PRECISION_CODES.get(properties.get("date_precision").asString()));
		}
	}

	@Test
	void shouldServeColumnsOldestFirstWithTheTypesInTheOrderFirstSeen() {
		HttpResponse<String> response = get("/api/incidents/points");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode body = JSON.readTree(response.body());
		assertThat(longs(body.get("id"))).containsExactlyElementsOf(
				ids("albukamal", "amerli", "k1", "embassy", "airport", "taji1", "taji2", "greenZone"));
		assertThat(body.get("subEventTypes").valueStream().map(JsonNode::asString))
			.containsExactly(IncidentFixtures.AIR_STRIKE, IncidentFixtures.SHELLING, "Mob violence");
		assertThat(longs(body.get("type"))).containsExactly(0L, 0L, 1L, 2L, 0L, 1L, 1L, 1L);
		assertThat(longs(body.get("killed"))).containsExactly(22L, -1L, 1L, -1L, 10L, 3L, -1L, -1L);
		assertThat(longs(body.get("day")).get(0)).isEqualTo(LocalDate.of(2018, 6, 1).toEpochDay());
		assertThat(longs(body.get("dayEnd")).get(0)).isEqualTo(LocalDate.of(2018, 6, 30).toEpochDay());
		assertThat(longs(body.get("geoPrecision"))).containsExactly(2L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
		assertThat(longs(body.get("historical"))).containsOnly(0L);
		assertThat(body.get("places").valueStream().map(JsonNode::asString)).containsExactly("Albukamal", "Amerli",
				"K-1 Air Base", "US Embassy, Baghdad", "Baghdad International Airport", "Camp Taji", "Green Zone");
		assertThat(longs(body.get("place"))).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 5L, 6L);
		assertThat(longs(body.get("wounded"))).containsExactly(-1L, -1L, 4L, -1L, -1L, 14L, 5L, -1L);
		assertThat(longs(body.get("datePrecision"))).containsExactly(3L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
	}

	@Test
	void shouldCodeEveryDatePrecision() {
		Incident k1 = this.fixtures.get("k1");
		for (String precision : List.of("week", "month", "year", "day")) {
			this.store.insert(new Incident(null, k1.date(), k1.dateEnd(), precision, k1.timePrecision(), k1.eventType(),
					k1.subEventType(), k1.place(), "iq-precision", k1.geoPrecision(), k1.locationPrecision(),
					k1.country(), k1.admin1(), k1.longitude(), k1.latitude(), k1.actors(), k1.killed(), k1.wounded(),
					k1.weapon(), k1.summary(), k1.grade(), k1.historical(), k1.explanation(), k1.sources()));
		}

		JsonNode body = ok("/api/incidents/points?place_id=iq-precision");

		assertThat(longs(body.get("datePrecision"))).containsExactly(2L, 3L, 4L, 1L);
		assertThat(body.get("places").valueStream().map(JsonNode::asString)).containsExactly("K-1 Air Base");
		assertThat(longs(body.get("place"))).containsOnly(0L);
	}

	@Test
	void shouldRoundCoordinatesToThePlacesPrecision() {
		addPointsOfEveryPrecisionWithLongCoordinates();

		JsonNode body = ok("/api/incidents/points?place_id=iq-rounding");

		assertThat(body.get("lon").valueStream().map(JsonNode::decimalValue).map(Object::toString))
			.containsExactly("44.12346", "44.123", "44.12");
		assertThat(body.get("lat").valueStream().map(JsonNode::decimalValue).map(Object::toString))
			.containsExactly("33.98765", "33.988", "33.99");
	}

	@Test
	void shouldFlagTruncationWhenMoreIncidentsMatchThanTheLimit() {
		JsonNode three = ok("/api/incidents/points?limit=3");
		JsonNode eight = ok("/api/incidents/points?limit=8");
		JsonNode none = ok("/api/incidents/points?limit=0");

		assertThat(three.get("numberReturned").asInt()).isEqualTo(3);
		assertThat(three.get("truncated").asBoolean()).isTrue();
		assertThat(longs(three.get("id"))).containsExactlyElementsOf(ids("albukamal", "amerli", "k1"));
		assertThat(three.get("subEventTypes").size()).isEqualTo(2);
		assertThat(eight.get("numberReturned").asInt()).isEqualTo(8);
		assertThat(eight.get("truncated").asBoolean()).isFalse();
		assertThat(none.get("numberReturned").asInt()).isZero();
		assertThat(none.get("truncated").asBoolean()).isTrue();
		assertThat(none.get("id").size()).isZero();
		assertThat(none.get("subEventTypes").size()).isZero();
		assertThat(none.get("places").size()).isZero();
		assertThat(three.get("places").size()).isEqualTo(3);
	}

	@Test
	void shouldAnswerEmptyColumnsWhenNothingMatches() {
		JsonNode body = ok("/api/incidents/points?start=2030-01-01");

		assertThat(body.get("numberReturned").asInt()).isZero();
		assertThat(body.get("truncated").asBoolean()).isFalse();
		for (String column : IncidentPointsController.COLUMNS) {
			assertThat(body.get(column).isArray()).as(column).isTrue();
			assertThat(body.get(column).size()).as(column).isZero();
		}
	}

	@Test
	void shouldGzipWhenTheClientAcceptsIt() {
		Incident taji = this.fixtures.get("taji2");
		for (int i = 0; i < 100; i++) {
			this.store.insert(copy(taji, taji.geoPrecision(), taji.longitude(), taji.latitude(), taji.placeId()));
		}

		HttpResponse<byte[]> response = send("/api/incidents/points", HttpResponse.BodyHandlers.ofByteArray(),
				"Accept-Encoding", "gzip");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		JsonNode body = JSON.readTree(DownloadApiContract.gunzip(response.body()));
		assertThat(body.get("numberReturned").asInt()).isEqualTo(108);
		assertThat(body.get("id").size()).isEqualTo(108);
	}

	@Test
	void shouldRejectBadParametersWithAProblem() {
		assertBadParameter(get("/api/incidents/points?limit=-1"), "limit");
		assertBadParameter(get("/api/incidents/points?limit=1000001"), "limit");
		assertBadParameter(get("/api/incidents/points?limit=many"), "limit");
		assertBadParameter(get("/api/incidents/points?limit=5&limit=6"), "limit");
		assertBadParameter(get("/api/incidents/points?offset=10"), "offset");
		assertBadParameter(get("/api/incidents/points?bbox=1,2,3"), "bbox");
		assertBadParameter(get("/api/incidents/points?start=2020-13-01"), "start");
		assertBadParameter(get("/api/incidents/points?start=2020-03-01&end=2020-02-01"), "start");
		assertBadParameter(get("/api/incidents/points?min_killed=-2"), "min_killed");
		assertBadParameter(get("/api/incidents/points?include_historical=yes"), "include_historical");
		assertBadParameter(get("/api/incidents/points?q=" + URLEncoder.encode("x".repeat(201), StandardCharsets.UTF_8)),
				"q");
	}

	/**
	 * Three incidents at one place with more decimals than any precision keeps: exact (5
	 * decimals), near (3) and region-level (2).
	 */
	void addPointsOfEveryPrecisionWithLongCoordinates() {
		Incident k1 = this.fixtures.get("k1");
		for (int precision = 1; precision <= 3; precision++) {
			this.store.insert(copy(k1, precision, 44.123456789, 33.987654321, "iq-rounding"));
		}
	}

	static Incident copy(Incident i, int geoPrecision, double lon, double lat, String placeId) {
		return new Incident(null, i.date(), i.dateEnd(), i.datePrecision(), i.timePrecision(), i.eventType(),
				i.subEventType(), i.place(), placeId, geoPrecision, i.locationPrecision(), i.country(), i.admin1(), lon,
				lat, i.actors(), i.killed(), i.wounded(), i.weapon(), i.summary(), i.grade(), i.historical(),
				i.explanation(), i.sources());
	}

	static List<Long> longs(JsonNode array) {
		List<Long> values = new ArrayList<>();
		for (JsonNode value : array) {
			values.add(value.asLong());
		}
		return values;
	}

}
