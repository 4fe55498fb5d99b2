package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list of tactics names kinds of event, not events; a crowd closing a road is a
 * protest; armed units coming under fire from another armed side are in a clash; a town
 * taken is a change of territory, a vow to take it is not.
 */
class TacticsBlockadesAndFireTests {

	private static List<EventType> types(String text) {
		return CurrentMentions.of(text, "2022-05-14").stream().map(IncidentMention::type).toList();
	}

	@Test
	void shouldNotReportKindsOfAttackListedAsAGroupsTactics() {
		assertThat(types("After losing its towns in 2019 the group turned to hit-and-run tactics: ambushes on "
				+ "shepherds, roadside bombs, arson of crops and abductions along the desert tracks.\n"))
			.isEmpty();
	}

	@Test
	void shouldStillReportACountedBombInAList() {
		assertThat(types("On Friday in Hit, gunmen torched a shop, two roadside bombs exploded and a policeman was "
				+ "wounded.\n"))
			.contains(EventType.REMOTE_EXPLOSIVE);
	}

	@Test
	void shouldStillReportBombsThatKilledAfterAComma() {
		assertThat(types("In Tarmiyah on Thursday, after a night of raids, roadside bombs killed three soldiers.\n"))
			.contains(EventType.REMOTE_EXPLOSIVE);
	}

	@Test
	void shouldReadACrowdClosingARoadAsAProtest() {
		assertThat(types("On Wednesday hundreds of farmers from Safwan closed the main highway with burning "
				+ "tyres to demand water.\n"))
			.containsExactly(EventType.PEACEFUL_PROTEST);
	}

	@Test
	void shouldNotReadPoliceClosingARoadAsAProtest() {
		assertThat(types("On Wednesday police closed the main highway to Safwan after a sandstorm.\n")).isEmpty();
	}

	@Test
	void shouldReadTroopsUnderFireFromAnotherForceAsAClash() {
		assertThat(types("On Tuesday army troops advanced on the bridge at Dibis under fire from Peshmerga "
				+ "positions on the far bank.\n"))
			.containsExactly(EventType.ARMED_CLASH);
	}

	@Test
	void shouldNotReadAMinisterUnderFireFromCriticsAsAClash() {
		assertThat(types(
				"On Tuesday the defence minister came under fire from opposition lawmakers over the " + "budget.\n"))
			.isEmpty();
	}

	@Test
	void shouldReadRebelsTakingATownAsANonStateGain() {
		assertThat(types("On Thursday rebel factions captured the town of Kafr Nabl after a night of fighting.\n"))
			.contains(EventType.NON_STATE_OVERTAKES_TERRITORY);
	}

	@Test
	void shouldReadTheArmyRetakingATownAsAGovernmentGain() {
		assertThat(types("On Thursday the army retook Kafr Nabl from the rebels, state television said.\n"))
			.contains(EventType.GOVERNMENT_REGAINS_TERRITORY);
	}

	@Test
	void shouldNotReadAThreatToTakeATownAsACapture() {
		assertThat(types("On Thursday the rebels vowed to seize control of Kafr Nabl within days.\n")).isEmpty();
	}

	@Test
	void shouldNotReadControlOfABudgetAsACapture() {
		assertThat(types("On Thursday the ministry took control of the budget for the province.\n")).isEmpty();
	}

}
