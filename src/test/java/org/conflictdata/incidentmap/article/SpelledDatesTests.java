package org.conflictdata.incidentmap.article;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates written out in words or year first, and the words that only look like them.
 */
class SpelledDatesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static final String BODY = "\n\nGunmen attacked a checkpoint, the police said. Nobody was hurt in the "
			+ "attack, which lasted about an hour.\n";

	@Test
	void shouldWriteSpelledDatesInFigures() {
		assertThat(SpelledDates.figures("on Monday the third of February, two thousand and twenty"))
			.isEqualTo("on Monday 3 of February, 2020");
		assertThat(SpelledDates.figures("March the twenty-first, twenty twenty")).isEqualTo("March 21, 2020");
		assertThat(SpelledDates.figures("the thirtieth of June two thousand nineteen")).isEqualTo("30 of June 2019");
		assertThat(SpelledDates.figures("the first of May, nineteen ninety-one")).isEqualTo("1 of May, 1991");
		assertThat(SpelledDates.figures("the twenty first of October two thousand and five"))
			.isEqualTo("21 of October 2005");
		assertThat(SpelledDates.figures("issued 2020/2/3 in Baghdad")).isEqualTo("issued 3 February 2020 in Baghdad");
	}

	@Test
	void shouldLeaveWordsThatAreNoDatesAlone() {
		assertThat(SpelledDates.figures("the third attack in a week")).isEqualTo("the third attack in a week");
		assertThat(SpelledDates.figures("two thousand fighters")).isEqualTo("two thousand fighters");
		assertThat(SpelledDates.figures("file 2020/13/40")).isEqualTo("file 2020/13/40");
		assertThat(SpelledDates.figures("the second may be worse")).isEqualTo("the second may be worse");
	}

	@Test
	void shouldReadAPublicationLineAtTheFootInWords() {
		assertThat(PublicationDates.infer(
				"Headline" + BODY
						+ "Published by the news desk on Monday the third of February, two thousand and twenty.",
				TODAY, null))
			.map(PublicationDates.Inferred::date)
			.contains(LocalDate.of(2020, 2, 3));
		assertThat(PublicationDates.infer("Headline" + BODY + "Posted on 2020/2/3", TODAY, null))
			.map(PublicationDates.Inferred::date)
			.contains(LocalDate.of(2020, 2, 3));
		assertThat(PublicationDates.infer("Headline" + BODY + "Last updated: March the fifth, twenty twenty-one", TODAY,
				null))
			.map(PublicationDates.Inferred::date)
			.contains(LocalDate.of(2021, 3, 5));
	}

	@Test
	void shouldReadASpelledDateLineAtTheHead() {
		assertThat(PublicationDates.infer("Headline\nPublished on the ninth of November, twenty nineteen" + BODY, TODAY,
				null))
			.map(PublicationDates.Inferred::date)
			.contains(LocalDate.of(2019, 11, 9));
	}

	@Test
	void shouldNotTakeAFootLineThatIsNoPublicationLine() {
		assertThat(PublicationDates.infer("Headline" + BODY + "The next hearing is on the third of February.", TODAY,
				null))
			.isEmpty();
	}

}
