package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

import static org.assertj.core.api.Assertions.assertThat;

class NonEventsTests {

	private static Trigger first(String sentence) {
		List<Trigger> triggers = EventClassifier.triggers(sentence);
		assertThat(triggers).as("triggers in '%s'", sentence).isNotEmpty();
		return triggers.get(0);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"A report on social media on Saturday that a second salvo had hit the air base was \"completely unfounded\", the command said.",
			"Claims that rockets struck the airport on Monday were false, a spokesman said.",
			"Rumours that gunmen attacked a checkpoint near the town are baseless, police said.",
			"Reports that an air strike hit a wedding near the border were untrue, the ministry said.",
			"Allegations that troops shelled the village were fabricated, the army said.",
			"Reports of a second air strike near the border were denied by the coalition." })
	void shouldNotTakeAnEventAReportOfWhichIsCalledFalse(String sentence) {
		assertThat(NonEvents.isNonEvent(sentence, first(sentence))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Rockets struck the airport on Monday, a report by the ministry said.",
			"Reports that rockets struck the airport on Monday were confirmed by the coalition.",
			"Police said that gunmen attacked a checkpoint near the town, and the governor was quick to condemn it." })
	void shouldStillTakeAnEventWhoseReportIsNotCalledFalse(String sentence) {
		assertThat(NonEvents.isNonEvent(sentence, first(sentence))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Since the start of the allied air strikes on 4 May, the group has lost most of its towns.",
					"From the outbreak of the clashes in the spring, aid convoys have been rare.",
					"Since the beginning of the shelling last year, half the valley has emptied." })
	void shouldNotTakeTheEventThatOpensASpanOfTimeForAReport(String sentence) {
		assertThat(NonEvents.isNonEvent(sentence, first(sentence))).isTrue();
	}

	@Test
	void shouldStillTakeAnEventThatHappenedAtTheStartOfSomething() {
		String sentence = "At the start of the week, a car bomb exploded near the bus station.";
		assertThat(NonEvents.isNonEvent(sentence, first(sentence))).isFalse();
		String other = "Since Monday, warplanes struck the ridge three times.";
		assertThat(NonEvents.isNonEvent(other, first(other))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Press freedom monitors count at least 40 reporters assassinated since the war began, most of them in the north.",
			"A local watchdog lists dozens of local councillors abducted since 2016 in the province.",
			"The union says 120 miners were shot dead over the past decade on the road to the pits." })
	void shouldNotTakeARunningTallyOfVictimsForOneEvent(String sentence) {
		assertThat(NonEvents.isNonEvent(sentence, first(sentence))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Gunmen shot dead 12 villagers on Monday night, two years after the raid on the same hamlet.",
			"Police say 3 shopkeepers were shot dead on Friday, the first such killings since the market reopened.",
			"Two activists were assassinated in the port city last night." })
	void shouldStillTakeACountedEventWithoutASpan(String sentence) {
		assertThat(NonEvents.isNonEvent(sentence, first(sentence))).isFalse();
	}

	@Test
	void shouldNotTakeTheEventThatBeganASpanToldInAWhenClause() {
		String sentence = "Strikes have shut the port since the unrest started in March 2018, when dock workers took to the streets of the old town.";
		Trigger march = EventClassifier.triggers(sentence)
			.stream()
			.filter((t) -> t.phrase().contains("streets"))
			.findFirst()
			.orElseThrow();
		assertThat(NonEvents.isNonEvent(sentence, march)).isTrue();
		String other = "On Friday, when dock workers took to the streets of the old town, police fired into the air.";
		Trigger again = EventClassifier.triggers(other)
			.stream()
			.filter((t) -> t.phrase().contains("streets"))
			.findFirst()
			.orElseThrow();
		assertThat(NonEvents.isNonEvent(other, again)).isFalse();
	}

}
