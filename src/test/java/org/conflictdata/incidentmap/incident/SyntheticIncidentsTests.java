package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.extraction.DatePrecision;
import org.conflictdata.incidentmap.extraction.EventType;
import org.conflictdata.incidentmap.geocoding.Place;
import org.conflictdata.incidentmap.geocoding.PlaceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SyntheticIncidentsTests {

	private static final int SAMPLE = 5000;

	private final List<Incident> sample = generate(SyntheticPlaces.builtIn(), 42, SAMPLE);

	@Test
	void shouldGiveTheSameIncidentsForTheSameSeed() {
		List<Incident> again = generate(SyntheticPlaces.builtIn(), 42, 300);

		assertThat(again).isEqualTo(this.sample.subList(0, 300));
	}

	@Test
	void shouldGiveDifferentIncidentsForAnotherSeed() {
		List<Incident> other = generate(SyntheticPlaces.builtIn(), 43, 300);

		assertThat(other).isNotEqualTo(this.sample.subList(0, 300));
	}

	@Test
	void shouldUseOnlyAcledTypeAndSubTypePairs() {
		Set<EventType> seen = EnumSet.noneOf(EventType.class);
		for (Incident incident : this.sample) {
			EventType type = EventType.ofSubEventType(incident.subEventType());
			assertThat(type).as(incident.subEventType()).isNotNull();
			assertThat(incident.eventType()).isEqualTo(type.eventType());
			seen.add(type);
		}
		assertThat(seen).hasSizeGreaterThanOrEqualTo(12);
	}

	@Test
	void shouldDateEveryIncidentWithin2014To2024WithConsistentPrecision() {
		Set<String> precisions = new HashSet<>();
		for (Incident incident : this.sample) {
			assertThat(incident.date()).isAfterOrEqualTo(SyntheticIncidents.FIRST_DAY);
			assertThat(incident.dateEnd()).isBeforeOrEqualTo(SyntheticIncidents.LAST_DAY)
				.isAfterOrEqualTo(incident.date());
			DatePrecision precision = DatePrecision.valueOf(incident.datePrecision().toUpperCase());
			assertThat(incident.timePrecision()).isEqualTo(precision.timePrecision());
			if (precision == DatePrecision.DAY) {
				assertThat(incident.dateEnd()).isEqualTo(incident.date());
			}
			precisions.add(incident.datePrecision());
		}
		assertThat(precisions).containsExactlyInAnyOrder("day", "week", "month", "year");
		long dayPrecise = this.sample.stream().filter((i) -> i.datePrecision().equals("day")).count();
		assertThat(dayPrecise).isBetween(SAMPLE * 7L / 10, SAMPLE * 9L / 10);
	}

	@Test
	void shouldSpreadIncidentsOverEveryYearWithMoreInTheWarYears() {
		int[] perYear = new int[11];
		for (Incident incident : this.sample) {
			perYear[incident.date().getYear() - 2014]++;
		}
		assertThat(java.util.Arrays.stream(perYear).min().getAsInt()).isPositive();
		assertThat(perYear[1]).isGreaterThan(perYear[8]);
	}

	@Test
	void shouldPlaceEveryIncidentInTheRegionNearItsPlace() {
		for (Incident incident : this.sample) {
			assertThat(SyntheticPlaces.REGION.contains(incident.longitude(), incident.latitude())).isTrue();
			assertThat(incident.geoPrecision()).isBetween(1, 3);
			assertThat(incident.country()).isIn("Iraq", "Syria");
			assertThat(incident.placeId()).isNotBlank();
		}
		long exact = this.sample.stream().filter((i) -> i.geoPrecision() == 1).count();
		long regional = this.sample.stream().filter((i) -> i.geoPrecision() == 3).count();
		assertThat(exact).isGreaterThan(SAMPLE / 2);
		assertThat(regional).isPositive();
	}

	@Test
	void shouldGiveSkewedCasualtyFiguresWhoseRangesHoldTheValue() {
		List<Integer> killed = new ArrayList<>();
		for (Incident incident : this.sample) {
			for (Count count : new Count[] { incident.killed(), incident.wounded() }) {
				if (count != null) {
					assertThat(count.min()).isLessThanOrEqualTo(count.value()).isNotNegative();
					if (count.max() != null) {
						assertThat(count.max()).isGreaterThanOrEqualTo(count.value());
					}
				}
			}
			if (incident.killed() != null) {
				killed.add(incident.killed().value());
			}
		}
		assertThat(killed).hasSizeBetween(SAMPLE / 4, SAMPLE * 3 / 4);
		long small = killed.stream().filter((n) -> n <= 5).count();
		assertThat(small).isGreaterThan(killed.size() / 2);
		assertThat(killed.stream().mapToInt(Integer::intValue).max().orElse(0)).isGreaterThan(20)
			.isLessThanOrEqualTo(500);
	}

	@Test
	void shouldGiveOneToThreeSourcesWithQuotesAndExampleUrls() {
		for (Incident incident : this.sample) {
			assertThat(incident.sources()).hasSizeBetween(1, 3);
			assertThat(incident.grade()).isEqualTo((incident.sources().size() == 1) ? "single source"
					: "corroborated (" + incident.sources().size() + " sources)");
			for (Source source : incident.sources()) {
				assertThat(source.url()).startsWith("https://example.org/");
				assertThat(source.quote()).contains(incident.summary());
				assertThat(source.end() - source.start()).isEqualTo(source.quote().length());
				assertThat(source.documentId()).isNegative();
				assertThat(source.published()).isAfterOrEqualTo(incident.dateEnd());
			}
		}
	}

	@Test
	void shouldNameProtestersForProtestsAndArmedActorsForStrikes() {
		for (Incident incident : this.sample) {
			if (incident.eventType().equals("Protests")) {
				assertThat(incident.actors()).first().satisfies((a) -> assertThat(a.name()).isEqualTo("Protesters"));
			}
			if (incident.subEventType().equals("Air/drone strike") && !incident.actors().isEmpty()) {
				assertThat(incident.actors().get(0).name()).isNotEqualTo("Protesters");
			}
		}
	}

	@Test
	void shouldClusterAroundTheGivenPlacesOnly() {
		Place only = new Place("x-town", "Xtown", List.of(), PlaceKind.TOWN, "Iraq", "Anbar", 42.0, 33.0, "test");

		List<Incident> incidents = generate(List.of(only), 1, 500);

		assertThat(incidents).allSatisfy((incident) -> {
			assertThat(incident.placeId()).isEqualTo("x-town");
			assertThat(Math.abs(incident.longitude() - 42.0)).isLessThan(0.5);
			assertThat(Math.abs(incident.latitude() - 33.0)).isLessThan(0.5);
		});
	}

	@Test
	void shouldRejectPlacesWithoutAPointLikePlace() {
		Place country = new Place("iq", "Iraq", List.of(), PlaceKind.COUNTRY, "Iraq", null, 43.7, 33.0, "test");

		assertThatIllegalArgumentException().isThrownBy(() -> new SyntheticIncidents(List.of(country), 1))
			.withMessageContaining("point-like");
	}

	@Test
	void shouldKeepDatesOfWeekPrecisionInsideTheRangeAtItsEdges() {
		LocalDate first = SyntheticIncidents.FIRST_DAY;
		assertThat(this.sample).filteredOn((i) -> i.datePrecision().equals("week"))
			.allSatisfy((i) -> assertThat(i.dateEnd()).isBeforeOrEqualTo(i.date().plusDays(6)))
			.allSatisfy((i) -> assertThat(i.date()).isAfterOrEqualTo(first));
	}

	private static List<Incident> generate(List<Place> places, long seed, int count) {
		SyntheticIncidents generator = new SyntheticIncidents(places, seed);
		List<Incident> incidents = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			incidents.add(generator.next());
		}
		return incidents;
	}

}
