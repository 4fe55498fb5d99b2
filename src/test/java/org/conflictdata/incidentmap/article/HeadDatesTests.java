package org.conflictdata.incidentmap.article;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadDatesTests {

	private static final String BODY = "\n\nSecurity forces sealed off the area after the blast, officials told reporters, "
			+ "and a curfew was imposed on the surrounding neighbourhoods until further notice.\n";

	private static Optional<PublicationDates.Inferred> infer(String dateLine) {
		return PublicationDates.infer("Gunmen attack checkpoint outside the city\n\n" + dateLine + BODY);
	}

	private static LocalDate dateOf(String dateLine) {
		return infer(dateLine).map(PublicationDates.Inferred::date).orElse(null);
	}

	@Test
	void shouldReadDatelinesWithAnAgencyBeforeTheDate() {
		assertThat(dateOf("Sulaimani (NRT) 26/6/2020 –")).isEqualTo(LocalDate.of(2020, 6, 26));
		assertThat(dateOf("Erbil (Rudaw) 3 March 2021 -")).isEqualTo(LocalDate.of(2021, 3, 3));
		assertThat(dateOf("KUT (Wasit), 5 December 2022 —")).isEqualTo(LocalDate.of(2022, 12, 5));
		assertThat(dateOf("Mosul (Nineveh Today) - 14.11.2019 -")).isEqualTo(LocalDate.of(2019, 11, 14));
	}

	@Test
	void shouldReadDatelinesWithACountryOrProvinceAndAnAgencyAfterTheDate() {
		assertThat(dateOf("RAQQA, Syria, 9 Sept 2017 (AFP) —")).isEqualTo(LocalDate.of(2017, 9, 9));
		assertThat(dateOf("Damascus, 31.03.2016 (agencies)")).isEqualTo(LocalDate.of(2016, 3, 31));
		assertThat(dateOf("HIT, Anbar province | Fri Oct 3, 2014 6:41am EDT")).isEqualTo(LocalDate.of(2014, 10, 3));
		assertThat(dateOf("Zakho, Duhok — 2022/10/20 —")).isEqualTo(LocalDate.of(2022, 10, 20));
		assertThat(dateOf("Beirut, Saturday 25 June 2022 (AFP)")).isEqualTo(LocalDate.of(2022, 6, 25));
	}

	@Test
	void shouldReadLabelledLinesBylinesAndTimestamps() {
		assertThat(infer("Posted 7 Feb 2020, 14:02"))
			.contains(new PublicationDates.Inferred(LocalDate.of(2020, 2, 7), "date line"));
		assertThat(dateOf("Published: 2016-11-02")).isEqualTo(LocalDate.of(2016, 11, 2));
		assertThat(infer("By Hana Aziz | June 5, 2014"))
			.contains(new PublicationDates.Inferred(LocalDate.of(2014, 6, 5), "byline"));
		assertThat(dateOf("Last updated: 09 May 2018 07:30 GMT")).isEqualTo(LocalDate.of(2018, 5, 9));
		assertThat(dateOf("Last modified on Tue 14 Jan 2020 09.12 GMT")).isEqualTo(LocalDate.of(2020, 1, 14));
		assertThat(dateOf("2021-08-30T22:15:00+03:00")).isEqualTo(LocalDate.of(2021, 8, 30));
		assertThat(dateOf("Updated 3.2.2020")).isEqualTo(LocalDate.of(2020, 2, 3));
		assertThat(dateOf("December 23, 2016 at 5:12 pm")).isEqualTo(LocalDate.of(2016, 12, 23));
		assertThat(dateOf("Amara | 3 Oct 2018")).isEqualTo(LocalDate.of(2018, 10, 3));
	}

	@Test
	void shouldReadTheDayFromTheValueWhenOnlyOneOrderIsPossible() {
		assertThat(infer("Sulaimani (NRT) 26/6/2020 –").get().basis()).contains("day first");
		assertThat(dateOf("Basra — 26/06/2020 —")).isEqualTo(LocalDate.of(2020, 6, 26));
		assertThat(dateOf("Houston — 06/26/2020 —")).isEqualTo(LocalDate.of(2020, 6, 26));
	}

	@Test
	void shouldTakeAmbiguousFiguresDayFirstOutsideUsOutletsAndSaySo() {
		Optional<PublicationDates.Inferred> d = infer("Makhmour — 04/06/2016 —");
		assertThat(d.map(PublicationDates.Inferred::date)).contains(LocalDate.of(2016, 6, 4));
		assertThat(d.get().basis()).contains("day first assumed");
	}

	@Test
	void shouldTakeAmbiguousFiguresMonthFirstForAnOutletThatWritesUsDates() {
		assertThat(dateOf("WASHINGTON | 04/06/2016 10:15 EDT")).isEqualTo(LocalDate.of(2016, 4, 6));
		String text = "Strike on convoy\n\nTAMPA — 04/06/2016 —\n\nThe command said on April 5, 2016, and again "
				+ "on March 30, 2016, that the raids would go on.\n";
		assertThat(PublicationDates.infer(text).map(PublicationDates.Inferred::date))
			.contains(LocalDate.of(2016, 4, 6));
	}

	@Test
	void shouldReadTwoDigitYearsAndArabicIndicDigits() {
		assertThat(dateOf("Kirkuk — 12/04/18 —")).isEqualTo(LocalDate.of(2018, 4, 12));
		assertThat(dateOf("Baghdad – \u0662\u0663/\u0660\u0668/\u0662\u0660\u0661\u0669 –"))
			.isEqualTo(LocalDate.of(2019, 8, 23));
		assertThat(dateOf("Erbil, \u06f1\u06f5.\u06f0\u06f4.\u06f2\u06f0\u06f2\u06f4 (K24)"))
			.isEqualTo(LocalDate.of(2024, 4, 15));
	}

	@Test
	void shouldReadADateInTheHeadlineLineWhenNothingElseCarriesOne() {
		String text = "Baghdad, 12 March 2018: court sentences bomber to death\n\nThe court ruled on the "
				+ "case after a trial that lasted several months, a judicial source said.\n";
		assertThat(PublicationDates.infer(text).map(PublicationDates.Inferred::date))
			.contains(LocalDate.of(2018, 3, 12));
	}

	@Test
	void shouldNotReadADateInASentenceAsTheDateline() {
		String text = "Gunmen attack checkpoint\n\nThree policemen were killed on 12 May 2020 in an attack that "
				+ "officials blamed on the group.\n\nThe report, published on 20 May 2020, counted the dead.\n";
		assertThat(PublicationDates.infer(text).map(PublicationDates.Inferred::basis))
			.contains("latest date mentioned");
	}

	@Test
	void shouldNotReadAFractionOrAScoreAsADate() {
		assertThat(infer("Fighters control 3/4 of the town")).isEmpty();
		assertThat(infer("Zakho 2-1 Duhok")).isEmpty();
		assertThat(infer("Nearly 3/4 of residents have fled, 12/13 districts cut off")).isEmpty();
	}

	@Test
	void shouldNotTakeAnEventDateInTheBodyOverTheDateline() {
		String text = "Headline about strikes\n\nErbil (K24) 11 May 2022 –\n\nThe drone attack on 3 May 2022 "
				+ "was the third this month, officials said on 10 May 2022.\n";
		assertThat(PublicationDates.infer(text).map(PublicationDates.Inferred::date))
			.contains(LocalDate.of(2022, 5, 11));
	}

}
