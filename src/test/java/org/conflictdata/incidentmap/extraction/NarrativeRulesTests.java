package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events told as a narrative: targeted shootings, drones aimed at a home, crowds forcing
 * a gate, marches with slogans and coffins, and air strikes told by what they destroyed.
 */
class NarrativeRulesTests {

	private static List<EventType> types(String sentence) {
		return EventClassifier.triggers(sentence).stream().map(EventClassifier.Trigger::type).toList();
	}

	@Test
	void shouldReadAPersonShotInTheHeadAsAnAttack() {
		assertThat(types("A local judge was shot in the chest as she walked to her office on Tuesday."))
			.containsExactly(EventType.ATTACK_ON_CIVILIANS);
		assertThat(types("The blogger had been shot several times outside a bakery."))
			.containsExactly(EventType.ATTACK_ON_CIVILIANS);
	}

	@Test
	void shouldReadAnAssassinationToldAsDone() {
		assertThat(types("Unknown assailants assassinated a tribal elder near the market late on Friday."))
			.containsExactly(EventType.ATTACK_ON_CIVILIANS);
		assertThat(types("The union leader was assassinated on his doorstep."))
			.containsExactly(EventType.ATTACK_ON_CIVILIANS);
	}

	@Test
	void shouldReadAHandgunFiredAtSomeoneButNotIntoTheAir() {
		assertThat(types("Footage shows the pillion rider firing a handgun four times at the teacher."))
			.containsExactly(EventType.ATTACK_ON_CIVILIANS);
		assertThat(types("A guard was seen firing a pistol into the air to clear the street.")).isEmpty();
	}

	@Test
	void shouldReadGunmenFiringAtACarAsAnAttack() {
		assertThat(types("Masked gunmen opened fire on the vehicle of a council member outside the town."))
			.containsExactly(EventType.ATTACK_ON_CIVILIANS);
		assertThat(types("The mechanic fixed the car of the council member.")).isEmpty();
	}

	@Test
	void shouldReadGunmenFiringOnGuestsAsAnAttackOnCivilians() {
		assertThat(types("Gunmen opened fire on guests at an engagement party, killing two."))
			.containsExactly(EventType.ATTACK_ON_CIVILIANS);
	}

	@Test
	void shouldNotReadAnAssassinationAttemptYearsAgoOrAPhotoShootAsAShooting() {
		assertThat(types("She survived an assassination attempt in 2015 and still campaigns.")).isEmpty();
		assertThat(types("The film was shot in the north over two summers.")).isEmpty();
	}

	@Test
	void shouldReadADroneAimedAtAHomeAsADroneStrike() {
		assertThat(types("The governor's house was targeted \u201cby a bomb-laden drone\u201d before dawn."))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
		assertThat(types("Officials described an attempt on the minister's life with an armed drone overnight."))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
		assertThat(types("The army showed off a new drone at the parade.")).isEmpty();
	}

	@Test
	void shouldReadACrowdForcingAGateAsAViolentDemonstration() {
		assertThat(types("Angry demonstrators tried to force their way into the parliament grounds on Monday."))
			.containsExactly(EventType.VIOLENT_DEMONSTRATION);
		assertThat(types("Demonstrators tried to reach the square but found it closed."))
			.doesNotContain(EventType.VIOLENT_DEMONSTRATION);
	}

	@Test
	void shouldReadAMarchWithSlogansOrACoffinAsAProtest() {
		assertThat(types("Dozens of students, some of them with flags, marched from the campus to the ministry, "
				+ "chanting against the budget cuts."))
			.containsExactly(EventType.PEACEFUL_PROTEST);
		assertThat(types("Mourners carried the coffin of the slain activist through the main square on Sunday."))
			.containsExactly(EventType.PEACEFUL_PROTEST);
		assertThat(types("Relatives carried the coffin to the cemetery at noon.")).isEmpty();
		assertThat(types("The column of troops marched north towards the river.")).isEmpty();
	}

	@Test
	void shouldReadStrikesThatDestroyAsAirStrikes() {
		assertThat(types("Overnight, strikes destroyed a fuel depot outside the port."))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
		assertThat(types("Dock workers began strikes over pay on Monday.")).doesNotContain(EventType.AIR_DRONE_STRIKE);
	}

}
