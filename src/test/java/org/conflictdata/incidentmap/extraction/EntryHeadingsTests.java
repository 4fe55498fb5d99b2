package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.article.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chronologies whose entries open with a "date — place" line of their own, followed by
 * the paragraph that tells what happened there: the line dates the paragraphs under it
 * and names where their events are.
 */
class EntryHeadingsTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 10);

	private final IncidentExtractor extractor = new IncidentExtractor();

	private static LocalDate day(String line) {
		EventDate date = SectionDates.of(line, PUBLISHED, 0);
		return (date != null) ? date.start() : null;
	}

	private List<IncidentMention> fromText(String text) {
		return this.extractor.extract(ArticleReader.fromPost(text, null, null, PUBLISHED.toString()));
	}

	@Test
	void shouldReadDatePlaceHeadingsInEveryCommonForm() {
		assertThat(day("\u25aa Mon 15.02.2021 \u2014 Erbil International Airport, Kurdistan Region"))
			.isEqualTo(LocalDate.of(2021, 2, 15));
		assertThat(day("\u2022 Sat 20 February 2021 \u2014 Balad air base")).isEqualTo(LocalDate.of(2021, 2, 20));
		assertThat(day("\u2013 22 February \u2013 Green Zone, Baghdad")).isEqualTo(LocalDate.of(2021, 2, 22));
		assertThat(day("* March 3, 2021 \u2014 Ain al-Asad air base, Anbar")).isEqualTo(LocalDate.of(2021, 3, 3));
		assertThat(day("2021-02-15 \u2014 Erbil")).isEqualTo(LocalDate.of(2021, 2, 15));
		assertThat(day("\u25aa 2021-01-23 | Baghdad airport")).isEqualTo(LocalDate.of(2021, 1, 23));
		assertThat(day("\u2022 Thursday 4 March \u2014 Ain al-Asad")).isEqualTo(LocalDate.of(2021, 3, 4));
		assertThat(day("- Feb 24 \u2014 Camp Taji, north of Baghdad")).isEqualTo(LocalDate.of(2021, 2, 24));
		assertThat(day("\u25cf 16/02/2021 \u00b7 Erbil")).isEqualTo(LocalDate.of(2021, 2, 16));
		assertThat(day("Tue 23.02.2021 - US embassy, Baghdad")).isEqualTo(LocalDate.of(2021, 2, 23));
		assertThat(day("\u25aa Wednesday, 3 March 2021 \u2014 al-Baghdadi, Anbar province"))
			.isEqualTo(LocalDate.of(2021, 3, 3));
		assertThat(day("\u2022 Jan. 23 \u2014 Baghdad International Airport")).isEqualTo(LocalDate.of(2021, 1, 23));
	}

	@Test
	void shouldNotTakeBulletedProseOrBylinesForHeadings() {
		assertThat(day("\u2022 12 rockets hit the base overnight")).isNull();
		assertThat(day("\u25aa 2021 saw fewer attacks than 2020")).isNull();
		assertThat(day("* 3 March protesters return to the square")).isNull();
		assertThat(day("\u2022 Sunday Times correspondent in Erbil")).isNull();
		assertThat(day("- 30 killed in a week of fighting")).isNull();
	}

	@Test
	void shouldNameThePlaceOfAHeadingAfterItsDay() {
		assertThat(SectionDates.place("\u25aa Tue 03.12.2019 \u2014 Ain al-Asad air base, Anbar province"))
			.isEqualTo("Ain al-Asad air base, Anbar province");
		assertThat(SectionDates.place("2021-02-15 \u2014 Erbil")).isEqualTo("Erbil");
		assertThat(SectionDates.place("Tue 23.02.2021 - US embassy, Baghdad")).isEqualTo("US embassy, Baghdad");
		assertThat(SectionDates.place("Wednesday 30 August")).isNull();
		assertThat(SectionDates.place("Background")).isNull();
	}

	@Test
	void shouldDateEachBodyByTheStampLineAboveItNotByTheEntryBefore() {
		List<IncidentMention> mentions = fromText(
				"""
						Rocket attacks on foreign forces in Iraq: a chronology

						Background

						Between March and December 2020 there were at least twenty rocket attacks on sites hosting foreign troops.

						Entries

						\u25aa Mon 15.02.2021 \u2014 Erbil International Airport, Kurdistan Region
						Some fourteen rockets struck the airport and a nearby residential area after nine in the evening, killing a foreign contractor.

						\u25aa Sat 20.02.2021 \u2014 Balad air base, Salahuddin province
						Two rockets landed inside the perimeter of the base late at night. Nobody was hurt.

						Note: two further attacks on supply convoys in February could not be confirmed and are not listed.

						\u25aa Mon 22.02.2021 \u2014 Green Zone, Baghdad
						Two rockets came down near the embassy compound shortly after dusk, causing no casualties.

						\u25aa Wed 03.03.2021 \u2014 Ain al-Asad air base, Anbar province
						At least ten rockets hit the base in the morning; a contractor died of a heart attack while sheltering.
						""");
		assertThat(mentions).filteredOn((m) -> m.type() == EventType.SHELLING_ARTILLERY_MISSILE && !m.historical())
			.extracting((m) -> m.date().start())
			.contains(LocalDate.of(2021, 2, 15), LocalDate.of(2021, 2, 20), LocalDate.of(2021, 2, 22),
					LocalDate.of(2021, 3, 3))
			.allMatch((d) -> List
				.of(LocalDate.of(2021, 2, 15), LocalDate.of(2021, 2, 20), LocalDate.of(2021, 2, 22),
						LocalDate.of(2021, 3, 3))
				.contains(d));
	}

	@Test
	void shouldHandTheHeadingsPlaceToTheEventsItDates() {
		List<IncidentMention> mentions = fromText("""
				Attacks on coalition sites, February 2021

				\u2022 Sat 20 February 2021 \u2014 Balad air base, Salahuddin province
				Two rockets landed inside the perimeter late at night, causing no damage.

				\u2022 Mon 22 February 2021 \u2014 US embassy, Baghdad
				Three rockets were fired at the compound shortly after dusk; one hit a car park.
				""");
		assertThat(mentions).filteredOn((m) -> m.date() != null && m.date().start().equals(LocalDate.of(2021, 2, 20)))
			.isNotEmpty()
			.allSatisfy((m) -> assertThat(m.placeContext()).startsWith("Balad air base, Salahuddin province"));
		assertThat(mentions).filteredOn((m) -> m.date() != null && m.date().start().equals(LocalDate.of(2021, 2, 22)))
			.isNotEmpty()
			.allSatisfy((m) -> assertThat(m.placeContext()).startsWith("US embassy, Baghdad"));
	}

	@Test
	void shouldNotHandTheHeadingsPlaceToAnEventTheEntryRecallsOnAnotherDay() {
		List<IncidentMention> mentions = fromText(
				"""
						Attacks on coalition sites, February 2021

						\u25aa Sat 20.02.2021 \u2014 Balad air base, Salahuddin province
						Two rockets landed inside the base late at night. On 24 February, US aircraft struck a militia depot in Deir ez-Zor.
						""");
		assertThat(mentions).filteredOn((m) -> m.type() == EventType.AIR_DRONE_STRIKE).isNotEmpty().allSatisfy((m) -> {
			assertThat(m.date().start()).isEqualTo(LocalDate.of(2021, 2, 24));
			assertThat(m.placeContext()).doesNotContain("Balad");
		});
	}

	@Test
	void shouldNotLetADateInsideProseOpenAnEntry() {
		List<IncidentMention> mentions = fromText(
				"""
						Iraq security review, published Wednesday 10 March 2021

						On 15 February rockets struck Erbil airport, killing a contractor. A week later, on 22 February, two rockets fell near the US embassy in Baghdad.

						Officials said the attacks showed that the factions were testing the new administration.
						""");
		assertThat(mentions).filteredOn((m) -> m.type() == EventType.SHELLING_ARTILLERY_MISSILE)
			.extracting((m) -> m.date().start())
			.contains(LocalDate.of(2021, 2, 15), LocalDate.of(2021, 2, 22))
			.doesNotContain(LocalDate.of(2021, 3, 10));
	}

}
