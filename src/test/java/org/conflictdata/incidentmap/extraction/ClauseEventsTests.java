package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.article.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events told inside clauses of a sentence about another event ("comes days after", "came
 * a day after", "where ..."), repeated events ("a second strike"), and the dates such
 * clauses carry, in phrasings of their own.
 */
class ClauseEventsTests {

	private final IncidentExtractor extractor = new IncidentExtractor();

	private List<IncidentMention> fromText(String text, String published) {
		return this.extractor.extract(ArticleReader.fromPost(text, null, null, published));
	}

	private List<IncidentMention> ofType(List<IncidentMention> mentions, EventType type) {
		return mentions.stream().filter((m) -> m.type() == type).toList();
	}

	@Test
	void shouldTellAnEarlierEventInAComesDaysAfterClauseWithItsOwnDayAndPart() {
		List<IncidentMention> mentions = fromText(
				"""
						Shelling hits Tuz villages

						Artillery shelled two villages east of Tuz Khurmatu on Thursday, wounding a farmer.

						The shelling comes days after a drone hit a pickup truck on the road outside Daquq on Monday, killing its driver.
						""",
				"2023-05-12");
		List<IncidentMention> strikes = ofType(mentions, EventType.AIR_DRONE_STRIKE);
		assertThat(strikes).hasSize(1);
		assertThat(strikes.get(0).date().start()).isEqualTo(LocalDate.of(2023, 5, 8));
		assertThat(MentionParts.ownPart(strikes.get(0))).startsWith("comes days after")
			.contains("Daquq")
			.doesNotContain("The shelling");
	}

	@Test
	void shouldDateTheEventAfterCameADayAfterByItsOwnDayNotByTheCount() {
		List<IncidentMention> mentions = fromText(
				"""
						Mortars on the air base

						Three mortar rounds struck the air base outside Kirkuk on Wednesday night, the army said.

						The attack came a day after another mortar round, apparently meant for the base, fell short and hit a shop in the town on Tuesday.
						""",
				"2023-05-12");
		assertThat(ofType(mentions, EventType.SHELLING_ARTILLERY_MISSILE))
			.anyMatch((m) -> m.date() != null && m.date().start().equals(LocalDate.of(2023, 5, 9)));
	}

	@Test
	void shouldKeepAnUndatedWhereClauseWithTheEventItDescribes() {
		List<IncidentMention> mentions = fromText(
				"""
						A city in mourning

						The town is still burying the dead of Sunday's massacre of villagers near the old mill, where militiamen fired into homes for an hour.
						""",
				"2023-05-09");
		assertThat(mentions).hasSize(1);
		assertThat(mentions.get(0).date().start()).isEqualTo(LocalDate.of(2023, 5, 7));
	}

	@Test
	void shouldTypeASecondStrikeAsTheEventBeforeItNotAsAProtestThatDay() {
		List<IncidentMention> mentions = fromText(
				"""
						Drones strike twice in the hills

						A drone struck a checkpoint of the border guard near Zakho on Sunday, killing two guards.

						On Monday, a second strike hit a farmhouse used by the fighters in a village to the east. On Monday evening, hundreds of villagers marched to the district office in protest.
						""",
				"2023-05-09");
		assertThat(ofType(mentions, EventType.AIR_DRONE_STRIKE)).hasSize(2);
		assertThat(ofType(mentions, EventType.PEACEFUL_PROTEST)).hasSize(1)
			.allMatch((m) -> m.sentence().contains("marched"));
	}

	@Test
	void shouldNotDateAnEventByTheSpanOfAStateItsTargetsWereIn() {
		List<IncidentMention> mentions = fromText(
				"""
						Night raid on the camp

						On Saturday night masked men arrived at the camp by the river, firing on protesters who had camped there since early March.
						""",
				"2023-05-09");
		assertThat(mentions).isNotEmpty()
			.allMatch((m) -> m.date() != null && m.date().start().equals(LocalDate.of(2023, 5, 6)));
	}

	@Test
	void shouldNotTakeASentenceThatRanksTheLastEventForANewOne() {
		List<IncidentMention> mentions = fromText("""
				Bomber strikes market

				On Friday, a suicide bomber blew himself up at a market in Tal Afar, wounding six people.

				It was the deadliest suicide attack in the town this year.
				""", "2023-05-09");
		assertThat(ofType(mentions, EventType.SUICIDE_BOMB)).hasSize(1);
	}

	@Test
	void shouldResolveWeekdaysWithYesterdayAndThisMorningUnderANumericDateLine() {
		List<IncidentMention> mentions = fromText(
				"""
						Attacks in the province

						Date: 09/03/2022

						A roadside bomb went off this morning, Wednesday, against a police patrol near Hit, wounding two policemen.

						Gunmen attacked an army post near Rutba yesterday evening, Tuesday, killing a soldier.
						""",
				null);
		assertThat(ofType(mentions, EventType.REMOTE_EXPLOSIVE)).singleElement()
			.satisfies((m) -> assertThat(m.date().start()).isEqualTo(LocalDate.of(2022, 3, 9)));
		assertThat(ofType(mentions, EventType.ARMED_CLASH)).singleElement()
			.satisfies((m) -> assertThat(m.date().start()).isEqualTo(LocalDate.of(2022, 3, 8)));
	}

}
