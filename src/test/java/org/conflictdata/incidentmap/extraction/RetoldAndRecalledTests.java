package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Overview sentences and subheadings whose events are told again below, memories,
 * near-daily shelling, inquiries and comments about an attack, and a weekday restated as
 * a calendar day. Sentences written for these tests.
 */
class RetoldAndRecalledTests {

	@Test
	void shouldDropTheItemsOfAnOverviewThatAreToldBelow() {
		String text = "The provincial security office published its weekly summary on Sunday.\n\n"
				+ "Besides the market bombing, it listed a clash with smugglers east of Basra, a roadside bomb "
				+ "near Hilla and an air strike close to Rutba.\n\n"
				+ "On Tuesday, police clashed with smugglers for two hours east of Basra, killing two of them.\n\n"
				+ "On Wednesday, a roadside bomb wounded three soldiers on the highway near Hilla.\n\n"
				+ "Late on Thursday, jets struck a hideout close to Rutba.";
		List<IncidentMention> mentions = CurrentMentions.of(text, "2023-10-09");

		assertThat(mentions).noneMatch((m) -> m.sentence().startsWith("Besides"));
		assertThat(mentions).anyMatch((m) -> m.sentence().startsWith("On Tuesday"))
			.anyMatch((m) -> m.sentence().startsWith("On Wednesday"))
			.anyMatch((m) -> m.sentence().startsWith("Late on Thursday"));
	}

	@Test
	void shouldKeepOverviewItemsToldNowhereElse() {
		String text = "The provincial security office published its weekly summary on Sunday.\n\n"
				+ "It listed a clash with smugglers east of Basra, a roadside bomb near Hilla and an air strike "
				+ "close to Rutba.";
		List<IncidentMention> mentions = CurrentMentions.of(text, "2023-10-09");

		assertThat(mentions).filteredOn((m) -> m.sentence().startsWith("It listed")).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void shouldDropASubheadingWhoseEventTheNextSentenceTells() {
		String text = "Gunmen killed two guards at a checkpoint near Tikrit on Monday, police said.\n\n"
				+ "The checkpoint had been set up last month.\n\n" + "Drone hits car near Sinjar\n\n"
				+ "In the west, a drone struck a car near Sinjar late on Monday, killing the driver, the mayor said.";
		List<IncidentMention> mentions = CurrentMentions.of(text, "2023-10-10");

		assertThat(mentions).noneMatch((m) -> m.sentence().startsWith("Drone hits car"));
		assertThat(mentions).anyMatch((m) -> m.sentence().startsWith("In the west"));
	}

	@Test
	void shouldTreatAnEventAfterACueOfMemoryAsRecalled() {
		String text = "A car bomb killed six people at a bus station in Hilla on Saturday, police said. "
				+ "For residents the blast revived memories of May 2019, when a truck bomb killed 30 people at the "
				+ "same station.";
		List<IncidentMention> mentions = CurrentMentions.of(text, "2021-03-01");

		assertThat(mentions).singleElement().satisfies((m) -> assertThat(m.sentence()).startsWith("A car bomb"));
	}

	@Test
	void shouldKeepAnEventThatIsNotRecalled() {
		String text = "A car bomb killed six people at a bus station in Hilla on Saturday, police said. "
				+ "Separately, gunmen shot dead a shopkeeper in Kut on Sunday.";
		List<IncidentMention> mentions = CurrentMentions.of(text, "2021-03-01");

		assertThat(mentions).anyMatch((m) -> m.sentence().startsWith("Separately"));
	}

	@Test
	void shouldTreatShellingThatComesAlmostEveryDayAsALastingState() {
		String text = "Artillery shells hit the orchards of a border village on Friday, the mayor said. "
				+ "Farmers said the shelling now comes almost every day.";
		List<IncidentMention> mentions = CurrentMentions.of(text, "2022-08-14");

		assertThat(mentions).singleElement().satisfies((m) -> assertThat(m.sentence()).startsWith("Artillery"));
	}

	@Test
	void shouldNotMakeAnInquiryOrACommentAboutTheAttacksANewEvent() {
		String text = "Drones struck two oil fields near Zakho on Tuesday, the company said. "
				+ "The government named a committee to investigate the attacks. "
				+ "Ankara has not commented on the strikes.";
		List<IncidentMention> mentions = CurrentMentions.of(text, "2025-07-17");

		assertThat(mentions).allMatch((m) -> m.sentence().startsWith("Drones struck"));
	}

	@Test
	void shouldDateAnEventByTheCalendarDayThatRestatesItsWeekday() {
		String text = "Soldiers clashed with militants in a valley west of Kirkuk on Sunday night (4 February), "
				+ "the army said.";
		List<IncidentMention> mentions = CurrentMentions.of(text, "2024-02-12");

		assertThat(mentions).singleElement()
			.satisfies((m) -> assertThat(m.date().start().toString()).isEqualTo("2024-02-04"));
	}

	@Test
	void shouldDateByTheWeekdayWhenNoCalendarDayFollowsIt() {
		String text = "Soldiers clashed with militants in a valley west of Kirkuk on Sunday night, the army said.";
		List<IncidentMention> mentions = CurrentMentions.of(text, "2024-02-12");

		assertThat(mentions).singleElement()
			.satisfies((m) -> assertThat(m.date().start().toString()).isEqualTo("2024-02-11"));
	}

	@Test
	void shouldNotCountADeathReferredToInAFollowUpAsAVictim() {
		String text = "Missiles struck the camps of an exile party near Koya on Wednesday, officials said. "
				+ "Tehran accuses the party of stoking protests that have spread since the death of a student in "
				+ "police custody.";
		List<IncidentMention> mentions = CurrentMentions.of(text, "2022-09-29");

		assertThat(mentions).singleElement().satisfies((m) -> assertThat(m.killed()).isNull());
	}

	@Test
	void shouldStillTakeTheDeadFromAFollowUpAboutTheSameStrike() {
		String text = "Missiles struck the camps of an exile party near Koya on Wednesday, officials said. "
				+ "The strike killed four people, the local hospital said.";
		List<IncidentMention> mentions = CurrentMentions.of(text, "2022-09-29");

		assertThat(mentions).singleElement().satisfies((m) -> assertThat(m.killed()).isEqualTo(Count.exactly(4)));
	}

}
