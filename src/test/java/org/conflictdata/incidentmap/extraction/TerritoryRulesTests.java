package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A place changing hands, in the wordings news uses, typed by the side that gained it;
 * plans, threats, hypotheticals, people taken and games are no change of territory.
 */
class TerritoryRulesTests {

	private static List<EventType> types(String text) {
		return CurrentMentions.of(text, "2021-03-20").stream().map(IncidentMention::type).toList();
	}

	private static List<EventType> triggerTypes(String sentence) {
		return EventClassifier.triggers(sentence).stream().map(EventClassifier.Trigger::type).toList();
	}

	@Test
	void shouldReadATownFallingToInsurgentsAsANonStateGain() {
		assertThat(types("The town of Kafr Nabl fell to insurgents on Thursday, residents said.\n"))
			.contains(EventType.NON_STATE_OVERTAKES_TERRITORY);
		assertThat(triggerTypes("The border post fell into the hands of the jihadists at dawn."))
			.contains(EventType.NON_STATE_OVERTAKES_TERRITORY);
	}

	@Test
	void shouldReadOverrunAndStormedAndSeizedAsTakingThePlace() {
		assertThat(triggerTypes("Militants overran Kafr Nabl on Monday night."))
			.containsExactly(EventType.NON_STATE_OVERTAKES_TERRITORY);
		assertThat(triggerTypes("Rebels stormed and seized al-Bira late on Sunday."))
			.containsExactly(EventType.NON_STATE_OVERTAKES_TERRITORY);
		assertThat(triggerTypes("The insurgents captured al-Bira, the last crossing held by the government."))
			.containsExactly(EventType.NON_STATE_OVERTAKES_TERRITORY);
	}

	@Test
	void shouldReadArmedMenSweepingIntoOrEnteringATownAsTakingIt() {
		assertThat(triggerTypes("On Wednesday the jihadists swept south along the river into Kafr Nabl."))
			.containsExactly(EventType.NON_STATE_OVERTAKES_TERRITORY);
		assertThat(triggerTypes("The fighters crossed the plain from the west and entered Kafr Nabl at dusk."))
			.containsExactly(EventType.NON_STATE_OVERTAKES_TERRITORY);
	}

	@Test
	void shouldReadArmedMenEnteringAVillageToKillAsARaidNotATakeover() {
		assertThat(triggerTypes(
				"Gunmen entered the village of Kafr Nabl at 9 p.m. on Friday and opened fire on two houses."))
			.doesNotContain(EventType.NON_STATE_OVERTAKES_TERRITORY);
		assertThat(triggerTypes("Iranian troops entered Iraq to help the fight against the insurgents."))
			.doesNotContain(EventType.GOVERNMENT_REGAINS_TERRITORY, EventType.NON_STATE_OVERTAKES_TERRITORY);
	}

	@Test
	void shouldReadTheStatesForcesRetakingAPlaceAsAGovernmentGain() {
		assertThat(triggerTypes("On Friday soldiers and police recaptured Dar Salam from the insurgents."))
			.containsExactly(EventType.GOVERNMENT_REGAINS_TERRITORY);
		assertThat(triggerTypes("The army pushed the militants out of Dar Salam after a week of street fighting."))
			.containsExactly(EventType.GOVERNMENT_REGAINS_TERRITORY);
		assertThat(triggerTypes("The defence ministry declared the town of Dar Salam fully liberated on Friday."))
			.containsExactly(EventType.GOVERNMENT_REGAINS_TERRITORY);
	}

	@Test
	void shouldDecideTheSideFromWhoRetookThePlace() {
		assertThat(triggerTypes("Two days later the rebels recaptured Dar Salam from the army."))
			.containsExactly(EventType.NON_STATE_OVERTAKES_TERRITORY);
		assertThat(triggerTypes("The hill post was retaken by the rebels on Saturday."))
			.containsExactly(EventType.NON_STATE_OVERTAKES_TERRITORY);
		assertThat(triggerTypes("Government troops took full control of Dar Salam on Sunday."))
			.containsExactly(EventType.GOVERNMENT_REGAINS_TERRITORY);
	}

	@Test
	void shouldReadAFlagRaisedOverABuildingByTheSideThatRaisedIt() {
		assertThat(triggerTypes("Special forces raised the national flag over the town hall of Dar Salam."))
			.containsExactly(EventType.GOVERNMENT_REGAINS_TERRITORY);
		assertThat(triggerTypes("By the morning black flags flew over the police headquarters."))
			.containsExactly(EventType.NON_STATE_OVERTAKES_TERRITORY);
	}

	@Test
	void shouldReadTheLastTroopsWithdrawingAsTheTownLost() {
		assertThat(triggerTypes("On Sunday the last soldiers of the garrison withdrew to the east."))
			.containsExactly(EventType.NON_STATE_OVERTAKES_TERRITORY);
	}

	@Test
	void shouldReadASideMovingInWithoutAFightAsANonViolentTransfer() {
		assertThat(triggerTypes("The garrison left its posts overnight, and tribal guards moved into the barracks "
				+ "on Monday without a shot being fired."))
			.containsExactly(EventType.NON_VIOLENT_TRANSFER);
		assertThat(EventType.NON_VIOLENT_TRANSFER.eventType()).isEqualTo("Strategic developments");
		assertThat(EventType.ofSubEventType("Non-violent transfer of territory"))
			.isEqualTo(EventType.NON_VIOLENT_TRANSFER);
	}

	@Test
	void shouldNotReadPlansThreatsOrHypotheticalsAsChangesOfTerritory() {
		assertThat(types("The commander vowed on Friday to retake Dar Salam before the rains.\n")).isEmpty();
		assertThat(types("Officials warned on Friday that Dar Salam could fall to the insurgents within days.\n"))
			.isEmpty();
		assertThat(types("If the rebels captured Dar Salam, the road to the coast would be cut, analysts said.\n"))
			.isEmpty();
		assertThat(types("The army is preparing an offensive to recapture Dar Salam, a spokesman said on Friday.\n"))
			.isEmpty();
	}

	@Test
	void shouldNotReadPeopleRetakenOrGamesAsChangesOfTerritory() {
		assertThat(triggerTypes("Two escaped inmates were recaptured on Friday near the bus station.")).isEmpty();
		assertThat(triggerTypes("Police captured Omar Haddad, a local commander of the group, on Friday."))
			.doesNotContain(EventType.GOVERNMENT_REGAINS_TERRITORY, EventType.NON_STATE_OVERTAKES_TERRITORY);
		assertThat(triggerTypes(
				"United took control of the game after half-time and seized control of Madrid's " + "midfield."))
			.isEmpty();
	}

	@Test
	void shouldNotReadAFallRecalledInPassingAsTheNews() {
		assertThat(triggerTypes("Thousands fled after the fall of Dar Salam last year.")).isEmpty();
	}

}
