package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.article.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phrases of attack common in reports of a civil war: armed groups assaulting positions,
 * strikes told by their toll, vehicles packed with explosives, gunmen shooting residents,
 * and a relative clause's date that is not the event's.
 */
class AttackPhrasesTests {

	private static List<IncidentMention> mentions(String text) {
		return new IncidentExtractor().extract(ArticleReader.fromPost(text, null, null, "2024-06-14"));
	}

	private static List<EventType> types(String text) {
		return mentions(text).stream().map(IncidentMention::type).toList();
	}

	@Test
	void shouldReadArmedGroupsAssaultingPositionsAsAClash() {
		assertThat(types("Rebel factions loyal to the northern coalition attacked army positions near the bridge "
				+ "late on Tuesday."))
			.containsExactly(EventType.ARMED_CLASH);
		assertThat(types("Insurgents attacked a military point outside the village on Monday, killing two guards."))
			.containsExactly(EventType.ARMED_CLASH);
	}

	@Test
	void shouldNotReadFactionsMeetingAsAClash() {
		assertThat(types("Rebel factions met army officers at the bridge on Tuesday to discuss a truce.")).isEmpty();
	}

	@Test
	void shouldReadStrikesThatKillAsAirStrikes() {
		assertThat(types("On Tuesday, strikes on an old barracks at the edge of the town killed four people."))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
	}

	@Test
	void shouldNotReadALabourStrikeAsAnAttack() {
		assertThat(types("Teachers began strikes on Monday over unpaid wages, the union said.")).isEmpty();
	}

	@Test
	void shouldReadAVehiclePackedWithExplosivesAsABomb() {
		assertThat(types("On Sunday a truck loaded with explosives blew up at the gate of the town hall, "
				+ "killing three guards."))
			.containsExactly(EventType.REMOTE_EXPLOSIVE);
	}

	@Test
	void shouldReadGunmenShootingResidentsAsAnAttackOnCivilians() {
		assertThat(types("Masked gunmen moved from street to street through the old quarter on Wednesday night, "
				+ "shooting residents in their doorways."))
			.containsExactly(EventType.ATTACK_ON_CIVILIANS);
		assertThat(types("Police fired warning shots while shooting practice went on at the range on Wednesday."))
			.doesNotContain(EventType.ATTACK_ON_CIVILIANS);
	}

	@Test
	void shouldKeepABombThatWentOffAfterACaptureClause() {
		List<IncidentMention> found = mentions("In the river town that the militia captured from the army on "
				+ "2 May, a car bomb exploded near the bus station on Tuesday, killing five people.");
		assertThat(found).extracting(IncidentMention::type).containsExactly(EventType.REMOTE_EXPLOSIVE);
		assertThat(found.get(0).date().start()).isEqualTo(LocalDate.parse("2024-06-11"));
	}

	@Test
	void shouldStillDropABombCapturedBeforeItWentOff() {
		assertThat(types("Troops captured a car bomb at the checkpoint on Tuesday.")).isEmpty();
	}

	@Test
	void shouldReadFightingThatBeganInATownAsAClash() {
		List<IncidentMention> found = mentions(
				"The fighting in the hill town, south of the capital, began late on Monday and lasted until dawn.");
		assertThat(found).extracting(IncidentMention::type).containsExactly(EventType.ARMED_CLASH);
		assertThat(found.get(0).date().start()).isEqualTo(LocalDate.parse("2024-06-10"));
	}

	@Test
	void shouldNotReadTheFightingsToll() {
		assertThat(types("The fighting in the region has displaced thousands of families, the agency said.")).isEmpty();
	}

	@Test
	void shouldTypeAnAirPowersOwnStrikeOnADayOfFightingAsAnAirStrike() {
		assertThat(types("Clashes raged in the hill town on Tuesday, residents said. "
				+ "Israel said it struck gunmen near the hill town on Tuesday."))
			.containsExactly(EventType.ARMED_CLASH, EventType.AIR_DRONE_STRIKE);
	}

	@Test
	void shouldTypeARebelStrikeOnADayOfFightingAsTheFighting() {
		assertThat(types("Clashes raged in the hill town on Tuesday, residents said. "
				+ "Rebels said they struck gunmen near the hill town on Tuesday."))
			.containsExactly(EventType.ARMED_CLASH, EventType.ARMED_CLASH);
	}

	@Test
	void shouldReadAVehicleBombStruckFromTheAirAsTheStrikesTarget() {
		assertThat(types("On Tuesday a drone struck a van loaded with explosives on the road to the dam."))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
	}

}
