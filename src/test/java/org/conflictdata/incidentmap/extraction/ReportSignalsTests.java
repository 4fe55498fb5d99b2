package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cues that a report counts many events, in phrasings other than the articles'.
 */
class ReportSignalsTests {

	@Test
	void shouldReadACountOfAttacksOfTwoKindsAsAnAggregate() {
		assertThat(ReportSignals.isAggregate(
				"Monitors recorded more than 40 rocket or mortar attacks on the airport since the spring.", null))
			.isTrue();
		assertThat(ReportSignals.isAggregate("The army logged 25 mortar and sniper attacks in the district.", null))
			.isTrue();
		assertThat(ReportSignals.isAggregate("A rocket and mortar attack hit the airport on Monday.", null)).isFalse();
	}

	@Test
	void shouldReadARateOfAttacksAsAnAggregate() {
		assertThat(ReportSignals.isAggregate("Insurgent raids have averaged roughly 12 a week along the river", null))
			.isTrue();
		assertThat(ReportSignals.isAggregate("the militia fired some 30 rockets a month at the base", null)).isTrue();
		assertThat(ReportSignals.isAggregate("The checkpoint was hit a week after the raid", null)).isFalse();
		assertThat(ReportSignals.isAggregate("Three raids last month left the town without power", null)).isFalse();
	}

	@Test
	void shouldReadRepeatedHitsOnOneTargetAsAnAggregate() {
		assertThat(ReportSignals.isAggregate("Mortars struck the camp twice in June.", null)).isTrue();
		assertThat(ReportSignals.isAggregate("Drones targeted the airfield at least five times last year.", null))
			.isTrue();
		assertThat(ReportSignals.isAggregate("A drone struck the airfield at five in the morning.", null)).isFalse();
		assertThat(ReportSignals.isAggregate("The gunman shot him several times in the chest.", null)).isFalse();
		assertThat(ReportSignals.isAggregate("The raid was one of several on the valley this month", null)).isTrue();
		assertThat(ReportSignals.isAggregate("monitors put the number of car bombings at 40 this year", null)).isTrue();
		assertThat(ReportSignals.isAggregate("one of the three soldiers was wounded in the attack", null)).isFalse();
	}

	@Test
	void shouldReadACessationOrALastingStateAsAHabitRatherThanAnEvent() {
		assertThat(ReportSignals.isHabitual("villagers say the bombardment has not stopped", null)).isTrue();
		assertThat(ReportSignals.isHabitual("the drone flights had largely ceased by then", null)).isTrue();
		assertThat(ReportSignals.isHabitual("sniper fire has never let up", null)).isTrue();
		assertThat(ReportSignals.isHabitual("a mortar round stopped short of the wall", null)).isFalse();
	}

	@Test
	void shouldKeepANumberWithAThousandsCommaInOneClause() {
		String text = "By its count the group has recorded the deaths of 2,350 people in shelling, mostly civilians.";
		int at = text.indexOf("shelling");
		assertThat(ReportSignals.clauseAround(text, at, at + 8))
			.isEqualTo("By its count the group has recorded the deaths of 2,350 people in shelling");
		assertThat(ReportSignals.isAggregate(ReportSignals.clauseAround(text, at, at + 8), null)).isTrue();
		String list = "Shells hit Tal Afar, 3 more fell on Sinjar.";
		int hit = list.indexOf("fell");
		assertThat(ReportSignals.clauseAround(list, hit, hit + 4)).isEqualTo(" 3 more fell on Sinjar.");
	}

}
