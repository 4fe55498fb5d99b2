package org.conflictdata.incidentmap.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.conflictdata.incidentmap.incident.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of {@code /api/incidents/grid}: counts and killed per cell and time
 * bin that add up to what {@code /api/incidents} matches with the same filters, cells
 * aligned to multiples of the width from 0°,0° (negative coordinates and edges included),
 * Monday weeks across a year's end and before 1970, region-level incidents counted in
 * their point's cell and flagged, and a 400 problem+json for every bad parameter. Run on
 * both stores by the subclasses.
 */
abstract class GridApiContract extends ApiTestSupport {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "cell=0.5", "cell=0.01&bin=day&include_historical=true",
					"cell=10&bin=year&bbox=" + IncidentApiContract.BAGHDAD, "cell=0.25&bin=week&start=2019-12-01",
					"cell=1&sub_event_type=Shelling%2Fartillery%2Fmissile%20attack", "cell=3&min_killed=1&country=Iraq",
					"cell=0.1&start=2030-01-01" })
	void shouldAddUpToWhatTheIncidentsApiMatches(String query) {
		JsonNode grid = ok("/api/incidents/grid?" + query);
		String filters = query.replaceAll("cell=[0-9.]+&?", "").replaceAll("bin=[a-z]+&?", "");
		JsonNode incidents = ok("/api/incidents?limit=10000&" + filters);

		long killed = 0;
		for (JsonNode feature : incidents.get("features")) {
			JsonNode figure = feature.get("properties").get("killed");
			killed += figure.isNull() ? 0 : figure.get("value").asLong();
		}
		assertThat(sum(grid.get("count"))).isEqualTo(incidents.get("numberMatched").asLong());
		assertThat(grid.get("numberMatched").asLong()).isEqualTo(incidents.get("numberMatched").asLong());
		assertThat(sum(grid.get("killed"))).isEqualTo(killed);
		for (String column : IncidentGridController.COLUMNS) {
			assertThat(grid.get(column).size()).as(column).isEqualTo(grid.get("numberReturned").asInt());
		}
	}

	@Test
	void shouldCountPerWholeDegreeCellAndYear() {
		HttpResponse<String> response = get("/api/incidents/grid?cell=1&bin=year");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode grid = JSON.readTree(response.body());
		assertThat(grid.get("cell").decimalValue()).isEqualByComparingTo("1");
		assertThat(grid.get("bin").asString()).isEqualTo("year");
		assertThat(grid.get("numberReturned").asInt()).isEqualTo(5);
		// 2018 Albukamal; 2019 the Green Zone, Amerli and K-1, south to north; 2020 all
		// four in Baghdad's cell.
		assertThat(decimals(grid.get("lon"))).containsExactly("40.5", "44.5", "44.5", "44.5", "44.5");
		assertThat(decimals(grid.get("lat"))).containsExactly("34.5", "33.5", "34.5", "35.5", "33.5");
		assertThat(days(grid.get("day"))).containsExactly(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1),
				LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1));
		assertThat(longs(grid.get("count"))).containsExactly(1L, 1L, 1L, 1L, 4L);
		assertThat(longs(grid.get("killed"))).containsExactly(22L, 0L, 0L, 1L, 13L);
		assertThat(longs(grid.get("regional"))).containsOnly(0L);
	}

	@Test
	void shouldPutEveryIncidentInTheCellItsRoundedPointLiesIn() {
		JsonNode incidents = ok("/api/incidents?include_historical=true");
		BigDecimal cell = new BigDecimal("0.25");
		Map<String, Long> expected = new TreeMap<>();
		for (JsonNode feature : incidents.get("features")) {
			JsonNode point = feature.get("geometry").get("coordinates");
			LocalDate date = LocalDate.parse(feature.get("properties").get("date").asString());
			expected.merge(centre(point.get(0).decimalValue(), cell) + " " + centre(point.get(1).decimalValue(), cell)
					+ " " + date.withDayOfMonth(1), 1L, Long::sum);
		}

		JsonNode grid = ok("/api/incidents/grid?cell=0.25&include_historical=true");

		Map<String, Long> actual = new TreeMap<>();
		for (int i = 0; i < grid.get("numberReturned").asInt(); i++) {
			actual.put(grid.get("lon").get(i).decimalValue().stripTrailingZeros().toPlainString() + " "
					+ grid.get("lat").get(i).decimalValue().stripTrailingZeros().toPlainString() + " "
					+ LocalDate.ofEpochDay(grid.get("day").get(i).asLong()), grid.get("count").get(i).asLong());
		}
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void shouldAlignCellsFromZeroOnBothSidesAndPutEdgesEastAndNorth() {
		Incident k1 = this.fixtures.get("k1");
		this.store.insert(PointsApiContract.copy(k1, 1, -0.3, -33.7, "xx-southwest"));
		this.store.insert(PointsApiContract.copy(k1, 1, 44.3, 33.3, "iq-edge"));

		JsonNode southwest = ok("/api/incidents/grid?cell=0.5&place_id=xx-southwest");
		JsonNode edge = ok("/api/incidents/grid?cell=0.1&place_id=iq-edge");

		assertThat(decimals(southwest.get("lon"))).containsExactly("-0.25");
		assertThat(decimals(southwest.get("lat"))).containsExactly("-33.75");
		assertThat(decimals(edge.get("lon"))).containsExactly("44.35");
		assertThat(decimals(edge.get("lat"))).containsExactly("33.35");
	}

	@Test
	void shouldBinByDayWeekAndMonthWithWeeksStartingOnMonday() {
		JsonNode days = ok("/api/incidents/grid?cell=10&bin=day&start=2020-03-01");
		JsonNode weeks = ok("/api/incidents/grid?cell=10&bin=week&start=2019-12-01");
		JsonNode months = ok("/api/incidents/grid?cell=10");

		assertThat(days(days.get("day"))).containsExactly(LocalDate.of(2020, 3, 11), LocalDate.of(2020, 3, 14),
				LocalDate.of(2020, 3, 26));
		assertThat(decimals(days.get("lon"))).containsOnly("45");
		assertThat(decimals(days.get("lat"))).containsOnly("35");
		// Friday 27 December; Tuesday 31 December with Friday 3 January; the Taji
		// Wednesday and Saturday; Thursday 26 March.
		assertThat(days(weeks.get("day"))).containsExactly(LocalDate.of(2019, 12, 23), LocalDate.of(2019, 12, 30),
				LocalDate.of(2020, 3, 9), LocalDate.of(2020, 3, 23));
		assertThat(longs(weeks.get("count"))).containsExactly(1L, 2L, 2L, 1L);
		assertThat(days(months.get("day"))).containsExactly(LocalDate.of(2018, 6, 1), LocalDate.of(2019, 7, 1),
				LocalDate.of(2019, 12, 1), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 1));
		assertThat(longs(months.get("count"))).containsExactly(1L, 1L, 2L, 1L, 3L);
		assertThat(months.get("bin").asString()).isEqualTo("month");
	}

	@Test
	void shouldStartWeeksOnMondayBefore1970() {
		Incident k1 = this.fixtures.get("k1");
		for (LocalDate day = LocalDate.of(1967, 6, 4); day.isBefore(LocalDate.of(1967, 6, 13)); day = day.plusDays(1)) {
			this.store.insert(dated(k1, day));
		}

		JsonNode weeks = ok("/api/incidents/grid?cell=10&bin=week&end=1969-12-31");
		JsonNode months = ok("/api/incidents/grid?cell=10&bin=month&end=1969-12-31");

		// Sunday 4 June, Monday 5 to Sunday 11, Monday 12.
		assertThat(days(weeks.get("day"))).containsExactly(LocalDate.of(1967, 5, 29), LocalDate.of(1967, 6, 5),
				LocalDate.of(1967, 6, 12));
		assertThat(days(weeks.get("day"))).allMatch((day) -> day.getDayOfWeek() == DayOfWeek.MONDAY);
		assertThat(longs(weeks.get("count"))).containsExactly(1L, 7L, 1L);
		assertThat(days(months.get("day"))).containsExactly(LocalDate.of(1967, 6, 1));
		assertThat(longs(months.get("count"))).containsExactly(9L);
	}

	@Test
	void shouldBinMonthsAndYearsByTheirFirstDayAcrossTheEpochAndALeapDay() {
		Incident k1 = this.fixtures.get("k1");
		for (LocalDate day : List.of(LocalDate.of(1968, 2, 29), LocalDate.of(1969, 12, 1), LocalDate.of(1969, 12, 31),
				LocalDate.of(1970, 1, 1))) {
			this.store.insert(dated(k1, day));
		}

		JsonNode months = ok("/api/incidents/grid?cell=10&bin=month&end=1970-01-01");
		JsonNode years = ok("/api/incidents/grid?cell=10&bin=year&end=1970-01-01");

		assertThat(days(months.get("day"))).containsExactly(LocalDate.of(1968, 2, 1), LocalDate.of(1969, 12, 1),
				LocalDate.of(1970, 1, 1));
		assertThat(longs(months.get("count"))).containsExactly(1L, 2L, 1L);
		assertThat(days(years.get("day"))).containsExactly(LocalDate.of(1968, 1, 1), LocalDate.of(1969, 1, 1),
				LocalDate.of(1970, 1, 1));
		assertThat(longs(years.get("count"))).containsExactly(1L, 2L, 1L);
	}

	@Test
	void shouldCountRegionLevelIncidentsInTheirPointsCellAndFlagThem() {
		Incident k1 = this.fixtures.get("k1");
		this.store.insert(PointsApiContract.copy(k1, 3, 44.4, 35.6, "iq-kirkuk-province"));

		JsonNode grid = ok("/api/incidents/grid?cell=1&bin=year&start=2019-12-27&end=2019-12-27");

		assertThat(decimals(grid.get("lon"))).containsExactly("44.5");
		assertThat(decimals(grid.get("lat"))).containsExactly("35.5");
		assertThat(longs(grid.get("count"))).containsExactly(2L);
		assertThat(longs(grid.get("regional"))).containsExactly(1L);
		assertThat(longs(grid.get("killed"))).containsExactly(2L);
	}

	@Test
	void shouldAnswerNoCellsWhenNothingMatches() {
		JsonNode grid = ok("/api/incidents/grid?cell=0.5&start=2030-01-01");

		assertThat(grid.get("numberReturned").asInt()).isZero();
		assertThat(grid.get("numberMatched").asInt()).isZero();
		for (String column : IncidentGridController.COLUMNS) {
			assertThat(grid.get(column).isArray()).as(column).isTrue();
			assertThat(grid.get(column).size()).as(column).isZero();
		}
	}

	@Test
	void shouldRejectBadParametersWithAProblem() {
		assertBadParameter(get("/api/incidents/grid"), "cell");
		assertBadParameter(get("/api/incidents/grid?cell="), "cell");
		assertBadParameter(get("/api/incidents/grid?cell=0"), "cell");
		assertBadParameter(get("/api/incidents/grid?cell=-1"), "cell");
		assertBadParameter(get("/api/incidents/grid?cell=0.009"), "cell");
		assertBadParameter(get("/api/incidents/grid?cell=10.5"), "cell");
		assertBadParameter(get("/api/incidents/grid?cell=NaN"), "cell");
		assertBadParameter(get("/api/incidents/grid?cell=half"), "cell");
		assertBadParameter(get("/api/incidents/grid?cell=1&cell=2"), "cell");
		assertBadParameter(get("/api/incidents/grid?cell=1&bin=hour"), "bin");
		assertBadParameter(get("/api/incidents/grid?cell=1&bin=day&bin=week"), "bin");
		assertBadParameter(get("/api/incidents/grid?cell=1&limit=10"), "limit");
		assertBadParameter(get("/api/incidents/grid?cell=1&bbox=1,2,3"), "bbox");
		assertBadParameter(get("/api/incidents/grid?cell=1&end=2020-02-30"), "end");
		assertBadParameter(get("/api/incidents/grid?cell=1&min_killed=x"), "min_killed");
	}

	@Test
	void shouldAcceptTheSmallestAndLargestCells() {
		assertThat(ok("/api/incidents/grid?cell=0.01").get("numberMatched").asInt()).isEqualTo(8);
		assertThat(ok("/api/incidents/grid?cell=10&bin=YEAR").get("numberReturned").asInt()).isEqualTo(3);
	}

	private static Incident dated(Incident i, LocalDate day) {
		return new Incident(null, day, day, i.datePrecision(), i.timePrecision(), i.eventType(), i.subEventType(),
				i.place(), i.placeId(), i.geoPrecision(), i.locationPrecision(), i.country(), i.admin1(), i.longitude(),
				i.latitude(), i.actors(), i.killed(), i.wounded(), i.weapon(), i.summary(), i.grade(), false,
				i.explanation(), i.sources());
	}

	/** The centre of the cell holding {@code value}, worked out in decimal. */
	private static String centre(BigDecimal value, BigDecimal cell) {
		BigDecimal index = value.divide(cell, 0, RoundingMode.FLOOR);
		return index.add(new BigDecimal("0.5")).multiply(cell).stripTrailingZeros().toPlainString();
	}

	private static long sum(JsonNode array) {
		long sum = 0;
		for (JsonNode value : array) {
			sum += value.asLong();
		}
		return sum;
	}

	private static List<Long> longs(JsonNode array) {
		return PointsApiContract.longs(array);
	}

	private static List<String> decimals(JsonNode array) {
		List<String> values = new ArrayList<>();
		for (JsonNode value : array) {
			values.add(value.decimalValue().stripTrailingZeros().toPlainString());
		}
		return values;
	}

	private static List<LocalDate> days(JsonNode array) {
		List<LocalDate> values = new ArrayList<>();
		for (JsonNode value : array) {
			values.add(LocalDate.ofEpochDay(value.asLong()));
		}
		return values;
	}

}
