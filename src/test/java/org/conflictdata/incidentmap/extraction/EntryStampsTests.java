package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.article.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stamps that open entries of digests, logs and live pages, and the days they give
 * the events of their entries.
 */
class EntryStampsTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 8);

	private final IncidentExtractor extractor = new IncidentExtractor();

	private static LocalDate day(String paragraph) {
		EventDate date = EntryStamps.day(paragraph, PUBLISHED, 0);
		return (date != null) ? date.start() : null;
	}

	private List<IncidentMention> fromText(String text, String published) {
		return this.extractor.extract(ArticleReader.fromPost(text, null, null, published));
	}

	@Test
	void shouldReadTheDayOfManyEntryStamps() {
		assertThat(day("04/03 — KARBALA. Gunmen shot dead a lawyer outside his office.")).isEqualTo("2021-03-04");
		assertThat(day("4/3 - Karbala: gunmen shot dead a lawyer.")).isEqualTo("2021-03-04");
		assertThat(day("05.03 — HIT (Anbar). A roadside bomb struck a patrol.")).isEqualTo("2021-03-05");
		assertThat(day("05-03 – Hit: a roadside bomb struck a patrol.")).isEqualTo("2021-03-05");
		assertThat(day("03/26 — a US-style stamp with the month first.")).isEqualTo("2020-03-26");
		assertThat(day("Thu 04/03 — TIKRIT. Mortar rounds fell near the university.")).isEqualTo("2021-03-04");
		assertThat(day("Thursday, 04/03 | Tikrit | Mortar rounds fell.")).isEqualTo("2021-03-04");
		assertThat(day("Fri 5 Mar — MOSUL. An IED exploded.")).isEqualTo("2021-03-05");
		assertThat(day("5 March, 2215hrs — MOSUL. An IED exploded.")).isEqualTo("2021-03-05");
		assertThat(day("Friday 5 March, around 2215hrs — Mosul.")).isEqualTo("2021-03-05");
		assertThat(day("March 5 — Gunmen attacked a checkpoint.")).isEqualTo("2021-03-05");
		assertThat(day("Mar. 5, early morning: gunmen attacked a checkpoint.")).isEqualTo("2021-03-05");
		assertThat(day("2021-03-02 | Baiji | Sniper fire on an army post.")).isEqualTo("2021-03-02");
		assertThat(day("02/03/2021 — Baiji. Sniper fire on an army post.")).isEqualTo("2021-03-02");
		assertThat(day("06/03, approx. 0030hrs — SINJAR. Aircraft struck.")).isEqualTo("2021-03-06");
		assertThat(day("06/03, same night — MAKHMOUR. Strikes hit a hill.")).isEqualTo("2021-03-06");
		assertThat(day("Sat 06/03, 23:40 local — Rockets hit Balad.")).isEqualTo("2021-03-06");
		assertThat(day("7 March · evening · Kirkuk")).isEqualTo("2021-03-07");
		assertThat(day("1st March: a bomb went off in Samarra.")).isEqualTo("2021-03-01");
	}

	@Test
	void shouldRollAStampBackOverNewYear() {
		LocalDate january = LocalDate.of(2021, 1, 3);
		assertThat(EntryStamps.day("29/12 — BAGHDAD. A bomb exploded.", january, 0).start()).isEqualTo("2020-12-29");
		assertThat(EntryStamps.day("Dec 31 — Rockets hit Erbil.", january, 0).start()).isEqualTo("2020-12-31");
		assertThat(EntryStamps.day("02/01 — BAGHDAD. A bomb exploded.", january, 0).start()).isEqualTo("2021-01-02");
	}

	@Test
	void shouldNotReadNumbersThatAreNoStampsAsDays() {
		assertThat(day("The score was 15/06 in the second half of the match.")).isNull();
		assertThat(day("Fighters won 15-06 — a heavy defeat.")).isNull();
		assertThat(day("24/7 — the news desk never sleeps.")).isNull();
		assertThat(day("24/7 coverage: follow our live page.")).isNull();
		assertThat(day("9/11 — the attacks changed the region.")).isNull();
		assertThat(day("07/12 345 678 is the hotline number.")).isNull();
		assertThat(day("3/4 of the city is without power.")).isNull();
		assertThat(day("2.0 — the new version of the app.")).isNull();
		assertThat(day("Highway 1 — a bomb hit a convoy.")).isNull();
		assertThat(day("Route 12: closed after a blast.")).isNull();
		assertThat(day("Resolution 2334 — the council voted.")).isNull();
		assertThat(day("15 people were killed — officials said.")).isNull();
		assertThat(day("March 2020: the pandemic began.")).isNull();
		assertThat(day("In 15/06 reports, the ministry gave no figures.")).isNull();
		assertThat(day("10:05 — Rockets hit the Green Zone.")).isNull();
		assertThat(day("19.50 — Police fired tear gas.")).isNull();
	}

	@Test
	void shouldReadDottedFiguresAsDaysOnlyWhereTheOtherStampsAreDays() {
		String digest = "Weekly digest\n\n04/03 — HIT. A roadside bomb struck a patrol.\n\n"
				+ "05.03 — RAMADI. Gunmen attacked a police checkpoint.\n";
		assertThat(fromText(digest, "2021-03-08")).extracting((m) -> m.date().start())
			.containsExactly(LocalDate.of(2021, 3, 4), LocalDate.of(2021, 3, 5));
		String live = "Live: protests in Baghdad\n\n10:05 — Police fired tear gas at protesters in Tahrir Square.\n\n"
				+ "11.02 — Gunmen attacked a checkpoint in Kadhimiya.\n";
		assertThat(fromText(live, "2021-03-08")).extracting((m) -> m.date().start())
			.containsOnly(LocalDate.of(2021, 3, 8));
	}

	@Test
	void shouldDateEveryEventOfAnEntryByItsStamp() {
		String digest = """
				Weekly security digest

				06/03, approx. 0030hrs — SINJAR (Nineveh). Turkish aircraft struck positions on the mountain. Local sources reported damage to a depot.

				Sun 07/03 — AL-OMAR FIELD. Gunmen attacked an SDF checkpoint guarding the field. A monitor reported two killed.

				Friday 5 March, around 2130hrs — HAWIJA (Kirkuk). Militants attacked an army post. The army said two soldiers were wounded.

				2021-03-02 — BAIJI. A roadside bomb hit a fuel tanker on the highway.
				""";
		assertThat(fromText(digest, "2021-03-08")).extracting((m) -> m.date().start())
			.contains(LocalDate.of(2021, 3, 6), LocalDate.of(2021, 3, 7), LocalDate.of(2021, 3, 5),
					LocalDate.of(2021, 3, 2))
			.doesNotContain(LocalDate.of(2021, 3, 8));
	}

	@Test
	void shouldLetAnEntryThatStatesItsOwnDayKeepIt() {
		String digest = """
				Monitor log

				07/03 — KIRKUK. Police said on Friday that a bomb had exploded near the citadel.

				07/03 — TUZ KHURMATU. Reports on 03/03 of a drone strike were denied.
				""";
		List<IncidentMention> mentions = fromText(digest, "2021-03-08");
		assertThat(mentions).extracting((m) -> m.date().start()).contains(LocalDate.of(2021, 3, 7));
	}

	@Test
	void shouldDateALiveEntryByThePublicationDay() {
		String live = """
				Live: unrest in the south

				10:05 — Protesters set fire to the provincial council building in Nasiriyah, witnesses say.

				09:40 — In Diwaniyah, angry young men burned an office of a party late last night, a local official tells us.

				0030hrs — A rocket hit the airport in Basra.
				""";
		assertThat(fromText(live, "2021-03-08")).extracting((m) -> m.date().start())
			.contains(LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 7));
	}

	@Test
	void shouldDateARecapByItsOwnClauseNotBySpanStart() {
		String live = """
				Live: clashes in the city

				08:20 — A recap: on Friday, thousands of supporters of the cleric marched into the main square of Nasiriyah, the hub of the sit-in since October last year. Protesters say the marchers tore down and set fire to their tents.
				""";
		assertThat(fromText(live, "2021-03-08")).extracting((m) -> m.date().start())
			.isNotEmpty()
			.allMatch((d) -> d.equals(LocalDate.of(2021, 3, 5)));
	}

}
