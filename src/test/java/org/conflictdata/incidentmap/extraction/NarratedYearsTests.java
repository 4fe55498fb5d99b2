package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.conflictdata.incidentmap.extraction.DateResolver.DateMention;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A yearless day in a look back that has moved on to an earlier year takes that year; a
 * news report's recent days, days before the story told, weekdays that fit the year of
 * publication and days with their year keep theirs. The "same time" phrases count from
 * the date told before.
 */
class NarratedYearsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			On April 14, an explosives-laden drone hit the airport.          | 2022-12-21 | 2021-02-25 | 2021-04-14
			A drone struck the base on 3 July, without casualties.           | 2022-12-21 | 2021-02-25 | 2021-07-03
			On the night of August 2 militias fired rockets at the embassy.  | 2022-12-21 | 2021-02-25 | 2021-08-02
			By September 12 the factions had shelled the airport twice more. | 2022-12-21 | 2021-06-01 | 2021-09-12
			Protesters returned to the square on December 5.                 | 2020-06-30 | 2018-11-01 | 2018-12-05
			Security forces opened fire on the sit-in on 9 May.              | 2023-11-30 | 2021-01-20 | 2021-05-09
			Gunmen attacked a checkpoint on March 2.                         | 2022-03-05 | 2021-01-10 | 2022-03-02
			A rocket hit the base on November 30.                            | 2022-12-21 | 2021-02-25 | 2022-11-30
			On March 13, missiles hit Erbil.                                 | 2022-12-21 | 2021-05-01 | 2022-03-13
			On April 14, a drone hit the airport.                            | 2022-12-21 | 2022-01-01 | 2022-04-14
			On Sunday, March 13, missiles hit Erbil.                         | 2022-12-21 | 2021-02-01 | 2022-03-13
			On April 14, 2022, a drone hit the airport.                      | 2022-12-21 | 2021-02-25 | 2022-04-14
			On the evening of February 25, jets bombed the crossing.         | 2022-12-21 | 2021-02-25 | 2021-02-25
			Clashes broke out in the old city on 20 January.                 | 2020-01-31 | 2018-05-01 | 2020-01-20
			""")
	void shouldDateAYearlessDayInTheYearTheStoryHasReached(String sentence, LocalDate published, LocalDate anchor,
			LocalDate expected) {
		EventDate told = EventDate.day(anchor, "earlier", "");
		List<DateMention> found = DateResolver.find(sentence, published, told);
		assertThat(found).hasSize(1);
		assertThat(found.get(0).date().start()).as(found.get(0).date().explanation()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			About the same time, drones struck the base of another party.
			At the same time, gunmen stormed the police station.
			That same day, a roadside bomb killed two soldiers.
			Around the same time, rockets fell near the airport.
			The same morning, militants shelled the village.
			""")
	void shouldDateTheSameTimeByTheDateToldBefore(String sentence) {
		EventDate told = EventDate.day(LocalDate.of(2022, 11, 14), "Monday, November 14", "");
		List<DateMention> found = DateResolver.find(sentence, LocalDate.of(2022, 11, 20), told);
		assertThat(found).hasSize(1);
		assertThat(found.get(0).date().start()).isEqualTo(LocalDate.of(2022, 11, 14));
	}

}
