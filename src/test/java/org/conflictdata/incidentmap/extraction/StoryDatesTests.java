package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.article.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates an article counts from one another, in phrasings other than the articles'.
 */
class StoryDatesTests {

	private final IncidentExtractor extractor = new IncidentExtractor();

	private List<IncidentMention> fromText(String text, String published) {
		return this.extractor.extract(ArticleReader.fromPost(text, null, null, published));
	}

	@Test
	void shouldCountTwoDaysAfterTheAttackFromTheAttackNotFromTheDayOfficialsSpoke() {
		List<IncidentMention> mentions = fromText(
				"""
						Convoy hit twice near Baiji

						Gunmen ambushed an army convoy near Baiji on Monday, killing two soldiers.

						Hospital officials announced on Wednesday that a third soldier had died of his wounds.

						Two days after the attack, a roadside bomb exploded under a police car on the same road, wounding three officers.
						""",
				"2022-03-12");
		IncidentMention bomb = mentions.stream()
			.filter((m) -> m.type() == EventType.REMOTE_EXPLOSIVE)
			.findFirst()
			.orElseThrow();
		assertThat(bomb.date().start()).isEqualTo(LocalDate.of(2022, 3, 9));
	}

	@Test
	void shouldDateAReprisalTheTextSaysCameNextFromTheEventBeforeItEvenAcrossAParagraph() {
		List<IncidentMention> mentions = fromText("""
				Base shelled, jets respond

				Mortar rounds hit the Iraqi army base at Balad on Saturday evening, the army said.

				Two soldiers were wounded.

				Iraqi F-16 jets subsequently bombed the firing positions west of the town, killing four militants.
				""", "2022-03-14");
		IncidentMention reprisal = mentions.stream()
			.filter((m) -> m.type() == EventType.AIR_DRONE_STRIKE)
			.findFirst()
			.orElseThrow();
		assertThat(reprisal.date()).isNotNull();
		assertThat(reprisal.date().start()).isBetween(LocalDate.of(2022, 3, 12), LocalDate.of(2022, 3, 14));
	}

	@Test
	void shouldDateWhatHappenedThenAfterAMorningEventToThatSameDay() {
		List<IncidentMention> mentions = fromText("""
				Checkpoint attacked near Tuz

				Gunmen attacked an army checkpoint near Tuz Khurmatu on Tuesday morning, killing one soldier.

				Nobody claimed the attack.

				Iraqi army helicopters then bombed hideouts in the hills east of the town.
				""", "2022-05-12");
		IncidentMention raid = mentions.stream()
			.filter((m) -> m.type() == EventType.AIR_DRONE_STRIKE)
			.findFirst()
			.orElseThrow();
		assertThat(raid.date().start()).isEqualTo(LocalDate.of(2022, 5, 10));
		assertThat(raid.date().end()).isEqualTo(LocalDate.of(2022, 5, 10));
	}

	@Test
	void shouldNotLendTheStorysDayToAHabitTheNextSentenceDescribes() {
		List<IncidentMention> mentions = fromText("""
				Mortar fire on Tuz Khurmatu

				On Tuesday, mortar shells fell on a market in Tuz Khurmatu, wounding four shoppers.

				Local officials say such shelling has become routine for the town.

				On Wednesday, a second mortar round hit a school yard in the town, wounding a guard.
				""", "2021-05-07");
		assertThat(mentions).filteredOn((m) -> !m.historical())
			.extracting((m) -> m.date().start())
			.containsExactly(LocalDate.of(2021, 5, 4), LocalDate.of(2021, 5, 5));
		assertThat(mentions).filteredOn(IncidentMention::historical)
			.singleElement()
			.satisfies((m) -> assertThat(m.sentence()).contains("routine"));
	}

}
