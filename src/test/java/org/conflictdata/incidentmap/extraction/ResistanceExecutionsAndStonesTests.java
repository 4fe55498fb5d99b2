package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attack beaten off or a siege broken is a clash; aircraft carrying out strikes is an
 * air strike; captives executed are an attack on civilians; a planted bomb is an
 * explosive; a crowd throwing stones is a violent demonstration; denied reports, kinds of
 * resistance met and a monitor's running tally are not events.
 */
class ResistanceExecutionsAndStonesTests {

	private static List<EventType> types(String text) {
		return CurrentMentions.of(text, "2019-03-09").stream().map(IncidentMention::type).toList();
	}

	@Test
	void shouldReadAnAttackBeatenOffAsAClash() {
		assertThat(types("On Thursday the border guards repelled an assault on their outpost near Qaim.\n"))
			.contains(EventType.ARMED_CLASH);
		assertThat(types("Militia fighters fended off a night attack on the hill village of Bashir on Friday.\n"))
			.contains(EventType.ARMED_CLASH);
		assertThat(
				types("The defenders of the power plant held the raiders' trucks at bay and held them off until dawn "
						+ "on Friday.\n"))
			.contains(EventType.ARMED_CLASH);
	}

	@Test
	void shouldReadASiegeBrokenByForceAsAClash() {
		assertThat(types("On Friday army units fought their way into Haditha, breaking a siege of four months.\n"))
			.contains(EventType.ARMED_CLASH);
	}

	@Test
	void shouldNotReadASiegeWithoutItsEndAsAClash() {
		assertThat(types("Aid agencies said on Friday that the siege had left Haditha short of flour.\n")).isEmpty();
	}

	@Test
	void shouldReadAircraftCarryingOutStrikesAsAnAirStrike() {
		assertThat(types("On Friday night coalition aircraft conducted two strikes on militant positions west of "
				+ "Hit, the command said.\n"))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
	}

	@Test
	void shouldReadCaptivesExecutedAsAnAttackOnCivilians() {
		assertThat(types("Local officials said on Friday that 23 shepherds seized near Rutba were executed after they "
				+ "were handed to the group.\n"))
			.contains(EventType.ATTACK_ON_CIVILIANS);
		assertThat(types("On Friday the group published a video showing the execution of captured police cadets near "
				+ "Baiji.\n"))
			.contains(EventType.ATTACK_ON_CIVILIANS);
	}

	@Test
	void shouldNotReadAJudicialExecutionAsAnAttack() {
		assertThat(types("On Friday three men were executed in Nasiriyah prison after a court upheld their death "
				+ "sentences.\n"))
			.doesNotContain(EventType.ATTACK_ON_CIVILIANS);
	}

	@Test
	void shouldReadAPlantedBombAsAnExplosive() {
		assertThat(types("On Friday a bomb planted under a vegetable cart killed two men in the Bayaa market.\n"))
			.contains(EventType.REMOTE_EXPLOSIVE);
	}

	@Test
	void shouldReadResidentsStoningAConvoyAsAViolentDemonstration() {
		assertThat(types("On Friday angry villagers hurled rocks and bottles at the governor's motorcade in Hawija.\n"))
			.containsExactly(EventType.VIOLENT_DEMONSTRATION);
		assertThat(types("On Friday mourners pelted the minister's car with stones outside the Basra hospital.\n"))
			.containsExactly(EventType.VIOLENT_DEMONSTRATION);
	}

	@Test
	void shouldNotReadBoysThrowingBallsAsADemonstration() {
		assertThat(types("On Friday children were throwing balls in the park at Zawraa.\n")).isEmpty();
	}

	@Test
	void shouldNotReportTheContentOfADeniedReport() {
		assertThat(types("On Friday the ministry denied rumours on social media that police had clashed with tribal "
				+ "fighters in Amara.\n"))
			.isEmpty();
	}

	@Test
	void shouldStillReportAnAttackWhoseAuthorDeniedARole() {
		assertThat(types("On Friday the group denied claims that it was behind the car bomb that exploded in Tuz "
				+ "on Thursday.\n"))
			.contains(EventType.REMOTE_EXPLOSIVE);
	}

	@Test
	void shouldNotReportKindsOfResistanceMetOnTheWay() {
		assertThat(types("The brigade entered Rawa on Friday and faced only snipers and roadside bombs, its commander "
				+ "said.\n"))
			.doesNotContain(EventType.REMOTE_EXPLOSIVE);
	}

	@Test
	void shouldNotReadAMonitorsRunningTallyAsAStrike() {
		assertThat(types("Since the start of the air campaign on 8 August, the monitor has documented the deaths of "
				+ "more than 900 people in air strikes across the province.\n"))
			.isEmpty();
	}

	@Test
	void shouldNotReadFirefightersAsAFirefight() {
		assertThat(types("On Friday firefighters said the blaze in the Mosul clothing market was under control.\n"))
			.isEmpty();
	}

}
