package org.conflictdata.incidentmap.api;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Timeline bins: ISO weeks start on Monday even across a year's end, months on the 1st.
 */
class TimelineBinTests {

	@Test
	void shouldStartAWeekOnTheMondayOnOrBeforeTheDay() {
		assertThat(TimelineBin.WEEK.startOf(LocalDate.of(2020, 1, 3))).isEqualTo(LocalDate.of(2019, 12, 30));
		assertThat(TimelineBin.WEEK.startOf(LocalDate.of(2019, 12, 30))).isEqualTo(LocalDate.of(2019, 12, 30));
		assertThat(TimelineBin.WEEK.startOf(LocalDate.of(2020, 3, 15))).isEqualTo(LocalDate.of(2020, 3, 9));
	}

	@Test
	void shouldStepMonthsThroughShortAndLeapMonths() {
		assertThat(TimelineBin.MONTH.startOf(LocalDate.of(2020, 2, 29))).isEqualTo(LocalDate.of(2020, 2, 1));
		assertThat(TimelineBin.MONTH.next(LocalDate.of(2020, 1, 1))).isEqualTo(LocalDate.of(2020, 2, 1));
		assertThat(TimelineBin.DAY.next(LocalDate.of(2020, 2, 28))).isEqualTo(LocalDate.of(2020, 2, 29));
	}

	@Test
	void shouldParseTheNamesAndDefaultToMonth() {
		assertThat(TimelineBin.parse("Week")).isEqualTo(TimelineBin.WEEK);
		assertThat(TimelineBin.parse(null)).isEqualTo(TimelineBin.MONTH);
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> TimelineBin.parse("year"))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("bin"));
	}

}
