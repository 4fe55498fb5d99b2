package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.conflictdata.incidentmap.extraction.DateResolver.DateMention;

import static org.assertj.core.api.Assertions.assertThat;

class DateResolverTests {

	private static final LocalDate JAN_3_2020 = LocalDate.of(2020, 1, 3);

	private static final LocalDate DEC_31_2019 = LocalDate.of(2019, 12, 31);

	private static EventDate only(String sentence, LocalDate published) {
		return only(sentence, published, null);
	}

	private static EventDate only(String sentence, LocalDate published, EventDate anchor) {
		List<DateMention> found = DateResolver.find(sentence, published, anchor);
		assertThat(found).as("dates in '%s'", sentence).hasSize(1);
		return found.get(0).date();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The Dec. 29 strike by the U.S. was the limited response.       | 2019-12-29
			On Friday, December 27th Croft's warning came to fruition.      | 2019-12-27
			On November 8th, 17 Katyusha rockets were fired at a base.      | 2019-11-08
			Attacks began on July 19 when a drone dropped explosives.       | 2019-07-19
			At a press briefing January 2nd, the general spoke.             | 2020-01-02
			Rockets hit the base on the 5th of March.                       | 2019-03-05
			Rockets hit the base on 3 March 2020.                           | 2020-03-03
			Rockets hit the base on Mar 3.                                  | 2019-03-03
			Rockets hit the base on 2020-01-02, officials said.             | 2020-01-02
			The strike on Dec 30, 2019 was heavy.                           | 2019-12-30
			""")
	void shouldResolveAbsoluteDaysTakingTheLatestYearOnOrBeforePublication(String sentence, LocalDate day) {
		EventDate date = only(sentence, JAN_3_2020);
		assertThat(date.start()).isEqualTo(day);
		assertThat(date.end()).isEqualTo(day);
		assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
	}

	@Test
	void shouldExplainHowAYearlessDateGotItsYear() {
		EventDate date = only("The Dec. 29 strike was limited.", JAN_3_2020);
		assertThat(date.expression()).isEqualTo("Dec. 29");
		assertThat(date.explanation()).contains("no year", "2020-01-03", "2019-12-29");
	}

	@Test
	void shouldKeepTheExplicitDateWhenTheStatedWeekdayDisagrees() {
		EventDate date = only("But on December 27, a Sunday, a salvo of rockets struck the K-1 airbase.", JAN_3_2020);
		assertThat(date.start()).isEqualTo(LocalDate.of(2019, 12, 27));
		assertThat(date.explanation()).contains("calls it Sunday", "was a Friday");
	}

	@Test
	void shouldNotNoteAgreementBetweenDateAndWeekday() {
		EventDate date = only("A drone struck Sunday, August 25th a convoy.", JAN_3_2020);
		assertThat(date.start()).isEqualTo(LocalDate.of(2019, 8, 25));
		assertThat(date.explanation()).doesNotContain("calls it");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			In June 2018, an airstrike hit a headquarters.          | 2018-06-01 | 2018-06-30 | MONTH
			a drone penetrated the airspace in February 2018.       | 2018-02-01 | 2018-02-28 | MONTH
			Considering events since July of 2019, it was clear.    | 2019-07-01 | 2019-07-31 | MONTH
			In mid-March, officials accused a militia.              | 2019-03-11 | 2019-03-20 | MONTH
			Iraqis took to the streets in late 2019.                | 2019-09-01 | 2019-12-31 | YEAR
			The last weekend of 2019 saw Iraq pushed to war.        | 2019-12-27 | 2019-12-29 | WEEK
			This is the 1979 hostage situation again.               | 1979-01-01 | 1979-12-31 | YEAR
			The deadly 2012 attack on the consulate.                | 2012-01-01 | 2012-12-31 | YEAR
			Israel is mentioned in the June-October 2019 edition.  | 2019-06-01 | 2019-10-31 | MONTH
			""")
	void shouldKeepImpreciseDatesAsRanges(String sentence, LocalDate start, LocalDate end, DatePrecision precision) {
		EventDate date = only(sentence, JAN_3_2020);
		assertThat(date.start()).isEqualTo(start);
		assertThat(date.end()).isEqualTo(end);
		assertThat(date.precision()).isEqualTo(precision);
	}

