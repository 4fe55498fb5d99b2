package org.conflictdata.incidentmap.article;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationDatesTests {

	private static final String BODY = "\n\nA long paragraph about events that has no date of its own, written to fill "
			+ "the body of the article so that it reads like a news report.\n";

	@Test
	void shouldReadAnExplicitDateLine() {
		assertThat(PublicationDates.infer(" date 2019-12-31 JERUSALEM - Something happened." + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2019, 12, 31), "date line"));
		assertThat(PublicationDates.infer("Title\nPublished: 3 January 2020" + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2020, 1, 3), "date line"));
	}

	@Test
	void shouldReadALineThatIsOnlyADateUnderTheHeadline() {
		assertThat(PublicationDates.infer("Skip to content\n\nHeadline\n\nJanuary 3, 2020\n" + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2020, 1, 3), "date line"));
		assertThat(PublicationDates.infer("Headline\nFriday, 18 MARCH 2020\n" + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2020, 3, 18), "date line"));
	}

	@Test
	void shouldReadADateAtTheEndOfAByline() {
		assertThat(PublicationDates.infer("Headline\n\nBy Mark Mazzetti and Eric Schmitt, March 27, 2020\n" + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2020, 3, 27), "byline"));
	}

	@Test
	void shouldReadADatelineThatCarriesAFullDate() {
		assertThat(PublicationDates.infer("Headline\n\nBAGHDAD, Jan. 3, 2020 (Reuters) - Rockets hit." + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2020, 1, 3), "dateline"));
	}

	@Test
	void shouldReadADatelineWithCityAndCountry() {
		assertThat(PublicationDates.infer("Headline\n\nHASAKAH, Syria, 14 February 2022 - A bomber struck." + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2022, 2, 14), "dateline"));
	}

	@Test
	void shouldNotMoveTheLatestDateToAWeekdayFarAfterIt() {
		String text = "Headline\n\nA bomber blew himself up at a checkpoint on Sunday, killing twelve people, "
				+ "including four civilians, a war monitor said in a statement.\n\nThat was on Feb. 14, 2022.\n";
		assertThat(PublicationDates.infer(text))
			.contains(new PublicationDates.Inferred(LocalDate.of(2022, 2, 14), "latest date mentioned"));
	}

	@Test
	void shouldFallBackToTheLatestDateMentionedGivingYearlessDatesTheNearestYear() {
		String text = "Headline\n\nThe strike on Dec 30, 2019 was followed by a briefing on January 2nd where the "
				+ "general spoke about the events of November 8th at length and with some passion.\n";
		assertThat(PublicationDates.infer(text))
			.contains(new PublicationDates.Inferred(LocalDate.of(2020, 1, 2), "latest date mentioned"));
	}

	@Test
	void shouldDateALivePageByItsLastDayHeadingWrittenDayFirst() {
		String text = "Rolling coverage: rocket fire on the border\n\nWe have followed the rocket fire since it began "
				+ "on 3 March 2021, and this page gathers every update our reporters filed.\n\nWednesday 3 March\n\n"
				+ "09:00 - Rockets hit a depot.\n\nThursday 4 March\n\n10:00 - Police say 3 may have died.\n\n"
				+ "Saturday 6 March\n\n12:00 - Calm returned to the valley.\n\nSunday 7 March\n08:15 - The page is closed.\n";
		assertThat(PublicationDates.infer(text))
			.contains(new PublicationDates.Inferred(LocalDate.of(2021, 3, 7), "latest date mentioned"));
	}

	@Test
	void shouldNotReadANumberBeforeALowercaseMayAsADate() {
		String text = "Headline\n\nThe shelling of 2 March 2021 went on; officials fear 9 may yet be found under the "
				+ "rubble of the market, and crews are still searching.\n";
		assertThat(PublicationDates.infer(text))
			.contains(new PublicationDates.Inferred(LocalDate.of(2021, 3, 2), "latest date mentioned"));
	}

	@Test
	void shouldMoveTheLatestDateOnToAWeekdayTheLeadReports() {
		String text = "Headline\n\nIf the plan works, the attack on the embassy in Baghdad Tuesday looks like a win for "
				+ "that cause and for everyone who planned it long ago.\n\nThe Dec. 29 strike was a response. "
				+ "Reports in December 2019 said so.\n";
		var inferred = PublicationDates.infer(text).orElseThrow();
		assertThat(inferred.date()).isEqualTo(LocalDate.of(2019, 12, 31));
		assertThat(inferred.basis()).startsWith("latest date mentioned").contains("tuesday");
	}

	@Test
	void shouldInferNothingWithoutAnyYear() {
		assertThat(PublicationDates.infer("Headline\n\nRockets hit the base on Dec. 29 and again on Friday." + BODY))
			.isEmpty();
		assertThat(PublicationDates.infer(null)).isEmpty();
		assertThat(PublicationDates.infer("  ")).isEmpty();
	}

	@Test
	void shouldDateAYearlessDatelineInTheLatestYearTheTextNames() {
		String text = "Headline\n\nERBIL, Iraq, April 15 (AFP) - A drone struck a hangar late Wednesday.\n\n"
				+ "Factions have been blamed for 20 attacks since the start of 2021.";
		assertThat(PublicationDates.infer(text)).map(PublicationDates.Inferred::date)
			.contains(LocalDate.of(2021, 4, 15));
		String turn = "BAGHDAD, Jan 13 (Reuters) - Rockets hit Balad.\n\nAttacks have grown since December 2019.";
		assertThat(PublicationDates.infer(turn)).map(PublicationDates.Inferred::date)
			.contains(LocalDate.of(2020, 1, 13));
		assertThat(PublicationDates.infer("BAGHDAD, Jan 13 (Reuters) - Rockets hit Balad on Sunday.")).isEmpty();
	}

	@Test
	void shouldReadADateLineWrittenInFiguresDayFirstUnlessTheNumbersSayOtherwise() {
		assertThat(PublicationDates.infer("Headline\n\nPosted: 14/03/2021\nSection: Provinces\n" + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2021, 3, 14), "date line (day first)"));
		assertThat(PublicationDates.infer("Headline\n\n5.2.2019\n" + BODY)).contains(new PublicationDates.Inferred(
				LocalDate.of(2019, 2, 5), "date line (day first assumed, as the region's press writes it)"));
		assertThat(PublicationDates.infer("Headline\nUpdated 07/28/2018 09:15\n" + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2018, 7, 28), "date line (month first)"));
		assertThat(PublicationDates.infer("Headline\nDate: 2017/11/09\n" + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2017, 11, 9), "date line"));
	}

	@Test
	void shouldNotTakeFiguresInsideASentenceOrAnImpossibleDateForADateLine() {
		assertThat(FigureDates.dateLine("Ratio was 3/4/2000 in the report, officials said.")).isEmpty();
		assertThat(FigureDates.dateLine("Date: 31/13/2020")).isEmpty();
		assertThat(FigureDates.dateLine("Call 12.30.4567 for help")).isEmpty();
	}

	@Test
	void shouldReadADatelineWhoseDateIsInFigures() {
		assertThat(PublicationDates
			.infer("Kirkuk \u2013 2020/03/05 \u2013 Northern Desk | Daily edition\nHeadline" + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2020, 3, 5), "dateline in figures"));
		assertThat(PublicationDates.infer("Headline\nTAL AFAR, 21.11.2018 - Gunmen attacked a post." + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2018, 11, 21), "dateline in figures"));
		assertThat(PublicationDates.infer("Al Qaim - 2017-06-30\nHeadline" + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2017, 6, 30), "dateline in figures"));
		assertThat(PublicationDates.infer("Headline\nNajaf | 09/25/2016 | Local news" + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2016, 9, 25), "dateline in figures"));
	}

	@Test
	void shouldNotReadAmbiguousOrNonDateFiguresAfterAPlaceAsADateline() {
		// Both numbers could be the month: outside a US-style outlet the day is taken
		// first,
		// and the basis says the order was assumed.
		assertThat(PublicationDates.infer("Basra - 04/05/2019 - Port news\nHeadline" + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2019, 5, 4),
					"dateline in figures (day first assumed: not a US-style outlet)"));
		// A phone number, a version and a score.
		assertThat(PublicationDates.infer("Hotline - 0780/555/1234 - call us\nHeadline" + BODY)).isEmpty();
		assertThat(PublicationDates.infer("Reader App, 13.10.2021b beta\nHeadline" + BODY)).isEmpty();
		assertThat(PublicationDates.infer("Zakho - 2-1 - Duhok, a league match\nHeadline" + BODY)).isEmpty();
	}

	@Test
	void shouldDateAReportAtTheEndOfThePeriodItCovers() {
		String report = "Weekly Security Digest No. 4\nCovering the period 3 \u2013 16 May 2022\n" + BODY
				+ "\nThe next digest comes out on 30 May.\n";
		assertThat(PublicationDates.infer(report))
			.contains(new PublicationDates.Inferred(LocalDate.of(2022, 5, 16), "end of the period the report covers"));
		assertThat(PublicationDates.infer("Field update\nReporting period: April 28 to May 9, 2019\n" + BODY))
			.contains(new PublicationDates.Inferred(LocalDate.of(2019, 5, 9), "end of the period the report covers"));
	}

	@Test
	void shouldNotReadAPeriodInTheBodyAsTheReportPeriod() {
		// A period named in a headline-like line that does not introduce the report's
		// coverage.
		String text = "Talks resumed\nThe ceasefire held from 3 to 16 May 2022, officials said.\n" + BODY;
		assertThat(PublicationDates.infer(text).map(PublicationDates.Inferred::basis).orElse(""))
			.isNotEqualTo("end of the period the report covers");
	}

}
