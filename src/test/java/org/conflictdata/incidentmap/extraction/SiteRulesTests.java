package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events told from their site: munitions stores that blow up, blasts tearing through an
 * armed group's base, unmanned aircraft striking, and crowds at diplomatic missions.
 */
class SiteRulesTests {

	private static List<EventType> types(String sentence) {
		return EventClassifier.triggers(sentence).stream().map(EventClassifier.Trigger::type).toList();
	}

	@Test
	void shouldReadAMunitionsStoreThatBlewUpAsAnExplosion() {
		assertThat(types("An army weapons depot outside the town caught fire and exploded on Sunday night."))
			.contains(EventType.REMOTE_EXPLOSIVE);
		assertThat(types("Late on Monday a blaze broke out inside an ammunition store at the brigade's camp."))
			.contains(EventType.REMOTE_EXPLOSIVE);
	}

	@Test
	void shouldNotReadAFireInAMarketOrPlansForDepotsAsAnExplosion() {
		assertThat(types("A fire broke out in a clothing market and gutted forty shops.")).isEmpty();
		assertThat(types("Residents want the weapons stores moved out of the city before they blow up.")).isEmpty();
	}

	@Test
	void shouldReadBlastsTearingThroughAnArmedBaseButNotAHome() {
		assertThat(types("Several blasts ripped through a militia camp east of the river after midnight."))
			.contains(EventType.REMOTE_EXPLOSIVE);
		assertThat(types("A gas explosion tore through a family home in the old quarter.")).isEmpty();
	}

	@Test
	void shouldReadAnUnmannedAircraftStrikeToldInThePerfect() {
		assertThat(types("The group said an \u201cunmanned aircraft\u201d had struck its headquarters."))
			.contains(EventType.AIR_DRONE_STRIKE);
		assertThat(types("Officials say a drone has hit a convoy on the desert road."))
			.contains(EventType.AIR_DRONE_STRIKE);
		assertThat(types("The unmanned aircraft had flown over the border twice.")).isEmpty();
	}

	@Test
	void shouldReadACrowdBreakingIntoOrBurningAMissionAsViolent() {
		assertThat(types("Demonstrators in the port city broke into the Turkish consulate and set it ablaze."))
			.contains(EventType.VIOLENT_DEMONSTRATION);
		assertThat(types("At night protesters hurled petrol bombs and tried to scale the embassy fence."))
			.contains(EventType.VIOLENT_DEMONSTRATION);
		assertThat(types("The ministry said protesters had been invited to talks.")).isEmpty();
	}

	@Test
	void shouldReadACrowdGatheringOutsideAMissionAsAProtest() {
		assertThat(types("By noon some two hundred supporters gather outside the French embassy, waving flags."))
			.contains(EventType.PEACEFUL_PROTEST);
		assertThat(types("Students rallied in front of the British consulate on Thursday."))
			.contains(EventType.PEACEFUL_PROTEST);
		assertThat(types("The ambassador met students at the embassy to discuss visas.")).isEmpty();
	}

	@Test
	void shouldReadARallyHeldInThePresentTense() {
		assertThat(types("In the main square, teachers hold their own rally against the cuts."))
			.contains(EventType.PEACEFUL_PROTEST);
		assertThat(types("The evening demonstration passes off peacefully.")).contains(EventType.PEACEFUL_PROTEST);
		assertThat(types("Both leaders hold talks in the capital.")).isEmpty();
	}

}