	@Test
	void shouldResolveBareMonthsInAListToTheLatestSuchMonths() {
		List<DateMention> found = DateResolver.find("four airstrikes hit depots in July and August.", DEC_31_2019,
				null);
		assertThat(found).extracting((d) -> d.date().start())
			.containsExactly(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 8, 1));
	}

	@Test
	void shouldResolveLastFridayToTheFridayBeforePublication() {
		EventDate date = only("The militia attacked a military base in Kirkuk last Friday.", DEC_31_2019);
		assertThat(date.start()).isEqualTo(LocalDate.of(2019, 12, 27));
		assertThat(date.explanation()).isEqualTo("'last Friday' relative to publication 2019-12-31 → 2019-12-27");
	}

	@Test
	void shouldResolveABareWeekdayToTheLatestSuchDayOnOrBeforePublication() {
		assertThat(only("the attack on the U.S. embassy in Baghdad Tuesday looks like a win", DEC_31_2019).start())
			.isEqualTo(DEC_31_2019);
		assertThat(only("Kataib Hezbollah, in a statement on Wednesday, warned", LocalDate.of(2020, 3, 27)).start())
			.isEqualTo(LocalDate.of(2020, 3, 25));
		assertThat(only("Gunmen attacked the village on Monday night.", JAN_3_2020).start())
			.isEqualTo(LocalDate.of(2019, 12, 30));
	}

	@Test
	void shouldResolveLastThursdayStrictlyBeforePublication() {
		assertThat(only("Rockets fell last Thursday.", LocalDate.of(2020, 1, 2)).start())
			.isEqualTo(LocalDate.of(2019, 12, 26));
	}

	@Test
	void shouldIgnoreNextWeekdayBecauseItIsAPlanNotAnEvent() {
		assertThat(DateResolver.find("Talks will resume next Monday.", JAN_3_2020, null)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Protesters gathered yesterday.                  | 2020-01-02 | 2020-01-02 | DAY
			A bomb exploded today in the market.            | 2020-01-03 | 2020-01-03 | DAY
			Shelling resumed earlier this week.             | 2019-12-30 | 2020-01-03 | WEEK
			Clashes broke out last week near the border.    | 2019-12-23 | 2019-12-29 | WEEK
			Rockets hit the base earlier this month.        | 2020-01-01 | 2020-01-03 | MONTH
			Two people were kidnapped last month.           | 2019-12-01 | 2019-12-31 | MONTH
			A drone struck three days ago.                  | 2019-12-31 | 2019-12-31 | DAY
			Mortars fell over the weekend.                  | 2019-12-27 | 2019-12-29 | WEEK
			""")
	void shouldResolveExpressionsRelativeToPublication(String sentence, LocalDate start, LocalDate end,
			DatePrecision precision) {
		EventDate date = only(sentence, JAN_3_2020);
		assertThat(date.start()).isEqualTo(start);
		assertThat(date.end()).isEqualTo(end);
		assertThat(date.precision()).isEqualTo(precision);
	}

	@Test
	void shouldResolveADayLaterFromTheAnchor() {
		EventDate march11 = EventDate.day(LocalDate.of(2020, 3, 11), "March 11", "");
		EventDate date = only("A day later, the United States retaliated against a militia.", LocalDate.of(2020, 3, 27),
				march11);
		assertThat(date.start()).isEqualTo(LocalDate.of(2020, 3, 12));
		assertThat(date.explanation()).contains("2020-03-11", "2020-03-12");
	}

	@Test
	void shouldResolveTwoDaysAfterASpeechFromTheSpeechDate() {
		EventDate christmas = only("On Christmas Day, Kochavi declared his country will act.", DEC_31_2019);
		assertThat(christmas.start()).isEqualTo(LocalDate.of(2019, 12, 25));
		EventDate date = only("Two days after Kochavi's speech, 32 rockets slammed into the base.", DEC_31_2019,
				christmas);
		assertThat(date.start()).isEqualTo(LocalDate.of(2019, 12, 27));
	}

	@Test
	void shouldPreferADateNamedAfterAfterAsTheAnchor() {
		EventDate date = only("Two days after the December 25 speech, rockets hit.", DEC_31_2019,
				EventDate.day(LocalDate.of(2019, 11, 1), "x", ""));
		assertThat(date.start()).isEqualTo(LocalDate.of(2019, 12, 27));
	}

	@Test
	void shouldResolveThePreviousDayAndOneDayLater() {
		EventDate anchor = EventDate.day(LocalDate.of(2021, 6, 13), "Sunday", "");
		assertThat(only("On the previous day, gunmen kidnapped two shepherds.", null, anchor).start())
			.isEqualTo(LocalDate.of(2021, 6, 12));
		assertThat(only("A reprisal strike followed one day later.", null, anchor).start())
			.isEqualTo(LocalDate.of(2021, 6, 14));
	}

	@Test
	void shouldKeepTheAnchorDayForHoursAfter() {
		EventDate sunday = EventDate.day(LocalDate.of(2020, 9, 27), "late Sunday", "");
		assertThat(only("The attack came hours after a roadside bomb targeted a convoy.", LocalDate.of(2020, 9, 28),
				sunday)
			.start()).isEqualTo(LocalDate.of(2020, 9, 27));
	}

	@Test
	void shouldCountADayLaterFromAnEarlierDateInTheSameSentence() {
		List<DateMention> found = DateResolver.find(
				"Rockets killed two troops at a base on March 11, prompting a reprisal strike one day later.",
				LocalDate.of(2020, 3, 27), null);
		assertThat(found).extracting((d) -> d.date().start())
			.containsExactly(LocalDate.of(2020, 3, 11), LocalDate.of(2020, 3, 12));
	}

	@Test
	void shouldBorrowTheAnchorYearWhenThereIsNoPublicationDate() {
		EventDate anchor = EventDate.day(LocalDate.of(2019, 12, 30), "x", "");
		assertThat(only("At a press briefing January 2nd, he spoke.", null, anchor).start())
			.isEqualTo(LocalDate.of(2020, 1, 2));
	}

	@Test
	void shouldResolveNothingWithoutAReference() {
		assertThat(DateResolver.find("Rockets hit the base last Friday and again on Dec. 29.", null, null)).isEmpty();
		assertThat(DateResolver.find("A day later the US retaliated.", JAN_3_2020, null)).isEmpty();
		assertThat(DateResolver.find(null, JAN_3_2020, null)).isEmpty();
	}

	@Test
	void shouldNotReadNumbersOrTheModalMayAsDates() {
		assertThat(DateResolver.find("Some 5,000 troops and 2,500 contractors may be planning to leave.", JAN_3_2020,
				null))
			.isEmpty();
	}

	@Test
	void shouldGiveOffsetsIntoTheSentence() {
		String sentence = "Rockets hit the base on Friday, December 27th, officials said.";
		DateMention d = DateResolver.find(sentence, JAN_3_2020, null).get(0);
		assertThat(sentence.substring(d.start(), d.end())).isEqualTo("Friday, December 27th");
		assertThat(d.kind()).isEqualTo(DateResolver.Kind.ABSOLUTE);
	}

	@Test
	void shouldDateTheEventAfterBeforeFromTheAnchorForwards() {
		EventDate march3 = EventDate.day(LocalDate.of(2021, 3, 3), "March 3rd", "given");
		EventDate date = only("It came two days before aircraft struck militia depots near the border.",
				LocalDate.of(2021, 3, 15), march3);
		assertThat(date.start()).isEqualTo(LocalDate.of(2021, 3, 5));
	}

	@Test
	void shouldStillCountBackFromAnAnchorNamedAfterAfter() {
		EventDate dec25 = EventDate.day(LocalDate.of(2019, 12, 25), "December 25", "given");
		EventDate date = only("Two days after the speech, rockets slammed into the base.", DEC_31_2019, dec25);
		assertThat(date.start()).isEqualTo(LocalDate.of(2019, 12, 27));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Warplanes struck after midnight on the 4th of the month.             | 2021-04-04
			Warplanes struck on the fourth of this month, monitors said.          | 2021-04-04
			Warplanes struck on the 20th of the month, monitors said.             | 2021-03-20
			Warplanes struck on the twenty-first of last month.                   | 2021-03-21
			""")
	void shouldResolveAnOrdinalDayOfTheMonthAgainstPublication(String sentence, LocalDate day) {
		EventDate date = only(sentence, LocalDate.of(2021, 4, 5));
		assertThat(date.start()).isEqualTo(day);
		assertThat(date.end()).isEqualTo(day);
		assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
		assertThat(date.explanation()).contains("→ " + day);
	}

	@Test
	void shouldResolveTheDayOfTheMonthInContextAgainstTheAnchor() {
		EventDate march = new EventDate(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31), DatePrecision.MONTH,
				"In March", "'In March'");

		assertThat(only("A second raid followed on the 12th of the month.", LocalDate.of(2021, 5, 2), march).start())
			.isEqualTo(LocalDate.of(2021, 3, 12));
		assertThat(only("A second raid followed on the 12th of that month.", LocalDate.of(2021, 5, 2), march).start())
			.isEqualTo(LocalDate.of(2021, 3, 12));
		assertThat(DateResolver.find("It happened on the 30th of that month.", LocalDate.of(2021, 5, 2), null))
			.isEmpty();
		assertThat(DateResolver.find("Talks resume on the 9th of this month.", LocalDate.of(2021, 5, 2), null))
			.isEmpty();
	}

	@Test
	void shouldDateAnOvernightSpanToTheEveningItBegan() {
		// The convention of gold/README.md: a night is dated as "Wednesday night" is.
		EventDate date = only("Warplanes struck depots overnight Wednesday into Thursday, monitors said.",
				LocalDate.of(2020, 3, 12));
		assertThat(date.start()).isEqualTo(LocalDate.of(2020, 3, 11));
		assertThat(date.end()).isEqualTo(LocalDate.of(2020, 3, 11));
		assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
	}

	@Test
	void shouldDateTheNightOfTwoDaysToTheFirstDay() {
		EventDate date = only("On the night of 7-8 January, gunmen attacked four shepherds.", LocalDate.of(2023, 1, 9));
		assertThat(date.start()).isEqualTo(LocalDate.of(2023, 1, 7));
		assertThat(date.end()).isEqualTo(LocalDate.of(2023, 1, 7));
		assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
	}

	@Test
	void shouldReadEarlierInTheWeekAsTheWeekUpToPublication() {
		EventDate date = only("A roadside bomb earlier in the week hit a convoy.", LocalDate.of(2021, 4, 15));
		assertThat(date.start()).isEqualTo(LocalDate.of(2021, 4, 12));
		assertThat(date.end()).isEqualTo(LocalDate.of(2021, 4, 15));
		assertThat(date.precision()).isEqualTo(DatePrecision.WEEK);
	}

	@Test
	void shouldReadCapitalMayAfterAPrepositionAsTheMonth() {
		EventDate date = only("Also in May, a drone crashed inside the base.", LocalDate.of(2021, 5, 27));
		assertThat(date.start()).isEqualTo(LocalDate.of(2021, 5, 1));
		assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(DateResolver.find("Officials say it may happen again.", LocalDate.of(2021, 5, 27), null)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Security forces fired on protesters Friday 17 to Saturday 18 January.    | 2020-01-17 | 2020-01-18
			Security forces fired on protesters on 17-18 January 2020.                | 2020-01-17 | 2020-01-18
			Security forces fired on protesters on January 17 to 18.                  | 2020-01-17 | 2020-01-18
			""")
	void shouldReadARangeOfDaysAsOneWeekPreciseRange(String sentence, LocalDate from, LocalDate to) {
		EventDate date = only(sentence, LocalDate.of(2020, 1, 20));
		assertThat(date.start()).isEqualTo(from);
		assertThat(date.end()).isEqualTo(to);
		assertThat(date.precision()).isEqualTo(DatePrecision.WEEK);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			An explosive device went off on the 13th near the roundabout.  | 2021-04-13
			A drone targeted three trucks late on the 15th on the road.    | 2021-04-15
			On the 16th, dozens of residents demonstrated peacefully.      | 2021-04-16
			On the 20th, rockets hit the base.                             | 2021-03-20
			""")
	void shouldReadABareOrdinalDayAsADayOfThePublicationMonth(String sentence, LocalDate day) {
		EventDate date = only(sentence, LocalDate.of(2021, 4, 17));
		assertThat(date.start()).isEqualTo(day);
		assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
	}

	@Test
	void shouldNotReadOrdinalsOfOtherThingsAsDays() {
		assertThat(DateResolver.find("The office on the 5th floor was hit on the 10th anniversary.",
				LocalDate.of(2021, 4, 17), null))
			.isEmpty();
	}

	@Test
	void shouldKeepALiveBlogDayJustAfterPublicationInTheSameYear() {
		EventDate date = only("Saturday 26 October: police fired live rounds.", LocalDate.of(2019, 10, 25));
		assertThat(date.start()).isEqualTo(LocalDate.of(2019, 10, 26));
		assertThat(only("On 26 November, rockets hit the base.", LocalDate.of(2019, 10, 25)).start())
			.isEqualTo(LocalDate.of(2018, 11, 26));
	}

	@Test
	void shouldPutAMonthOfLastYearInTheYearBeforePublication() {
		EventDate date = only("A car bomb in the market in March of last year killed five people.",
				LocalDate.of(2021, 9, 2));
		assertThat(date.start()).isEqualTo(LocalDate.of(2020, 3, 1));
		assertThat(date.end()).isEqualTo(LocalDate.of(2020, 3, 31));
		assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(only("Rockets hit the airport in October this year.", LocalDate.of(2021, 11, 2)).start())
			.isEqualTo(LocalDate.of(2021, 10, 1));
	}

	@Test
	void shouldPutADayOfLastYearOnThatDayOfTheYearBeforePublication() {
		LocalDate published = LocalDate.of(2022, 3, 10);
		EventDate date = only("A drone hit the depot on 12 August last year, wounding a guard.", published);
		assertThat(date.start()).isEqualTo(LocalDate.of(2021, 8, 12));
		assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
		assertThat(only("Gunmen raided the checkpoint on November 3rd of last year.", published).start())
			.isEqualTo(LocalDate.of(2021, 11, 3));
		assertThat(only("The bridge was bombed on 2 February this year.", published).start())
			.isEqualTo(LocalDate.of(2022, 2, 2));
		// Negative: a month without a day stays a month.
		EventDate month = only("Shelling of the port began in August last year.", published);
		assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(month.start()).isEqualTo(LocalDate.of(2021, 8, 1));
	}

	@Test
	void shouldTakeTheDayThatRestatesACountOfDaysLater() {
		EventDate earlier = new EventDate(LocalDate.of(2021, 5, 2), LocalDate.of(2021, 5, 2), DatePrecision.DAY,
				"2 May", "test anchor");
		List<DateMention> found = DateResolver.find("Two days later, on 6 May, gunmen shot dead a teacher.",
				LocalDate.of(2021, 5, 8), earlier);
		assertThat(found).extracting((d) -> d.date().start()).containsExactly(LocalDate.of(2021, 5, 6));
	}

	@Test
	void shouldDateAnEventNamedAfterAfterByItsOwnWeekday() {
		// Published on a Friday; the bombing was on Tuesday, the sentence's subject two
		// days later.
		EventDate earlier = new EventDate(LocalDate.of(2021, 5, 6), LocalDate.of(2021, 5, 6), DatePrecision.DAY,
				"Thursday", "test anchor");
		List<DateMention> found = DateResolver.find(
				"The raid came two days after jets bombed a depot outside the town on Tuesday.",
				LocalDate.of(2021, 5, 7), earlier);
		assertThat(found).extracting((d) -> d.date().start()).containsExactly(LocalDate.of(2021, 5, 4));
	}

	@Test
	void shouldPlaceDaysLaterAboutAWeekAfterTheSentencesDate() {
		EventDate date = only("Protesters stormed the consulate in Basra days later.", LocalDate.of(2021, 3, 20),
				new EventDate(LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 10), DatePrecision.DAY, "10 March",
						"test anchor"));
		assertThat(date.precision()).isEqualTo(DatePrecision.WEEK);
		assertThat(date.start()).isAfter(LocalDate.of(2021, 3, 10));
		assertThat(date.end()).isBefore(LocalDate.of(2021, 3, 20));
	}

	@Test
	void shouldReadASpanOfDaysIntoTheNextMonthAsAPeriod() {
		EventDate d = only("The digest covers 29 April \u2013 6 May 2022.", LocalDate.of(2022, 5, 6));
		assertThat(d.start()).isEqualTo(LocalDate.of(2022, 4, 29));
		assertThat(d.end()).isEqualTo(LocalDate.of(2022, 5, 6));
		assertThat(d.precision()).isEqualTo(DatePrecision.WEEK);
		EventDate yearEnd = only("Shelling went on from December 28 to January 3.", LocalDate.of(2021, 1, 5));
		assertThat(yearEnd.start()).isEqualTo(LocalDate.of(2020, 12, 28));
		assertThat(yearEnd.end()).isEqualTo(LocalDate.of(2021, 1, 3));
	}

	@Test
	void shouldKeepTwoSeparateDaysInDifferentMonthsApart() {
		// Two days joined by "and" are two dates, not a period.
		List<DateMention> found = DateResolver.find("Blasts struck on 30 April and 2 May.", LocalDate.of(2022, 5, 6),
				null);
		assertThat(found).hasSize(2);
		assertThat(found).allSatisfy((m) -> assertThat(m.date().precision()).isEqualTo(DatePrecision.DAY));
	}

	@Test
	void shouldTakeTheFirstOfTwoOrdinalDaysOfARelativeMonth() {
		LocalDate published = LocalDate.of(2016, 6, 20);
		assertThat(only("the men surrendered on the third and fourth of this month", published).start())
			.isEqualTo(LocalDate.of(2016, 6, 3));
		assertThat(only("fighting raged from the 12th to the 14th of last month", published).start())
			.isEqualTo(LocalDate.of(2016, 5, 12));
		assertThat(only("the convoy left on the second or third of the month", published).start())
			.isEqualTo(LocalDate.of(2016, 6, 2));
	}

}
