package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.conflictdata.incidentmap.article.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two events one sentence ties by a count ("..., two days after jets pounded ..."): the
 * event the count names is on the counted day, the one told before it on the day the
 * count runs from — publication when nothing was dated before, else the date the text
 * gives.
 */
class CountedDaysTests {

	private final IncidentExtractor extractor = new IncidentExtractor();

	private List<IncidentMention> fromText(String text) {
		return this.extractor.extract(ArticleReader.fromPost(text, null, null, "2020-03-18"));
	}

	private static LocalDate dateOf(List<IncidentMention> mentions, String trigger) {
		IncidentMention m = mentions.stream()
			.filter((x) -> x.trigger().contains(trigger))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no mention '" + trigger + "' in " + mentions));
		return (m.date() != null) ? m.date().start() : null;
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Gunmen ambushed a police patrol near Tarmiyah, killing three officers, two days after a roadside bomb struck an army convoy in the same district. | ambushed | 2020-03-18 | roadside bomb | 2020-03-16
					A car bomb exploded at a market in Tal Afar, killing six people, three days after militants attacked a checkpoint outside the town. | car bomb | 2020-03-18 | attacked | 2020-03-15
					Rockets slammed into the Green Zone in Baghdad, a day after drones struck a militia headquarters in Jurf al-Sakhar. | Rockets | 2020-03-18 | drones struck | 2020-03-17
					Turkish warplanes bombed villages near Amadiya, four days after PKK fighters ambushed a Turkish outpost in Hakkari. | bombed | 2020-03-18 | ambushed | 2020-03-14
					Israeli jets struck weapons depots near Albu Kamal, five days after rockets hit the Golan Heights. | jets struck | 2020-03-18 | rockets hit | 2020-03-13
					Crowds smashed their way into the embassy in Baghdad and set the gate alight, two days after U.S. jets pounded militia bases near al-Qaim. | smashed | 2020-03-18 | jets pounded | 2020-03-16
					The army shelled positions near Sinjar, a week after militants attacked a checkpoint near Tal Afar. | shelled | 2020-03-18 | attacked | 2020-03-09
					Clashes broke out in Basra on Sunday. Gunmen shot dead a shopkeeper in Mosul, two days after a car bomb exploded near Tal Afar. | shot dead | 2020-03-15 | car bomb | 2020-03-13
					A mortar round hit a school in Tuz Khurmatu on Monday, a day after a roadside bomb exploded in Kirkuk. | mortar | 2020-03-16 | roadside bomb | 2020-03-15
					Gunmen shot dead a farmer near Hawija on Wednesday, less than a week after militants ambushed an army post near Daquq on the night of 8 March. | shot dead | 2020-03-18 | ambushed | 2020-03-08
					""")
	// A count of weeks dates its event to the five days around the counted day (the
	// 11th): the span starts on the 9th.
	void shouldDateBothEventsOfACount(String text, String first, LocalDate firstDay, String named, LocalDate namedDay) {
		List<IncidentMention> mentions = fromText(text);
		assertThat(dateOf(mentions, first)).isEqualTo(firstDay);
		assertThat(dateOf(mentions, named)).isEqualTo(namedDay);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Protesters stormed the consulate in Basra, two days after the funeral of the cleric in Najaf. | stormed
			Protesters stormed the consulate in Basra two days after the funeral. | stormed
			""")
	void shouldNotDateByACountFromAnUndatedOccasionThatIsNoEvent(String text, String first) {
		// A count from a funeral, a speech or a vote without a date gives no day: the
		// occasion is not an event of the story, and the count runs from nothing known.
		assertThat(dateOf(fromText(text), first)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Officials warned that militants could attack checkpoints near Tal Afar, two days after a bomb exploded in Mosul.
					Police said on Monday that a shopkeeper in Mosul was unharmed, two days after the city's governor resigned.
					""")
	void shouldNotReportAThreatOrANonEventTiedByACount(String text) {
		assertThat(fromText(text)).noneMatch((m) -> m.trigger().contains("attack checkpoints"));
	}

}
