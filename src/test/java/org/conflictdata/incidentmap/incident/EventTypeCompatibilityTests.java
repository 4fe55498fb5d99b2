package org.conflictdata.incidentmap.incident;

import org.conflictdata.incidentmap.extraction.EventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventTypeCompatibilityTests {

	@Test
	void shouldTreatAnAirStrikeAndAMissileAttackAsPossiblyTheSameLaunch() {
		assertThat(EventTypeCompatibility.compatible(EventType.AIR_DRONE_STRIKE, EventType.SHELLING_ARTILLERY_MISSILE))
			.isTrue();
		assertThat(EventTypeCompatibility.compatible("Air/drone strike", "Shelling/artillery/missile attack")).isTrue();
	}

	@Test
	void shouldKeepABombApartFromARocketAttackAndAClashApartFromAStrike() {
		assertThat(EventTypeCompatibility.compatible(EventType.REMOTE_EXPLOSIVE, EventType.SHELLING_ARTILLERY_MISSILE))
			.isFalse();
		assertThat(EventTypeCompatibility.compatible(EventType.ARMED_CLASH, EventType.AIR_DRONE_STRIKE)).isFalse();
		assertThat(EventTypeCompatibility.compatible(EventType.ABDUCTION, EventType.ATTACK_ON_CIVILIANS)).isFalse();
	}

	@Test
	void shouldLetOneCrowdBeReportedAsAProtestARiotOrAnAttack() {
		assertThat(EventTypeCompatibility.compatible(EventType.PEACEFUL_PROTEST, EventType.VIOLENT_DEMONSTRATION))
			.isTrue();
		assertThat(EventTypeCompatibility.compatible(EventType.MOB_VIOLENCE, EventType.ATTACK_ON_CIVILIANS)).isTrue();
		assertThat(EventTypeCompatibility.compatible(EventType.PEACEFUL_PROTEST, EventType.ATTACK_ON_CIVILIANS))
			.isFalse();
	}

	@Test
	void shouldPreferTheMoreSpecificOfTwoTypesAndTheFirstOfTwoPeers() {
		assertThat(EventTypeCompatibility.moreSpecific(EventType.PEACEFUL_PROTEST,
				EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS))
			.isEqualTo(EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
		assertThat(EventTypeCompatibility.moreSpecific(EventType.OTHER_STRATEGIC, EventType.PROPERTY_DESTRUCTION))
			.isEqualTo(EventType.PROPERTY_DESTRUCTION);
		assertThat(
				EventTypeCompatibility.moreSpecific(EventType.SHELLING_ARTILLERY_MISSILE, EventType.AIR_DRONE_STRIKE))
			.isEqualTo(EventType.SHELLING_ARTILLERY_MISSILE);
	}

	@Test
	void shouldFindNothingCompatibleWithAnUnknownOrMissingType() {
		assertThat(EventTypeCompatibility.compatible(null, EventType.ARMED_CLASH)).isFalse();
		assertThat(EventTypeCompatibility.compatible("Something else", "Armed clash")).isFalse();
		assertThat(EventTypeCompatibility.compatible((String) null, null)).isFalse();
	}

}
