package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.conflictdata.incidentmap.article.ArticleReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A toll sentence with no event of its own that names an event back ("in the three
 * raids", "the strike was ordered by") belongs to the event it names, even when another
 * event was recalled in between; figures of the same dead from different sources make a
 * range; a tally belongs to none.
 */
class TollNamedBackTests {

	private static List<IncidentMention> mentions(String text) {
		return new IncidentExtractor().extract(ArticleReader.fromPost(text, null, null, "2022-03-10"));
	}

	private static IncidentMention of(List<IncidentMention> found, EventType type) {
		return found.stream().filter((m) -> m.type() == type).findFirst().orElseThrow();
	}

	@Test
	void shouldGiveTheTollToTheStrikesItNamesRatherThanTheAttackRecalledBetween() {
		List<IncidentMention> found = mentions("Israeli warplanes hit three positions near Deir ez-Zor on Tuesday. "
				+ "Officials called the raids a reply to Sunday's rocket attack on Metula that killed a farmer.\n\n"
				+ "A monitoring group said 14 fighters died in the three raids.\n");
		assertThat(of(found, EventType.AIR_DRONE_STRIKE).killed()).isEqualTo(Count.exactly(14));
		assertThat(of(found, EventType.SHELLING_ARTILLERY_MISSILE).killed()).isEqualTo(Count.exactly(1));
	}

	@Test
	void shouldGiveATollToTheBombingItNamesNotALaterShooting() {
		List<IncidentMention> found = mentions("A car bomb exploded outside a police station in Tikrit on Friday. "
				+ "Hours later, gunmen shot at a checkpoint in Samarra, police said.\n\n"
				+ "Medics said eight people were killed in the bombing.\n");
		assertThat(of(found, EventType.REMOTE_EXPLOSIVE).killed()).isEqualTo(Count.exactly(8));
	}

	@Test
	void shouldWidenAndNarrowOnlyForFiguresOfTheSameDead() {
		assertThat(TollHandOver.disputed(Count.exactly(10), Count.exactly(7))).isEqualTo(new Count(10, 7, 10));
		assertThat(TollHandOver.disputed(Count.exactly(5), Count.exactly(8))).isEqualTo(new Count(5, 5, 8));
		// A part of the dead (six of 25 at one of the sites), or another count.
		assertThat(TollHandOver.disputed(Count.exactly(25), Count.exactly(6))).isEqualTo(Count.exactly(25));
		assertThat(TollHandOver.disputed(Count.exactly(3), Count.exactly(40))).isEqualTo(Count.exactly(3));
		assertThat(TollHandOver.disputed(Count.exactly(4), Count.exactly(4))).isEqualTo(Count.exactly(4));
		assertThat(TollHandOver.disputed(Count.exactly(0), Count.exactly(1))).isEqualTo(Count.exactly(0));
	}

	@Test
	void shouldGiveATallyNamingTheAttacksToNone() {
		List<IncidentMention> found = mentions("A roadside bomb hit an army patrol near Tarmiyah on Monday.\n\n"
				+ "More than 200 people have been killed in the attacks since January.\n");
		assertThat(found.get(0).killed()).isNull();
	}

	@Test
	void shouldNotGiveATollOnAnotherDayToTheEventItNames() {
		List<IncidentMention> found = mentions("A roadside bomb hit an army patrol near Tarmiyah on Monday.\n\n"
				+ "On Thursday, two more soldiers were killed in a similar attack.\n");
		assertThat(found.get(0).killed()).isNull();
	}

	@Test
	void shouldNotGiveAShootingTollToABombing() {
		List<IncidentMention> found = mentions("A roadside bomb hit an army patrol near Tarmiyah on Monday. "
				+ "The soldiers were unhurt.\n\n" + "Police said five people were killed in the shooting.\n");
		assertThat(found.get(0).killed()).isNull();
	}

	@Test
	void shouldNotReachBackPastTheWindowForANamedEvent() {
		StringBuilder text = new StringBuilder("A car bomb exploded in Kirkuk on Monday.\n\n");
		for (int k = 0; k < 10; k++) {
			text.append("The city council met to discuss the budget for the coming year.\n\n");
		}
		text.append("Doctors said six were killed in the blast.\n");
		assertThat(mentions(text.toString()).get(0).killed()).isNull();
	}

}
