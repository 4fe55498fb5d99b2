package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;

import org.conflictdata.incidentmap.article.ArticleReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undated events in the body of a report take the day its lead dates.
 */
class LeadDaysTests {

	private final IncidentExtractor extractor = new IncidentExtractor();

	private List<IncidentMention> extract(String text, String published) {
		return this.extractor.extract(ArticleReader.fromPost(text, null, null, published));
	}

	private static String body(String lead) {
		return lead + "\n\nWitnesses described the noise as deafening and said the dust hung over the valley for hours."
				+ "\n\nA local doctor said the clinic had run out of bandages by noon and asked for supplies."
				+ "\n\nThe regional governor promised compensation to the families who lost their homes."
				+ "\n\nFurther north, rockets struck a checkpoint at Tal Abyad, wounding two guards.\n";
	}

	private static IncidentMention checkpoint(List<IncidentMention> mentions) {
		return mentions.stream().filter((m) -> m.sentence().contains("Tal Abyad")).findFirst().orElseThrow();
	}

	@Test
	void shouldDateAnUndatedBodyEventByTheDayOfTheLead() {
		List<IncidentMention> mentions = extract(
				body("Artillery shells hit a market in Ras al-Ain on Tuesday, killing four people, medics said."),
				"2021-05-13");
		IncidentMention later = checkpoint(mentions);
		assertThat(later.date().start()).isEqualTo(LocalDate.of(2021, 5, 11));
		assertThat(later.date().precision()).isEqualTo(DatePrecision.DAY);
	}

	@Test
	void shouldLeaveTheBodyEventUndatedWhenTheLeadNamesNoDay() {
		List<IncidentMention> mentions = extract(
				body("Artillery shells hit a market in Ras al-Ain, killing four people, medics said."), "2021-05-13");
		assertThat(checkpoint(mentions).date()).isNull();
	}

	@Test
	void shouldNotLendALeadDayOlderThanTheWeekBeforePublication() {
		List<IncidentMention> mentions = extract(
				body("Artillery shells hit a market in Ras al-Ain on 2 April 2021, killing four people, medics said."),
				"2021-05-13");
		assertThat(checkpoint(mentions).date()).isNull();
	}

	@Test
	void shouldStopLendingOnceTheStoryMovesToAnotherDay() {
		List<IncidentMention> mentions = extract(body(
				"Artillery shells hit a market in Ras al-Ain on Tuesday, killing four people, medics said.")
			.replace("The regional governor promised compensation",
					"On Monday, a mortar round hit a school in Amuda, and the regional governor promised compensation"),
				"2021-05-13");
		IncidentMention later = checkpoint(mentions);
		assertThat((later.date() != null) ? later.date().start() : null).isNotEqualTo(LocalDate.of(2021, 5, 11));
	}

	@Test
	void shouldNotDateAMereReferenceToTheAttack() {
		List<IncidentMention> mentions = extract(
				body("Artillery shells hit a market in Ras al-Ain on Tuesday, killing four people, medics said.")
					.replace("The regional governor promised compensation",
							"The foreign ministry called the attack a crime and promised compensation"),
				"2021-05-13");
		assertThat(mentions).filteredOn((m) -> m.sentence().contains("called the attack"))
			.allMatch((m) -> m.date() == null);
	}

	private static IncidentMention scene(List<IncidentMention> mentions) {
		return mentions.stream().filter((m) -> m.sentence().startsWith("The lorry")).findFirst().orElseThrow();
	}

	@Test
	void shouldDateAnOpeningSceneByTheStrikeTheNextSentenceDates() {
		List<IncidentMention> mentions = extract("The lorry was a few hundred metres past the Rabia crossing when"
				+ " the missiles struck.\n\nJust before dawn on Tuesday, an armed drone fired at the lorry and an"
				+ " escort car on the highway, killing three men, officials said.\n", "2021-05-13");
		IncidentMention scene = scene(mentions);
		assertThat(scene.date().start()).isEqualTo(LocalDate.of(2021, 5, 11));
		assertThat(scene.type()).isEqualTo(EventType.AIR_DRONE_STRIKE);
	}

	@Test
	void shouldKeepShellingWhenTheDatedSentenceNamesNoAircraft() {
		List<IncidentMention> mentions = extract(
				"The lorry was a few hundred metres past the Rabia crossing when"
						+ " the missiles struck.\n\nJust before dawn on Tuesday, rockets fired from a truck hit the"
						+ " lorry and an escort car on the highway, killing three men, officials said.\n",
				"2021-05-13");
		IncidentMention scene = scene(mentions);
		assertThat(scene.date().start()).isEqualTo(LocalDate.of(2021, 5, 11));
		assertThat(scene.type()).isEqualTo(EventType.SHELLING_ARTILLERY_MISSILE);
	}

	@Test
	void shouldNotDateASceneDeepInTheStory() {
		List<IncidentMention> mentions = extract(body(
				"Artillery shells hit a market in Ras al-Ain, killing four" + " people, medics said.")
				+ "\nThe lorry was a few hundred metres past the Rabia crossing when the"
				+ " missiles struck.\n\nOn Tuesday, an armed drone fired at a car near Sinjar, officials said.\n",
				"2021-05-13");
		IncidentMention scene = scene(mentions);
		assertThat(scene.date()).isNull();
		assertThat(scene.type()).isEqualTo(EventType.SHELLING_ARTILLERY_MISSILE);
	}

	@Test
	void shouldNotDateAStandfirstByTheNextSentence() {
		List<IncidentMention> mentions = extract("The lorry was hit by missiles near the Rabia crossing; a little-known"
				+ " group claims the attack\n\nJust before dawn on Tuesday, an armed drone fired at the lorry and an"
				+ " escort car on the highway, killing three men, officials said.\n", "2021-05-20");
		assertThat(mentions).filteredOn((m) -> m.sentence().startsWith("The lorry"))
			.allSatisfy((m) -> assertThat(m.date()).isNull());
		assertThat(mentions).anySatisfy((m) -> assertThat(m.sentence()).startsWith("Just before dawn"));
	}

}
