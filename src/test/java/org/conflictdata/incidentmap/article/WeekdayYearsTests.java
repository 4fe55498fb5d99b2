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

	private static LocalDate dated(String body, LocalDate hint) {
		return PublicationDates.infer(LEAD + body, TODAY, hint).map(PublicationDates.Inferred::date).orElse(null);
	}

	@Test
	void shouldTakeTheYearFromWeekdaysThatContradictAHistoryYear() {
		// 14 November and 28 September were a Monday and a Wednesday in 2022, not 2018.
		assertThat(dated(
				"Iran fired missiles early on Monday, November 14, at the camps. The previous round came on "
						+ "Wednesday, September 28. In September 2018, missiles killed 16 people at the same compound.",
				null))
			.isEqualTo(LocalDate.of(2022, 11, 14));
		assertThat(dated("Militants have attacked the town since March 2019. On Saturday, 12 June, gunmen killed four.",
				null))
			.isEqualTo(LocalDate.of(2021, 6, 12));
		assertThat(dated("After the floods of February 2012, the road was cut. On Tuesday, 9 August, a bomb hit it; "
				+ "on Monday, 3 October, another.", null))
			.isEqualTo(LocalDate.of(2016, 10, 3));
		assertThat(dated("Since the 2019 protests, and the crackdown of October 2019, the square was quiet until "
				+ "police fired on marchers on Monday, October 3.", null))
			.isEqualTo(LocalDate.of(2022, 10, 3));
		assertThat(dated("The movement dates from November 2019. Its supporters rallied on Sunday, 30 May.", null))
			.isEqualTo(LocalDate.of(2021, 5, 30));
	}

	@Test
	void shouldTakeTheEarliestFittingYearFromTheNamedOneOrTheOneNearestAHint() {
		String body = "Unlike the siege of May 2015, the raid on Sunday, April 2, was brief; the next came on "
				+ "Saturday, December 2.";
		assertThat(dated(body, null)).isEqualTo(LocalDate.of(2017, 12, 2));
		assertThat(dated(body, LocalDate.of(2023, 6, 1))).isEqualTo(LocalDate.of(2023, 12, 2));
		assertThat(PublicationDates.infer(LEAD + body, TODAY, null).get().basis()).contains(WeekdayYears.BASIS)
			.contains("2015");
	}

	@Test
	void shouldOverruleAFullDateOnlyWithTwoWrongWeekdays() {
		// One wrong weekday next to a full date is a slip: 5 March 2020 was a Thursday.
		assertThat(dated("The deal was signed on March 3, 2020. On Monday, 5 March, the militia broke it.", null))
			.isEqualTo(LocalDate.of(2020, 3, 5));
		// Two that fit 2015 and not 2013 are not.
		assertThat(dated("The deal was signed on March 3, 2013. On Thursday, 5 March, the militia broke it, and on "
				+ "Sunday, 8 March, it shelled the town.", null))
			.isEqualTo(LocalDate.of(2015, 3, 8));
	}

	@Test
	void shouldKeepTheYearWhenTheWeekdaysFitIt() {
		assertThat(dated("In June 2021 the truce ended. On Saturday, 12 June, gunmen killed four.", null))
			.isEqualTo(LocalDate.of(2021, 6, 12));
		// 17 January 2020, after the October 2019 protests, was a Friday.
		assertThat(dated("The protests of October 2019 faded. On Friday, Jan. 17, a rocket hit the base.", null))
			.isEqualTo(LocalDate.of(2020, 1, 17));
		assertThat(dated("In August 2016 the army returned. On Thursday, 21 July, a mine killed two.", null))
			.isEqualTo(LocalDate.of(2016, 7, 21));
		assertThat(dated(
				"On Wednesday, November 20, and Sunday, September 15, militias clashed. In March 2019 it began.", null))
			.isEqualTo(LocalDate.of(2019, 11, 20));
	}

	@Test
	void shouldKeepAFullDatelineOrDateLineOverAWrongWeekday() {
		assertThat(PublicationDates
			.infer("BAGHDAD, March 3, 2020 - A rocket hit the base on Monday, 5 March, officials said.", TODAY, null))
			.map(PublicationDates.Inferred::date)
			.contains(LocalDate.of(2020, 3, 3));
		assertThat(PublicationDates.infer("Published: 3 January 2020\n\nOn Monday, 2 January, and Sunday, 1 "
				+ "January, gunmen attacked the checkpoint.", TODAY, null))
			.map(PublicationDates.Inferred::date)
			.contains(LocalDate.of(2020, 1, 3));
	}

	@Test
	void shouldKeepTheYearWhenNoLaterYearFitsTheWeekdays() {
		// 9 August 2026 is a Sunday, and no year from 2026 to today has it a Tuesday.
		assertThat(dated("In March 2026 the talks broke down. On Tuesday, 9 August, a drone hit the convoy.", null))
			.isEqualTo(LocalDate.of(2026, 8, 9));
	}

}
