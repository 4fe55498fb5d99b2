package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.article.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date headings of timelines and live pages, in layouts other than the articles'.
 */
class SectionDatesTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2023, 9, 6);

	private final IncidentExtractor extractor = new IncidentExtractor();

	private static LocalDate day(String line) {
		EventDate date = SectionDates.of(line, PUBLISHED, 0);
		return (date != null) ? date.start() : null;
	}

	private static Map<Integer, EventDate> headings(String text, LocalDate published) {
		return SectionDates.headings(Sentences.split(text), published, SectionDates.latestYear(text));
	}

	private List<IncidentMention> fromText(String text, String published) {
		return this.extractor.extract(ArticleReader.fromPost(text, null, null, published));
	}

	@Test
	void shouldReadHeadingsOfManyLayouts() {
		assertThat(day("Wednesday 30 August")).isEqualTo(LocalDate.of(2023, 8, 30));
		assertThat(day("Thu 31 Aug, morning")).isEqualTo(LocalDate.of(2023, 8, 31));
		assertThat(day("Fri. 1st September – Hawija")).isEqualTo(LocalDate.of(2023, 9, 1));
		assertThat(day("Sat 02/09 · Kirkuk city centre")).isEqualTo(LocalDate.of(2023, 9, 2));
		assertThat(day("04.09.2023")).isEqualTo(LocalDate.of(2023, 9, 4));
		assertThat(day("SUNDAY, SEPT. 3")).isEqualTo(LocalDate.of(2023, 9, 3));
		assertThat(day("August 29 | late evening")).isEqualTo(LocalDate.of(2023, 8, 29));
		assertThat(day("12 March 2022: the first drone")).isEqualTo(LocalDate.of(2022, 3, 12));
		assertThat(day("08/28 — Dhiban")).isEqualTo(LocalDate.of(2023, 8, 28));
	}

	@Test
	void shouldNotTakeHeadlinesOrPhrasesThatOpenWithANumberOrADayForHeadings() {
		assertThat(day("3/4 of the fighters came from outside the province")).isNull();
		assertThat(day("30 March protesters return to Tahrir Square")).isNull();
		assertThat(day("March 3 was the bloodiest day of the month")).isNull();
		assertThat(day("May 2021 saw a spike in rocket attacks")).isNull();
		assertThat(day("Sunday Times reporter detained in Basra")).isNull();
		assertThat(day("12 killed as car bomb hits Sadr City market")).isNull();
		assertThat(day("Monday's attack: what we know")).isNull();
		assertThat(day("23.50 local time")).isNull();
	}

	@Test
	void shouldTakeOnlyAShortLineOfItsOwnForAHeading() {
		assertThat(headings("""
				Timeline of the clashes

				March 3, the army said, gunmen attacked a checkpoint near Tarmiyah and killed two soldiers.

				Monday 6 March, after a quiet weekend in the villages around the town, fighting resumed
				""", LocalDate.of(2023, 3, 8))).isEmpty();
	}

	@Test
	void shouldTakeALoneDateUnderTheHeadlineForTheDatelineNotForAHeading() {
		assertThat(headings(
				"""
						Drone strike hits militia depot near the border

						By a staff reporter
						September 4, 2023

						A drone struck a weapons depot used by a militia near the border town late on Sunday, two security officials said.
						""",
				PUBLISHED))
			.isEmpty();
	}

	@Test
	void shouldTakeALoneDateBetweenEntriesOfALivePageForAHeading() {
		Map<Integer, EventDate> found = headings("""
				Live: protests across the south

				22:10 - Security forces fired tear gas at protesters who tried to cross the bridge in Nasiriyah tonight.

				Tuesday 5 September

				00:40 - Two protesters were shot dead outside the provincial council building, medics said.
				""", PUBLISHED);
		assertThat(found.values()).extracting(EventDate::start).containsExactly(LocalDate.of(2023, 9, 5));
	}

	@Test
	void shouldCarryTheYearAcrossNewYearFromOneHeadingToTheNext() {
		Map<Integer, EventDate> found = headings("""
				Embassy siege: day by day

				Sat 30 Dec

				Crowds gathered outside the compound after the funerals of the men killed in the air strikes.

				Sun 31 Dec

				Protesters set fire to the reception building and threw stones at the guards.

				Mon 1 Jan

				The crowds withdrew after militia leaders told them to leave.
				""", LocalDate.of(2024, 1, 2));
		assertThat(found.values()).extracting(EventDate::start)
			.containsExactly(LocalDate.of(2023, 12, 30), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1));
	}

	@Test
	void shouldPutAHeadingJustAfterPublicationInTheComingYearAtNewYear() {
		EventDate date = SectionDates.of("Tuesday 2 January", LocalDate.of(2023, 12, 30), 0);
		assertThat(date.start()).isEqualTo(LocalDate.of(2024, 1, 2));
		assertThat(SectionDates.of("Friday 29 December", LocalDate.of(2024, 1, 3), 0).start())
			.isEqualTo(LocalDate.of(2023, 12, 29));
	}

	@Test
	void shouldDateEntriesUnderEachHeadingByTheirHeadingUnlessTheyNameTheirOwnDay() {
		List<IncidentMention> mentions = fromText("""
				Kirkuk unrest: a timeline

				Sat 26 Aug

				Protesters blocked the Kirkuk–Erbil road outside the city, burning tyres.

				Mon 28 Aug

				Security forces fired live rounds at demonstrators in Kirkuk, killing one man.

				On 20 August, a week earlier, a rocket had hit a police post in Dibis, wounding two officers.

				Sat 2 Sept, evening

				A roadside bomb exploded near a patrol in Hawija, killing three soldiers.
				""", "2023-09-06");
		assertThat(mentions).anySatisfy((m) -> {
			assertThat(m.type()).isEqualTo(EventType.REMOTE_EXPLOSIVE);
			assertThat(m.date().start()).isEqualTo(LocalDate.of(2023, 9, 2));
		});
		assertThat(mentions).noneSatisfy((m) -> {
			assertThat(m.type()).isEqualTo(EventType.REMOTE_EXPLOSIVE);
			assertThat(m.date().start()).isNotEqualTo(LocalDate.of(2023, 9, 2));
		});
		assertThat(mentions).filteredOn((m) -> m.date() != null)
			.anySatisfy((m) -> assertThat(m.date().start()).isEqualTo(LocalDate.of(2023, 8, 28)))
			.noneSatisfy((m) -> assertThat(m.date().start()).isEqualTo(LocalDate.of(2023, 9, 4)));
	}

	@Test
	void shouldPutAWeekdayInsideAnEntryInTheWeekOfItsHeading() {
		List<IncidentMention> mentions = fromText("""
				Deir ez-Zor clashes: the monitor's log

				Tue 29/08 · Hajin

				Tribal fighters attacked a checkpoint in Hajin on Monday evening, killing two guards.

				Thu 31/08 · Dhiban

				A drone struck a house in Dhiban, killing four people.
				""", "2023-09-20");
		assertThat(mentions).anySatisfy((m) -> {
			assertThat(m.date()).isNotNull();
			assertThat(m.date().start()).isEqualTo(LocalDate.of(2023, 8, 28));
		});
		assertThat(mentions).anySatisfy((m) -> {
			assertThat(m.type()).isEqualTo(EventType.AIR_DRONE_STRIKE);
			assertThat(m.date().start()).isEqualTo(LocalDate.of(2023, 8, 31));
		});
	}

}
