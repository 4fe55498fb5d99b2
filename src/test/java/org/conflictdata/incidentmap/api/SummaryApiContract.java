package org.conflictdata.incidentmap.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of the summaries: {@code /api/timeline} counts per day, ISO week or
 * month, {@code /api/places} and {@code /api/documents}. Run on both stores by the
 * subclasses.
 */
abstract class SummaryApiContract extends ApiTestSupport {

	@Test
	void shouldCountIncidentsPerMonthFromTheFirstToTheLastWithEmptyMonthsAsZero() {
		JsonNode timeline = ok("/api/timeline?bin=month");

		assertThat(timeline.get("bin").asString()).isEqualTo("month");
		Map<String, Long> counts = counts(timeline);
		assertThat(counts).hasSize(22);
		assertThat(counts.keySet()).startsWith("2018-06-01").endsWith("2020-03-01");
		assertThat(counts).containsEntry("2018-06-01", 1L)
			.containsEntry("2019-07-01", 1L)
			.containsEntry("2019-12-01", 2L)
			.containsEntry("2020-01-01", 1L)
			.containsEntry("2020-02-01", 0L)
			.containsEntry("2020-03-01", 3L);
		assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(8);
		assertThat(timeline.get("bins").get(0).get("end").asString()).isEqualTo("2018-06-30");
	}

	@Test
	void shouldBinWeeksFromMondayAcrossTheTurnOfTheYear() {
		Map<String, Long> counts = counts(ok("/api/timeline?bin=week&start=2019-12-01"));

		assertThat(counts.keySet())
			.allSatisfy((start) -> assertThat(LocalDate.parse(start).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
		assertThat(counts).containsEntry("2019-12-23", 1L)
			.containsEntry("2019-12-30", 2L)
			.containsEntry("2020-03-09", 2L)
			.containsEntry("2020-03-23", 1L);
		assertThat(counts.keySet()).startsWith("2019-12-23").endsWith("2020-03-23");
	}

	@Test
	void shouldCountDaysWithTheSameFiltersAsTheApi() {
		Map<String, Long> counts = counts(ok("/api/timeline?bin=day&bbox=" + IncidentApiContract.BAGHDAD
				+ "&start=2020-03-01&sub_event_type=" + IncidentApiContract.encode(IncidentFixtures.SHELLING)));

		assertThat(counts).hasSize(16);
		assertThat(counts).containsEntry("2020-03-11", 1L)
			.containsEntry("2020-03-12", 0L)
			.containsEntry("2020-03-14", 1L)
			.containsEntry("2020-03-26", 1L);
	}

	@Test
	void shouldBinByMonthByDefaultAndCountHistoricalIncidentsOnlyWhenAsked() {
		JsonNode timeline = ok("/api/timeline?include_historical=true");

		assertThat(timeline.get("bin").asString()).isEqualTo("month");
		assertThat(counts(timeline)).containsEntry("1979-11-01", 1L).containsEntry("2020-03-01", 3L);
	}

	@Test
	void shouldAnswerNoBinsWhenNothingMatches() {
		assertThat(ok("/api/timeline?bin=day&country=Yemen").get("bins")).isEmpty();
	}

	@Test
	void shouldRefuseAnUnknownBinOrFilter() {
		assertBadParameter(get("/api/timeline?bin=year"), "bin");
		assertBadParameter(get("/api/timeline?bin=day&bin=week"), "bin");
		assertBadParameter(get("/api/timeline?start=2020-13-01"), "start");
		assertBadParameter(get("/api/timeline?limit=10"), "limit");
	}

	@Test
	void shouldListThePlacesIncidentsUseWithTheirCounts() {
		JsonNode places = ok("/api/places");

		assertThat(places.get("type").asString()).isEqualTo("FeatureCollection");
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		for (JsonNode place : places.get("features")) {
			byId.put(place.get("properties").get("place_id").asString(), place);
		}
		assertThat(byId).containsOnlyKeys("iq-k1-air-base", "iq-us-embassy-baghdad", "iq-baghdad-airport",
				"iq-camp-taji", "iq-green-zone", "sy-albukamal", "iq-amerli");
		JsonNode taji = byId.get("iq-camp-taji");
		assertThat(taji.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(44.25);
		assertThat(taji.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(33.53);
		assertThat(taji.get("properties").get("incident_count").asLong()).isEqualTo(2);
		assertThat(taji.get("properties").get("place").asString()).isEqualTo("Camp Taji");
		assertThat(taji.get("properties").get("country").asString()).isEqualTo("Iraq");
		assertThat(taji.get("properties").get("admin1").asString()).isEqualTo("Baghdad");
	}

	@Test
	void shouldListOnlyThePlacesOfMatchingIncidents() {
		JsonNode places = ok("/api/places?include_historical=true&start=1979-01-01&end=1979-12-31");

		assertThat(places.get("features")).singleElement()
			.satisfies((place) -> assertThat(place.get("id").asString()).isEqualTo("ir-us-embassy-tehran"));
		assertBadParameter(get("/api/places?bbox=foo"), "bbox");
	}

	@Test
	void shouldListTheDocumentsWithHowManyIncidentsCiteThem() {
		JsonNode documents = ok("/api/documents").get("documents");

		assertThat(documents).singleElement().satisfies((document) -> {
			assertThat(document.get("name").asString()).isEqualTo("fixture.txt");
			assertThat(document.get("title").asString()).isEqualTo("Rockets, drones and a mob");
			assertThat(document.get("url").asString()).isEqualTo("https://example.org/escalation");
			assertThat(document.get("published").asString()).isEqualTo("2020-03-27");
			assertThat(document.get("published_basis").asString()).isEqualTo("metadata");
			assertThat(document.get("incident_count").asLong()).isEqualTo(9);
			assertThat(document.has("body")).isFalse();
		});
	}

	private static Map<String, Long> counts(JsonNode timeline) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (JsonNode bin : timeline.get("bins")) {
			counts.put(bin.get("start").asString(), bin.get("count").asLong());
		}
		return counts;
	}

}
