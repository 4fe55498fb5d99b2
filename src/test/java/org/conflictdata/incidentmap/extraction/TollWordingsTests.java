package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.conflictdata.incidentmap.article.ArticleReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tolls told as bodies, as a toll that rose, as one person and others, as none at all,
 * and in a later sentence; aggregates over a war or a period are no toll.
 */
class TollWordingsTests {

	private static Count killed(String text) {
		return CasualtyParser.parse(text).killed();
	}

	private static Count killedOfFirst(String text) {
		List<IncidentMention> found = new IncidentExtractor()
			.extract(ArticleReader.fromPost(text, null, null, "2022-03-10"));
		assertThat(found).isNotEmpty();
		return found.get(0).killed();
	}

	@Test
	void shouldCountBodiesRecoveredAsKilled() {
		assertThat(killed("Medics said four bodies were recovered from the rubble.")).isEqualTo(Count.exactly(4));
		assertThat(killed("Rescuers pulled seven bodies out of the collapsed building.")).isEqualTo(Count.exactly(7));
		assertThat(killed("Civil defence teams had recovered 12 bodies by nightfall.")).isEqualTo(Count.exactly(12));
		assertThat(killed("At least nine bodies had been taken to the city morgue, a doctor said.").min()).isEqualTo(9);
		assertThat(killed("The hospital received five bodies and treated dozens of people."))
			.isEqualTo(Count.exactly(5));
	}

	@Test
	void shouldNotCountBodiesThatAreNotCounted() {
		assertThat(killed("The bodies were handed over to their families.")).isNull();
		assertThat(killed("Both sides agreed to exchange prisoners and bodies next week.")).isNull();
	}

	@Test
	void shouldReadATollThatRose() {
		assertThat(killed("The toll rose to 12 on Tuesday.")).isEqualTo(Count.exactly(12));
		assertThat(killed("Two more victims died overnight, bringing the toll to nine.")).isEqualTo(Count.exactly(9));
		assertThat(killed("By evening the toll had climbed to at least 20.").min()).isEqualTo(20);
		assertThat(killed("The toll from the market bombing now stands at 31.")).isEqualTo(Count.exactly(31));
	}

	@Test
	void shouldNotReadTheTollOfAWarAsOneEvent() {
		assertThat(killed("The toll of the civil war has risen to 300,000.")).isNull();
		assertThat(killed("Drivers must pay a toll at the bridge.")).isNull();
	}

	@Test
	void shouldCountOnePersonNamedWithOthers() {
		assertThat(killed("A drone strike killed the commander and two of his bodyguards near Sinjar."))
			.isEqualTo(Count.exactly(3));
		assertThat(killed("The colonel and three of his men were killed when their convoy was ambushed."))
			.isEqualTo(Count.exactly(4));
		assertThat(killed("Gunmen shot dead a local official and two of his relatives.")).isEqualTo(Count.exactly(3));
		assertThat(killed("An airstrike killed a senior militant along with four other fighters."))
			.isEqualTo(Count.exactly(5));
		assertThat(killed("A roadside bomb killed a soldier and two civilians.")).isEqualTo(Count.exactly(3));
	}

	@Test
	void shouldNotSumGroupsThatAreNotCasualties() {
		assertThat(killed("The commander and two of his aides met the governor on Monday.")).isNull();
		assertThat(killed("The soldiers and two civilians were killed in the blast.").value()).isNotEqualTo(3);
		assertThat(killed("The spokesman and two witnesses said the patrol was not hit.")).isNull();
	}

	@Test
	void shouldReadTheDeadCountedAmongAsALowestFigure() {
		assertThat(killed("The dead included two children.")).isEqualTo(new Count(2, 2, null));
		assertThat(killed("Among the dead were three policemen and a shepherd.")).isEqualTo(new Count(4, 4, null));
		assertThat(killed("Those killed included a local council member.")).isEqualTo(new Count(1, 1, null));
		assertThat(killed("Among the victims was a ten-year-old boy.")).isEqualTo(new Count(1, 1, null));
		assertThat(killed("The dead were buried on Tuesday.")).isNull();
	}

	@Test
	void shouldReadTollsToldAsNone() {
		assertThat(killed("There are no reports of deaths.")).isEqualTo(Count.exactly(0));
		assertThat(killed("A coalition spokesman said there were no injuries and minor damage."))
			.isEqualTo(Count.exactly(0));
		assertThat(killed("The Pentagon said no American or Iraqi personnel had been killed or wounded."))
			.isEqualTo(Count.exactly(0));
		assertThat(killed("The shell caused damage but no casualties.")).isEqualTo(Count.exactly(0));
		assertThat(killed("The rockets fell in an empty field without causing casualties."))
			.isEqualTo(Count.exactly(0));
		assertThat(killed("No casualties were reported.")).isEqualTo(Count.exactly(0));
	}

	@Test
	void shouldNotReadAnOpenQuestionOrAToldTollAsNone() {
		assertThat(killed("It was not clear whether there were casualties.")).isNull();
		assertThat(killed("Two soldiers were killed; there were no injuries among the civilians."))
			.isEqualTo(Count.exactly(2));
	}

	@Test
	void shouldHandALaterSentenceTollToTheEventJustTold() {
		assertThat(
				killedOfFirst("A car bomb exploded at a market in Kirkuk on Monday. At least 33 people died.\n").min())
			.isEqualTo(33);
		assertThat(killedOfFirst("A car bomb exploded at a market in Kirkuk on Monday. "
				+ "Medics said four bodies were recovered from the rubble.\n"))
			.isEqualTo(Count.exactly(4));
		assertThat(
				killedOfFirst("A car bomb exploded at a market in Kirkuk on Monday. The toll rose to 12 on Tuesday.\n"))
			.isEqualTo(Count.exactly(12));
		assertThat(killedOfFirst("Rockets struck the Ain al-Asad base on Wednesday. "
				+ "The Pentagon said no American or Iraqi personnel had been killed or wounded.\n"))
			.isEqualTo(Count.exactly(0));
		assertThat(killedOfFirst("A drone hit a house in the Green Zone on Sunday. There are no reports of deaths.\n"))
			.isEqualTo(Count.exactly(0));
	}

	@Test
	void shouldNotHandAnAggregateToTheEvent() {
		assertThat(killedOfFirst("A car bomb exploded at a market in Kirkuk on Monday. "
				+ "The war has killed between 300,000 and 500,000 people.\n"))
			.isNull();
		assertThat(killedOfFirst("A car bomb exploded at a market in Kirkuk on Monday. "
				+ "More than 600 protesters have been killed since the start of the uprising.\n"))
			.isNull();
		assertThat(killedOfFirst("A car bomb exploded at a market in Kirkuk on Monday. "
				+ "The conflict, which has claimed thousands of lives, shows no sign of ending.\n"))
			.isNull();
		assertThat(killedOfFirst("A car bomb exploded at a market in Kirkuk on Monday. "
				+ "Over 200 people have died in the insurgency this year.\n"))
			.isNull();
		assertThat(killedOfFirst("A car bomb exploded at a market in Kirkuk on Monday. "
				+ "Similar bombings over the past two years have killed dozens.\n"))
			.isNull();
	}

	@Test
	void shouldReadNoTollFromThreatsAndNearMisses() {
		assertThat(killed("The blast could have killed dozens of shoppers.")).isNull();
		assertThat(killed("The group threatened to kill the hostages.")).isNull();
	}

}
