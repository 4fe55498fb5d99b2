package org.conflictdata.incidentmap.ogc;

import java.time.LocalDate;

import org.conflictdata.incidentmap.api.BadParameterException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DayRangeTests {

	private static final LocalDate MARCH_11 = LocalDate.of(2020, 3, 11);

	@Test
	void shouldReadADateOrDateTimeInstantAsItsUtcDay() {
		assertThat(DayRange.parse("2020-03-11")).isEqualTo(new DayRange(MARCH_11, MARCH_11));
		assertThat(DayRange.parse("2020-03-11T00:00:00Z")).isEqualTo(new DayRange(MARCH_11, MARCH_11));
		assertThat(DayRange.parse("2020-03-12T01:30:00+03:00")).isEqualTo(new DayRange(MARCH_11, MARCH_11));
	}

	@Test
	void shouldReadClosedAndHalfOpenIntervals() {
		LocalDate april = LocalDate.of(2020, 4, 1);
		assertThat(DayRange.parse("2020-03-11/2020-04-01")).isEqualTo(new DayRange(MARCH_11, april));
		assertThat(DayRange.parse("2020-03-11T10:00:00Z/..")).isEqualTo(new DayRange(MARCH_11, null));
		assertThat(DayRange.parse("2020-03-11/")).isEqualTo(new DayRange(MARCH_11, null));
		assertThat(DayRange.parse("../2020-04-01")).isEqualTo(new DayRange(null, april));
		assertThat(DayRange.parse("/2020-04-01")).isEqualTo(new DayRange(null, april));
	}

	@Test
	void shouldRejectMalformedOpenOrBackwardsValuesAsDatetimeErrors() {
		for (String bad : new String[] { "", "..", "../..", "/", "2020-3-11", "yesterday", "2020-04-01/2020-03-11",
				"2020-03-11/2020-03-12/2020-03-13", "2020-03-11T25:00:00Z" }) {
			assertThatExceptionOfType(BadParameterException.class).as(bad)
				.isThrownBy(() -> DayRange.parse(bad))
				.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("datetime"));
		}
	}

}
