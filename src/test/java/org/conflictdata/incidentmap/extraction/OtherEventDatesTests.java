package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.article.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates inside a sentence that belong to another event or to a lasting state, and must
 * not date the event the sentence reports.
 */
class OtherEventDatesTests {

	private final IncidentExtractor extractor = new IncidentExtractor();

	private List<IncidentMention> fromText(String text, String published) {
		return this.extractor.extract(ArticleReader.fromPost(text, null, null, published));
	}

	private IncidentMention protest(List<IncidentMention> mentions) {
		return mentions.stream().filter((m) -> m.type() == EventType.PEACEFUL_PROTEST).findFirst().orElseThrow();
	}

	@Test
	void shouldDateATimedEntryByItsDayHeadingNotByTheDayTheMournedWereKilled() {
		List<IncidentMention> mentions = fromText(
				"""
						Three days in Mosul, hour by hour

						THURSDAY, MARCH 10

						09:00 - In Mosul, several hundred supporters gather outside the Turkish consulate compound, waving photographs of the guards killed on Tuesday.

						FRIDAY, MARCH 11

						10:00 - The governor says an inquiry has begun.
						""",
				"2022-03-12");
		assertThat(protest(mentions).date().start()).isEqualTo(LocalDate.of(2022, 3, 10));
	}

	@Test
	void shouldDateAMarchByItsOwnDayNotByTheDayTheMournedProtesterWasShot() {
		List<IncidentMention> mentions = fromText(
				"""
						Mourners march in Hillah

						On Sunday, thousands of mourners marched through the centre of Hillah in a protest for a student shot dead on Thursday.
						""",
				"2022-03-15");
		assertThat(protest(mentions).date().start()).isEqualTo(LocalDate.of(2022, 3, 13));
	}

	@Test
	void shouldStillDateAnEventByTheDayThatFollowsItsOwnVerb() {
		// Negative: the killing itself is reported, so its date is its own.
		List<IncidentMention> mentions = fromText("""
				Bomb near Kirkuk

				A roadside bomb exploded near Kirkuk, and two soldiers were killed on Tuesday, police said.
				""", "2022-03-12");
		assertThat(mentions).isNotEmpty();
		assertThat(mentions.get(0).date().start()).isEqualTo(LocalDate.of(2022, 3, 8));
	}

	@Test
	void shouldNotDateARallyByTheMonthItsProtestersHaveCampedSince() {
		List<IncidentMention> mentions = fromText(
				"""
						Sit-in marks a new week

						WEDNESDAY, MARCH 9

						14:00 - In Habboubi Square, students who have stayed there since January hold a rally against the new budget.
						""",
				"2022-03-10");
		IncidentMention rally = protest(mentions);
		assertThat(rally.date()).isNotNull();
		assertThat(rally.date().start()).isEqualTo(LocalDate.of(2022, 3, 9));
	}

	@Test
	void shouldStillDateAProtestThatItselfRunsSinceAMonth() {
		// Negative: "since" on the event's own verb, no relative clause of a state.
		List<IncidentMention> mentions = fromText(
				"""
						Teachers keep up their strike

						Teachers have protested outside the education directorate in Basra since January, demanding unpaid salaries.
						""",
				"2022-03-10");
		IncidentMention p = protest(mentions);
		assertThat(p.date()).isNotNull();
		assertThat(p.date().start()).isEqualTo(LocalDate.of(2022, 1, 1));
	}

}
