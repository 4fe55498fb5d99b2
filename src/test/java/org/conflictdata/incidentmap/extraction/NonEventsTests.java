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

}
