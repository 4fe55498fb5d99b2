package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports of an event denied after it, events named as a risk, an event that marks where
 * a lull began, and sentences opened by a span of weeks or more.
 */
class DenialsProspectsAndSpansTests {

	private static Trigger first(String sentence) {
		List<Trigger> triggers = EventClassifier.triggers(sentence);
		assertThat(triggers).as("triggers in '%s'", sentence).isNotEmpty();
		return triggers.get(0);
	}

	private static boolean nonEvent(String sentence) {
		return NonEvents.isNonEvent(sentence, first(sentence));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Reports on Monday of a drone strike on a convoy near the border were denied by the army.",
			"Claims of an air strike on the hospital were dismissed by the ministry as propaganda.",
			"Rumours of a bombing at the market had been denied by police by the evening.",
			"Local reports of a second airstrike on the camp were rejected by the coalition.",
			"Accounts of an air raid on the village have been disputed by the provincial governor.",
			"Social media reports of an ambush on the highway were later denied by the interior ministry.",
			"Allegations of shelling on the refugee camp were refuted by a military spokesman on Friday.",
			"Earlier reports of a suicide bombing in the square were denied by officials." })
	void shouldNotTakeAReportDeniedAfterItForAnEvent(String sentence) {
		assertThat(nonEvent(sentence)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Reports of a drone strike near the border emerged on Monday, and the army confirmed it on Tuesday.",
			"A drone strike on a convoy near the border killed four, the army said; reports of more deaths were denied.",
			"Militants ambushed a patrol on the highway, an account the army has not disputed.",
			"Gunmen shot dead two guards at the checkpoint on Friday." })
	void shouldStillTakeAReportedEventThatIsNotDenied(String sentence) {
		assertThat(nonEvent(sentence)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "The risk now is less a full war than a steady drip of rocket fire and roadside bombs.",
			"The real danger is a wave of car bombings in the capital.",
			"The bigger fear here is a rocket attack on the embassy.",
			"Their worry is a return of the suicide bombings of 2014.",
			"The threat remains a string of ambushes on the supply roads.",
			"The prospect is of more air strikes on the group's depots.",
			"A risk ahead is renewed shelling of the border villages.",
			"The nightmare would be an air strike on the crowded camps." })
	void shouldNotTakeAnEventNamedAsARiskForAReport(String sentence) {
		assertThat(nonEvent(sentence)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "The danger became real on Monday when rockets struck the base.",
			"Rockets struck the base on Monday, a risk officials had long warned about.",
			"The danger zone was shelled overnight by government forces.",
			"Militants attacked a checkpoint in the risky border district." })
	void shouldStillTakeAnEventToldBesideARisk(String sentence) {
		assertThat(nonEvent(sentence)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Attacks on the bases resumed this week after a lull following the missile strikes of 8 January.",
			"Fighting picked up again after a two-week pause that followed after the ceasefire; the lull since the bombing of the bridge ended.",
			"Traffic returned to the road during the calm after the ambush of last month.",
			"The respite following the air strikes on the depots lasted barely a week." })
	void shouldNotTakeTheEventThatBeganALullForAReport(String sentence) {
		List<Trigger> triggers = EventClassifier.triggers(sentence);
		Trigger last = triggers.get(triggers.size() - 1);
		assertThat(NonEvents.isNonEvent(sentence, last)).as(sentence).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Throughout the month, activists report that friends have been abducted at night.",
			"Throughout last year, gunmen shot dead shopkeepers who refused to pay.",
			"For months, militias have shelled the villages along the river.",
			"Over the past weeks, drones struck convoys on the desert road.",
			"In recent months, gunmen kidnapped journalists in the capital.",
			"Throughout December, rockets fell on the airport compound.",
			"All through the winter, snipers fired on the bridge.",
			"For several years, roadside bombs hit army patrols in the valley.",
			"Throughout the protests, security forces shot at demonstrators in the squares." })
	void shouldTakeASentenceOpenedByASpanForManyEvents(String sentence) {
		assertThat(ReportSignals.opensWithSpan(sentence, List.of())).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Throughout the night, clashes continued around the police station.",
			"During the day, a car bomb exploded at the market.", "Over the weekend, gunmen attacked a checkpoint.",
			"For the first time, drones struck the airport.",
			"Activists report that a friend was abducted throughout the month of talks." })
	void shouldStillTakeASentenceOpenedByOneEventsSpan(String sentence) {
		assertThat(ReportSignals.opensWithSpan(sentence, List.of())).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Throughout the month, gunmen abducted an activist on 12 March." })
	void shouldStillTakeADayDatedEventAfterASpan(String sentence) {
		EventDate day = new EventDate(java.time.LocalDate.of(2020, 3, 12), java.time.LocalDate.of(2020, 3, 12),
				DatePrecision.DAY, "on 12 March", "test");
		assertThat(ReportSignals.opensWithSpan(sentence, List.of(day))).isFalse();
	}

}
