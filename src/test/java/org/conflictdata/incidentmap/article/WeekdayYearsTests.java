package org.conflictdata.incidentmap.article;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text without a year, dated by the weekdays it gives with its days.
 */
class WeekdayYearsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static final String LEAD = "Headline\n\nTroops fired on the crowd at the bridge, witnesses said, and "
			+ "dozens were hurt in the shooting that followed.\n\n";

	@Test
	void shouldTakeTheMostRecentYearTheWeekdayFitsWithoutAHint() {
		// 29 November fell on a Friday in 2024 and 2019 (and 2013).
		assertThat(PublicationDates.infer(LEAD + "On Friday, 29 November, the cleric spoke.", TODAY, null))
			.map(PublicationDates.Inferred::date)
			.contains(LocalDate.of(2024, 11, 29));
	}

	@Test
	void shouldPreferTheYearNearestAHintAndSaySo() {
		var inferred = PublicationDates.infer(LEAD + "On Friday, 29 November, the cleric spoke.", TODAY,
				LocalDate.of(2020, 1, 4));
		assertThat(inferred).map(PublicationDates.Inferred::date).contains(LocalDate.of(2019, 11, 29));
		assertThat(inferred.get().basis()).contains("2024").contains("2019").contains("nearest");
	}

	@Test
	void shouldReadTheWeekdayInOtherWordOrders() {
		assertThat(PublicationDates.infer(LEAD + "It happened on Tuesday, Dec. 31, outside the embassy.", TODAY, null))
			.map(PublicationDates.Inferred::date)
			.contains(LocalDate.of(2024, 12, 31));
		assertThat(PublicationDates.infer(LEAD + "Talks began on Monday the 3rd of February.", TODAY, null))
			.map(PublicationDates.Inferred::date)
			.contains(LocalDate.of(2025, 2, 3));
	}

	@Test
	void shouldDateYearlessDaysNearTheWeekdayDate() {
		assertThat(PublicationDates.infer(
				LEAD + "Offices burned on 25 October. On Friday, 29 November, the cleric " + "spoke.", TODAY,
				LocalDate.of(2020, 1, 4)))
			.map(PublicationDates.Inferred::date)
			.contains(LocalDate.of(2019, 11, 29));
	}

	@Test
	void shouldRequireEveryWeekdayToFit() {
		// Friday 29 November alone fits 2024, 2019 and 2013; with Tuesday 1 January only
		// 2019 and 2013.
		assertThat(PublicationDates.infer(
				LEAD + "On Tuesday, 1 January, a bomb went off; on Friday, 29 November, " + "he spoke.", TODAY, null))
			.map(PublicationDates.Inferred::date)
			.contains(LocalDate.of(2019, 11, 29));
	}

	@Test
	void shouldInferNothingFromWeekdaysThatFitNoYearOrFromNoWeekday() {
		assertThat(PublicationDates.infer(LEAD + "On Friday, 31 February, he spoke.", TODAY, null)).isEmpty();
		assertThat(PublicationDates.infer(LEAD + "On 29 November the cleric spoke.", TODAY, null)).isEmpty();
		assertThat(PublicationDates.infer(LEAD + "On Friday the cleric spoke.", TODAY, null)).isEmpty();
	}

	@Test
	void shouldNotPutTheDateAfterToday() {
		// 29 November 2030 is a Friday, but after the reference day.
		assertThat(PublicationDates.infer(LEAD + "On Friday, 29 November, he spoke.", LocalDate.of(2025, 1, 1), null))
			.map(PublicationDates.Inferred::date)
			.contains(LocalDate.of(2024, 11, 29));
	}

}
