package org.conflictdata.incidentmap.ingest;

import java.time.LocalDate;
import java.util.List;

import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.extraction.EventType;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluationTests {

	// One degree of latitude on the 6371.0088 km sphere is 111.195 km.
	private static final double TEN_KM_OF_LATITUDE = 10 / 111.19508;

	private static final GoldIncident K1 = gold("k1", "2019-12-27", "2019-12-27", "2019-12-27", "day",
			EventType.SHELLING_ARTILLERY_MISSILE, "K-1 Air Base", 44.28, 35.51, true, new GoldIncident.Figure(1, 1));

	private static final GoldIncident TAJI = gold("taji", "2020-03-11", "2020-03-11", "2020-03-12", "day",
			EventType.SHELLING_ARTILLERY_MISSILE, "Camp Taji", 44.25, 33.52, true, null);

	private static final GoldIncident ALBUKAMAL = gold("albukamal", "2018-06-17", "2018-06-01", "2018-06-30", "month",
			EventType.AIR_DRONE_STRIKE, "Albukamal", 40.92, 34.45, true, null);

	private static final GoldIncident ABQAIQ = gold("abqaiq", "2019-09-14", "2019-09-01", "2019-09-30", "month",
			EventType.AIR_DRONE_STRIKE, "Abqaiq", 49.68, 25.94, false, null);

	private static final Gold GOLD = new Gold("test", List.of(K1, TAJI, ALBUKAMAL, ABQAIQ));

	@Test
	void shouldScoreRecallPrecisionDuplicatesDatesAndDistances() {
		Incident k1 = incident("2019-12-27", EventType.SHELLING_ARTILLERY_MISSILE, "K-1 Air Base", 1, 44.28, 35.51)
			.killed(Count.exactly(1))
			.build();
		Incident kirkuk = incident("2019-12-27", EventType.SHELLING_ARTILLERY_MISSILE, "Kirkuk", 1, 44.392, 35.468)
			.build();
		Incident tajiDayLate = incident("2020-03-12", EventType.SHELLING_ARTILLERY_MISSILE, "Camp Taji", 1, 44.25,
				33.52 + TEN_KM_OF_LATITUDE)
			.build();
		Incident greenZone = incident("2020-03-26", EventType.SHELLING_ARTILLERY_MISSILE, "Green Zone", 1, 44.39, 33.30)
			.build();
		Incident benghazi = incident("2012-09-11", EventType.ARMED_CLASH, "Benghazi", 2, 20.07, 32.12).historical()
			.build();
		Incident abqaiq = incident("2019-09-14", EventType.AIR_DRONE_STRIKE, "Abqaiq", 1, 49.68,
				25.94 + 3 * TEN_KM_OF_LATITUDE)
			.build();

		EvaluationReport report = Evaluation.evaluate(List.of(kirkuk, greenZone, k1, benghazi, tajiDayLate, abqaiq),
				GOLD);

		assertThat(report.required()).isEqualTo(3);
		assertThat(report.requiredFound()).isEqualTo(2);
		assertThat(report.recall()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(report.produced()).isEqualTo(5);
		assertThat(report.precision()).isCloseTo(4.0 / 5, within(1e-9));
		assertThat(report.duplicateCount()).isEqualTo(1);
		assertThat(report.duplicates().get(0).produced()).isSameAs(kirkuk);
		assertThat(report.duplicates().get(0).gold()).isSameAs(K1);
		assertThat(report.falsePositives()).containsExactly(greenZone);
		assertThat(report.misses()).containsExactly(ALBUKAMAL);
		assertThat(report.optionalMissed()).isEmpty();
		assertThat(report.dateAccuracy()).isCloseTo(0.5, within(1e-9));
		assertThat(report.medianLocationErrorKm()).isCloseTo(10.0, within(0.01));
		assertThat(report.killedAgreement()).isCloseTo(1.0, within(1e-9));
		assertThat(report.toString()).contains("MISS", "albukamal", "duplicate", "false-pos", "2/3 = 67%");
	}

	@Test
	void shouldMatchTheCloserOfTwoCandidatesAndCallTheOtherADuplicate() {
		Incident near = incident("2019-12-27", EventType.SHELLING_ARTILLERY_MISSILE, "K-1", 1, 44.28,
				35.51 + TEN_KM_OF_LATITUDE)
			.build();
		Incident exact = incident("2019-12-27", EventType.SHELLING_ARTILLERY_MISSILE, "K-1", 1, 44.28, 35.51).build();

		EvaluationReport report = Evaluation.evaluate(List.of(near, exact), new Gold("k1", List.of(K1)));

		assertThat(report.matches()).singleElement().satisfies((m) -> assertThat(m.produced()).isSameAs(exact));
		assertThat(report.duplicates()).singleElement().satisfies((m) -> assertThat(m.produced()).isSameAs(near));
		assertThat(report.precision()).isEqualTo(1.0);
	}

	@Test
	void shouldCountAHistoricalResultForRecallButNotForPrecision() {
		Incident historical = incident("2018-06-17", EventType.AIR_DRONE_STRIKE, "Albukamal", 1, 40.92, 34.45)
			.historical()
			.build();

		EvaluationReport report = Evaluation.evaluate(List.of(historical), new Gold("one", List.of(ALBUKAMAL)));

		assertThat(report.recall()).isEqualTo(1.0);
		assertThat(report.produced()).isZero();
		assertThat(report.precision()).isEqualTo(1.0);
		assertThat(report.dateAccuracy()).isNaN();
	}

	@Test
	void shouldAcceptACountryLevelResultNamingTheGoldCountryAndATransliteratedName() {
		Incident iraq = incident("2019-12-27", EventType.SHELLING_ARTILLERY_MISSILE, "Iraq", 3, 43.68, 33.22).build();
		Incident qaem = incident("2019-12-29", EventType.AIR_DRONE_STRIKE, "al-Qaem", 2, 41.5, 33.9).build();
		GoldIncident alQaim = new GoldIncident("qaim", LocalDate.parse("2019-12-29"), LocalDate.parse("2019-12-29"),
				LocalDate.parse("2019-12-30"), "day", "Air/drone strike", List.of(), "Al-Qa'im", List.of("al Qaem"),
				"Iraq", "Anbar", 41.09, 34.37, "test", 50, null, null, List.of(), true, "");

		assertThat(K1.matches(iraq)).isTrue();
		assertThat(K1.distanceKm(iraq)).isGreaterThan(250);
		assertThat(alQaim.matches(qaem)).isTrue();
	}

	@Test
	void shouldNotMatchAnotherFamilyOrADateOutsideTheRange() {
		Incident protest = incident("2019-12-27", EventType.PEACEFUL_PROTEST, "K-1 Air Base", 1, 44.28, 35.51).build();
		Incident dayLate = incident("2019-12-28", EventType.SHELLING_ARTILLERY_MISSILE, "K-1 Air Base", 1, 44.28, 35.51)
			.build();
		Incident airStrike = incident("2019-12-27", EventType.AIR_DRONE_STRIKE, "K-1 Air Base", 1, 44.28, 35.51)
			.build();

		assertThat(K1.matches(protest)).isFalse();
		assertThat(K1.matches(dayLate)).isFalse();
		assertThat(K1.matches(airStrike)).as("same ACLED event type family").isTrue();
	}

	private static GoldIncident gold(String id, String date, String from, String to, String precision, EventType type,
			String place, double lon, double lat, boolean required, GoldIncident.Figure killed) {
		return new GoldIncident(id, LocalDate.parse(date), LocalDate.parse(from), LocalDate.parse(to), precision,
				type.subEventType(), List.of(), place, List.of(), (lon > 45) ? "Saudi Arabia" : "Iraq", null, lon, lat,
				"test", GoldIncident.DEFAULT_MAX_DISTANCE_KM, killed, null, List.of("doc.txt"), required, "");
	}

	private static Builder incident(String day, EventType type, String place, int geoPrecision, double lon,
			double lat) {
		return new Builder(LocalDate.parse(day), type, place, geoPrecision, lon, lat);
	}

	private static final class Builder {

		private final LocalDate day;

		private final EventType type;

		private final String place;

		private final int geoPrecision;

		private final double lon;

		private final double lat;

		private Count killed;

		private boolean historical;

		Builder(LocalDate day, EventType type, String place, int geoPrecision, double lon, double lat) {
			this.day = day;
			this.type = type;
			this.place = place;
			this.geoPrecision = geoPrecision;
			this.lon = lon;
			this.lat = lat;
		}

		Builder killed(Count count) {
			this.killed = count;
			return this;
		}

		Builder historical() {
			this.historical = true;
			return this;
		}

		Incident build() {
			Source source = new Source(1, "doc.txt", null, null, null, "A sentence.", 0, 11);
			return new Incident(null, this.day, this.day, "day", 1, this.type.eventType(), this.type.subEventType(),
					this.place, this.place.toLowerCase(), this.geoPrecision, "exact place", "Iraq", null, this.lon,
					this.lat, List.of(), this.killed, null, null, this.type.subEventType() + " at " + this.place,
					"single source", this.historical, null, List.of(source));
		}

	}

}
