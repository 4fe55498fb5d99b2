package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.conflictdata.incidentmap.article.ArticleReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A toll told in a sentence of its own belongs to the one event just told, and a tally of
 * several events or of a period to none.
 */
class TollHandOverTests {

	private static List<IncidentMention> mentions(String text) {
		return new IncidentExtractor().extract(ArticleReader.fromPost(text, null, null, "2022-03-10"));
	}

	private static Count killedOfFirst(String text) {
		List<IncidentMention> found = mentions(text);
		assertThat(found).isNotEmpty();
		return found.get(0).killed();
	}

	@Test
	void shouldGiveTheTollToTheEventAcrossASentenceThatToldNothingNew() {
		assertThat(
				killedOfFirst("On Monday, villagers in Hawija threw stones at a checkpoint. The soldiers fired back. "
						+ "Doctors said two of the villagers were killed.\n"))
			.isEqualTo(Count.exactly(2));
	}

	@Test
	void shouldNotReachAcrossAParagraphOrTwoSentencesForAToll() {
		assertThat(killedOfFirst(
				"On Monday, villagers in Hawija threw stones at a checkpoint. The soldiers fired back.\n\n"
						+ "Doctors said two of the villagers were killed.\n"))
			.isNull();
	}

	@Test
	void shouldGiveTheTollToTheReportedEventRatherThanARecalledOne() {
		List<IncidentMention> found = mentions(
				"On Tuesday, police opened fire on demonstrators at the bridge in Kut that protesters had blocked. "
						+ "Medics said at least six were killed.\n");
		assertThat(found.get(0).killed()).isEqualTo(new Count(6, 6, null));
		assertThat(found.stream().skip(1).map(IncidentMention::killed)).containsOnlyNulls();
	}

	@Test
	void shouldTakeATollFromANewParagraphThatDatesTheFightingToTheNextDay() {
		assertThat(killedOfFirst("Gunmen attacked an army post near Tuz Khurmatu late on Saturday.\n\n"
				+ "The army said five soldiers were killed in fighting that went on until Sunday morning.\n"))
			.isEqualTo(Count.exactly(5));
	}

	@Test
	void shouldNotTakeATollFromANewParagraphAboutAnotherDay() {
		assertThat(killedOfFirst("Gunmen attacked an army post near Tuz Khurmatu late on Saturday.\n\n"
				+ "On Wednesday, five soldiers were killed there.\n"))
			.isNull();
	}

	@Test
	void shouldGiveATallyOfSeveralEventsOrOfAPeriodToNone() {
		assertThat(killedOfFirst("On Monday, a bomb exploded at a market in Baquba. "
				+ "More than 300 people have been killed in the province since January.\n"))
			.isNull();
		assertThat(killedOfFirst(
				"On Monday, a bomb exploded at a market in Baquba. Together the three blasts killed at least nine.\n"))
			.isNull();
		assertThat(TollHandOver.isTally("The two bombings left eleven dead.")).isTrue();
		assertThat(TollHandOver.isTally("Eleven people were killed and the toll may rise.")).isFalse();
	}

}
