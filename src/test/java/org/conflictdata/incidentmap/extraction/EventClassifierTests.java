package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

import static org.assertj.core.api.Assertions.assertThat;

class EventClassifierTests {

	/** The types of the event phrases in {@code sentence}, in order. */
	private static List<EventType> types(String sentence) {
		return EventClassifier.triggers(sentence).stream().map(Trigger::type).toList();
	}

	private static Trigger first(String sentence) {
		List<Trigger> triggers = EventClassifier.triggers(sentence);
		assertThat(triggers).as("triggers in '%s'", sentence).isNotEmpty();
		return triggers.get(0);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
							32 Iranian-made 107 mm rockets slammed into the Iraqi base.              | SHELLING_ARTILLERY_MISSILE | rockets slammed
							On November 8th, 17 Katyusha rockets were fired at a base.               | SHELLING_ARTILLERY_MISSILE | Katyusha rockets were fired
							a salvo of rockets struck the K-1 airbase                                | SHELLING_ARTILLERY_MISSILE | salvo of
							These often involved lobbing mortars at bases.                           | SHELLING_ARTILLERY_MISSILE | lobbing mortars
							Iranian missile strikes on Iraqi bases                                   | SHELLING_ARTILLERY_MISSILE | missile strikes
							Artillery shelling hit the village overnight.                           | SHELLING_ARTILLERY_MISSILE | Artillery shelling
					A mortar round hit the compound.                                        | SHELLING_ARTILLERY_MISSILE | mortar round hit
					Coalition jets struck militant positions.                               | AIR_DRONE_STRIKE           | jets struck
							Washington retaliated with airstrikes targeting Kataib Hezbollah.       | AIR_DRONE_STRIKE           | airstrikes
							a Israeli drone dropped explosives onto a PMU base                       | AIR_DRONE_STRIKE           | drone dropped
							a reprisal strike by American warplanes one day later                   | AIR_DRONE_STRIKE           | strike by American warplanes
							Jets carried out an air raid on the town.                               | AIR_DRONE_STRIKE           | air raid
							A roadside bomb hit an army patrol.                                     | REMOTE_EXPLOSIVE           | roadside bomb
							A car bomb exploded near the market.                                    | REMOTE_EXPLOSIVE           | car bomb
							A suicide bomber blew himself up at a checkpoint.                       | SUICIDE_BOMB               | suicide bomber
							crowds of men rushed the US embassy and set its guard house on fire      | MOB_VIOLENCE               | crowds of men rushed
							The assault left a gate breached and an outbuilding burned.             | MOB_VIOLENCE               | gate breached
							Demonstrators burned down two Iranian consulates.                       | VIOLENT_DEMONSTRATION      | Demonstrators burned
							The protest turned violent in the evening.                              | VIOLENT_DEMONSTRATION      | protest turned violent
							Clashes broke out between the army and militants.                       | ARMED_CLASH                | Clashes
							Gunmen opened fire on worshippers, killing six civilians.               | ATTACK_ON_CIVILIANS        | Gunmen opened fire on worshippers
							Gunmen kidnapped two shepherds in the desert.                           | ABDUCTION                  | kidnapped
							Thousands of demonstrators gathered outside the governorate.            | PEACEFUL_PROTEST           | Thousands of demonstrators gathered
							Police opened fire on the protesters.                                   | EXCESSIVE_FORCE_AGAINST_PROTESTERS | opened fire on the protesters
							Police fired tear gas on Sunday to disperse hundreds of demonstrators.  | EXCESSIVE_FORCE_AGAINST_PROTESTERS | fired tear gas on Sunday to disperse hundreds of demonstrators
							A sit-in in the square passed off peacefully.                            | PEACEFUL_PROTEST           | sit-in in the square passed off peacefully
							Gunmen attacked a checkpoint near the town, killing a soldier.          | ARMED_CLASH                | Gunmen attacked a checkpoint
							Hundreds of nurses tried to march on the ministry.                      | PEACEFUL_PROTEST           | Hundreds of nurses tried to march
							The marchers waved flags and chanted slogans.                           | PEACEFUL_PROTEST           | marchers waved flags and chanted
							The march ended peacefully at the bridge.                               | PEACEFUL_PROTEST           | march ended peacefully
							Insurgents attacked an army base near the border at dawn.              | ARMED_CLASH                | Insurgents attacked an army base
							A drone was shot down as it approached the coalition base.             | AIR_DRONE_STRIKE           | drone was shot down as it approached the coalition base
							Air defences shot down a drone approaching the military airport.       | AIR_DRONE_STRIKE           | shot down a drone approaching the military airport
							""")
	void shouldMapTriggerPhrasesToAcledTypes(String sentence, EventType type, String phrase) {
		Trigger t = EventClassifier.triggers(sentence).stream().filter((x) -> !x.generic()).findFirst().orElseThrow();
		assertThat(t.type()).isEqualTo(type);
		assertThat(t.phrase()).isEqualTo(phrase);
		assertThat(sentence.substring(t.start(), t.end())).isEqualTo(phrase);
	}

	@Test
	void shouldFindNoEventInADroneDownedFarFromAnyTargetOrACrowdGoingHome() {
		assertThat(types("Troops shot down a drone over the mountains on Monday.")).isEmpty();
		assertThat(types("The army said a surveillance drone was shot down over the desert.")).isEmpty();
		assertThat(types("Hundreds of people walked home after the match ended peacefully.")).isEmpty();
	}

	@Test
	void shouldReturnGenericAttackVerbsWithoutAType() {
		Trigger t = first("The militia attacked a military base in Kirkuk last Friday.");
		assertThat(t.generic()).isTrue();
		assertThat(t.phrase()).isEqualTo("attacked");
	}

	@Test
	void shouldFindEachEventOfASentence() {
		List<Trigger> triggers = EventClassifier.triggers(
				"Rocket attacks killed two troops this month - prompting a reprisal strike by American warplanes.");
		assertThat(triggers).extracting(Trigger::type)
			.containsExactly(EventType.SHELLING_ARTILLERY_MISSILE, EventType.AIR_DRONE_STRIKE);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Hardline militias have been regularly threatening to attack Americans inside the country.",
					"The U.S. could be blamed for Israeli airstrikes in Syria.",
					"Iran or forces it backs may be planning additional attacks.",
					"He stood down airstrikes in response to the downing of a U.S. drone.",
					"The United States was poised to strike additional militia weapons storage sites.",
					"The directive said Iranian forces could be legitimate targets of airstrikes.",
					"If they fired rockets at that base, that would certainly be a red line." })
	void shouldRecogniseTalkAboutEventsThatDidNotHappen(String sentence) {
		Trigger t = first(sentence);
		assertThat(EventClassifier.isNonEvent(sentence, t)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "32 rockets slammed into the Iraqi base where U.S. forces were present.",
			"Then Washington retaliated with its airstrikes targeting Kataib Hezbollah.",
			"In May 2019, a drone strike hit the depot.", "Two rockets so far have struck the airport this week.",
			"The air strikes killed so far unknown numbers of fighters near Sinjar." })
	void shouldAcceptReportsOfEventsThatHappened(String sentence) {
		Trigger t = first(sentence);
		assertThat(EventClassifier.isNonEvent(sentence, t)).isFalse();
	}

	@Test
	void shouldFindNothingInPolicyTalk() {
		assertThat(EventClassifier
			.triggers("In 2009 it was designated a terrorist organization and sanctioned by the U.S. Treasury."))
			.isEmpty();
		assertThat(EventClassifier.triggers(null)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Security forces used live fire to clear protesters from the bridge.            | EXCESSIVE_FORCE_AGAINST_PROTESTERS
					The activist was seized by unidentified gunmen outside his home.               | ABDUCTION
					Several thousand people marched peacefully to the governorate building.        | PEACEFUL_PROTEST
					ISIS cells attacked a checkpoint of regime forces at dawn.                     | ARMED_CLASH
					Three fighters died in an attack by Daesh elements on a Hashd post.            | ARMED_CLASH
					A resident saw a missile come down in open ground west of the runway.          | SHELLING_ARTILLERY_MISSILE
					""")
	void shouldReadPhrasingsOfTheSecondTuningSet(String sentence, EventType type) {
		assertThat(first(sentence).type()).isEqualTo(type);
	}

	@Test
	void shouldNotTakeAFighterJetFleetForAStrike() {
		assertThat(EventClassifier.triggers("The base is home to Iraq's fleet of F-16 aircraft.")).isEmpty();
		assertThat(first("Two F-16s struck militant hideouts.").type()).isEqualTo(EventType.AIR_DRONE_STRIKE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "No clashes were reported there.",
			"We expect the tempo of rocket attacks on the northern bases to hold.",
			"Tehran informed his office that an attack was coming.",
			"Observers say the rocket attacks so far have been meant as warnings.",
			"Diplomats believe these drone strikes to date were carefully measured." })
	void shouldTreatDeniedExpectedAndComingEventsAsNonEvents(String sentence) {
		assertThat(EventClassifier.triggers(sentence)).isNotEmpty()
			.allMatch((trigger) -> EventClassifier.isNonEvent(sentence, trigger));
	}

	@Test
	void shouldTypeATargetedShootingAsAnAttack() {
		assertThat(first("Two gunmen on a motorcycle waited outside his house and shot him dead.").type())
			.isEqualTo(EventType.ATTACK_ON_CIVILIANS);
		assertThat(first("A journalist was shot and wounded by gunmen in the same way.").type())
			.isEqualTo(EventType.ATTACK_ON_CIVILIANS);
		assertThat(EventClassifier.triggers("The drone was shot down over the border.")).isEmpty();
	}

	@Test
	void shouldReadAFireAfterAnotherEventAsItsDamageNotAsMobViolence() {
		assertThat(
				EventClassifier.triggers("The drone hit the military section of the airport and set a hangar on fire."))
			.extracting(Trigger::type)
			.containsExactly(EventType.AIR_DRONE_STRIKE);
		assertThat(EventClassifier.triggers("The building was later set on fire.")).isEmpty();
		assertThat(first("Angry men stormed the council and set it on fire.").type()).isEqualTo(EventType.MOB_VIOLENCE);
	}

	@Test
	void shouldReportUnexplodedOrdnanceOnlyWhenItGoesOff() {
		assertThat(first("A piece of unexploded ordnance exploded in a field, killing a farmer.").type())
			.isEqualTo(EventType.REMOTE_EXPLOSIVE);
		assertThat(EventClassifier.triggers("Farmers fear the unexploded shells still lying in the fields.")).isEmpty();
	}

	@Test
	void shouldReadGunmenAttackingWorkersAsAnAttackOnCivilians() {
		assertThat(first("Gunmen attacked five farm workers in an orchard outside the village.").type())
			.isEqualTo(EventType.ATTACK_ON_CIVILIANS);
		assertThat(first("Militants ambushed two herders near the dam.").type())
			.isEqualTo(EventType.ATTACK_ON_CIVILIANS);
	}

	@Test
	void shouldNotReadACrowdGatheringToHelpTheWoundedAsAProtest() {
		assertThat(types("The second blew himself up as people gathered to help the wounded."))
			.doesNotContain(EventType.PEACEFUL_PROTEST);
		assertThat(types("Hundreds of people gathered outside the governorate to protest."))
			.contains(EventType.PEACEFUL_PROTEST);
	}

	@Test
	void shouldTypeAReprisalOrADroneKillingByWhatWasUsed() {
		assertThat(types("Iran's ballistic-missile retaliation on Ain al-Asad wounded a hundred."))
			.containsExactly(EventType.SHELLING_ARTILLERY_MISSILE);
		assertThat(types("Days later a U.S. drone killed Soleimani outside Baghdad airport."))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
		assertThat(types("Militants hit back on Monday with rockets aimed at U.S. troops."))
			.containsExactly(EventType.SHELLING_ARTILLERY_MISSILE);
	}

	@Test
	void shouldReadADeviceGoingOffAsAnIedAndAnExplosiveDroneThatCrashedAsADroneStrike() {
		assertThat(types("Police said the device went off between two vehicles."))
			.containsExactly(EventType.REMOTE_EXPLOSIVE);
		assertThat(types("A small drone carrying explosives crashed inside Balad air base."))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
		assertThat(types("A surveillance drone crashed near the border.")).doesNotContain(EventType.AIR_DRONE_STRIKE);
		assertThat(types("Overnight an explosives-packed drone came down in an orchard outside Makhmour."))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
		assertThat(types("A drone laden with explosives came down beside the checkpoint at dawn."))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
		assertThat(types("A reconnaissance drone came down in a field near Sinjar."))
			.doesNotContain(EventType.AIR_DRONE_STRIKE);
		assertThat(types("Police found an explosive-laden drone in a farmhouse near the base."))
			.doesNotContain(EventType.AIR_DRONE_STRIKE);
	}

	@Test
	void shouldReadAProtestWhoseCrowdTurnsToStonesOrFireAsAViolentDemonstration() {
		assertThat(types(
				"Thousands of students marched on the governor's office in Nasiriyah, hurling rocks at the guards and torching two cars."))
			.contains(EventType.VIOLENT_DEMONSTRATION)
			.doesNotContain(EventType.PEACEFUL_PROTEST);
		assertThat(types(
				"Residents gathered outside the water directorate and set its gate ablaze after a week without supply."))
			.contains(EventType.VIOLENT_DEMONSTRATION);
		assertThat(types("Hundreds of teachers rallied in front of the ministry, chanting for unpaid wages."))
			.containsExactly(EventType.PEACEFUL_PROTEST);
	}

	@Test
	void shouldReadAircraftStrikesWithAnAdverbBetweenAndDronesDownedOverABase() {
		assertThat(types("Israeli jets later bombed a weapons depot outside Homs."))
			.contains(EventType.AIR_DRONE_STRIKE);
		assertThat(types("Russian gunships reportedly fired on the convoy.")).contains(EventType.AIR_DRONE_STRIKE);
		assertThat(types("An armed drone was shot down near Victory Base at dawn, officials said."))
			.contains(EventType.AIR_DRONE_STRIKE);
	}

	@Test
	void shouldReadAMilitaryReleaseCountOfStrikesAsAirStrikes() {
		assertThat(types("Near Mosul, three strikes engaged two enemy tactical units and destroyed a bunker."))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
		assertThat(types("Near Hajin, one strike destroyed a weapons cache."))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
		// A labour strike is no air strike: no count that engages or destroys.
		assertThat(types("Dock workers went on strike over unpaid wages.")).doesNotContain(EventType.AIR_DRONE_STRIKE);
	}

	@Test
	void shouldNotReportADeviceThatWasDestroyedOrDefusedAsAnExplosion() {
		assertThat(types("Aircraft destroyed three trucks and two improvised explosive devices near Baiji."))
			.doesNotContain(EventType.REMOTE_EXPLOSIVE);
		assertThat(types("Engineers defused a roadside bomb on the airport road.")).isEmpty();
		assertThat(types("A second car bomb was intercepted before it reached the gate.")).isEmpty();
		// Destroyed with a device: an explosion.
		assertThat(types("Militants destroyed the bridge with improvised explosive devices on Monday."))
			.contains(EventType.REMOTE_EXPLOSIVE);
		assertThat(types("A roadside bomb destroyed an army vehicle near Tikrit."))
			.contains(EventType.REMOTE_EXPLOSIVE);
	}

	@Test
	void shouldReadVehicleBombsWithASuicideDriverAsSuicideBombings() {
		assertThat(types("A booby-trapped truck driven by a suicide attacker blew up at the gate of the base."))
			.containsExactly(EventType.SUICIDE_BOMB);
		assertThat(types("A suicide bomber rammed an explosives-packed bulldozer into the barracks wall."))
			.containsExactly(EventType.SUICIDE_BOMB);
		assertThat(types("A booby-trapped car exploded in a market in Tuz Khurmatu."))
			.containsExactly(EventType.REMOTE_EXPLOSIVE);
		// An explosive-laden drone is a drone attack, not a vehicle bomb.
		assertThat(types("An explosives-laden drone crashed into the hangar."))
			.doesNotContain(EventType.REMOTE_EXPLOSIVE);
	}

	@Test
	void shouldTypeAnAttackByItsProjectilesAndFightingByItsVerb() {
		assertThat(types("Militants hit the village with a dozen rockets overnight."))
			.containsExactly(EventType.SHELLING_ARTILLERY_MISSILE);
		assertThat(types("Rebels and army units fought with tanks and mortars for control of the hill."))
			.contains(EventType.ARMED_CLASH);
		// Rocket-propelled grenades are the small arms of a fight, not a rocket attack.
		assertThat(types("Gunmen firing rocket-propelled grenades hit two police cars."))
			.doesNotContain(EventType.SHELLING_ARTILLERY_MISSILE);
		assertThat(types("The two brigades fought alongside each other in 2017."))
			.doesNotContain(EventType.ARMED_CLASH);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					A mortar round, probably meant for the police station, fell short and hit a school yard. | SHELLING_ARTILLERY_MISSILE
					Snipers kept firing on demonstrators gathered at the roundabout until dawn.          | EXCESSIVE_FORCE_AGAINST_PROTESTERS
					Troops fired gas canisters and live ammunition late at night at youths trying to cross the barricade, wounding dozens of protesters. | EXCESSIVE_FORCE_AGAINST_PROTESTERS
					In Kut, where eleven demonstrators were shot dead in October, calm returned.         | EXCESSIVE_FORCE_AGAINST_PROTESTERS
					By noon, tens of thousands had poured into Habboubi Square waving flags.             | PEACEFUL_PROTEST
					""")
	void shouldReadProjectilesWithAnAppositionAndCrowdsPolicedOrGathering(String sentence, EventType type) {
		assertThat(first(sentence).type()).isEqualTo(type);
	}

	@Test
	void shouldNotTakeCrowdsGoingHomeOrAnOwnedFleetForEvents() {
		assertThat(types("Thousands returned to their villages after the floods.")).isEmpty();
		assertThat(types("Engineers from the firm service the army's fighter jets at the airfield.")).isEmpty();
		assertThat(first("Fighter jets pounded the ridge overnight.").type()).isEqualTo(EventType.AIR_DRONE_STRIKE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "This was the deadliest bombing in the province since 2017.",
			"It was the second drone strike on the town this month.",
			"The villages along the river remain exposed to shelling from both banks." })
	void shouldNotTakeARankingOfTheLastEventOrAnExposureForANewEvent(String sentence) {
		assertThat(EventClassifier.isNonEvent(sentence, first(sentence))).isTrue();
	}

	@Test
	void shouldStillTakeAnEventThatOpensWithItWas() {
		String sentence = "It was late when a drone struck the depot.";
		assertThat(EventClassifier.isNonEvent(sentence, first(sentence))).isFalse();
	}

	@Test
	void shouldReadShotsAimedAtAPersonOrTheirCarAsATargetedAttack() {
		assertThat(first("A gunman on foot fired three shots through the taxi's window and fled.").type())
			.isEqualTo(EventType.ATTACK_ON_CIVILIANS);
		assertThat(first("Masked men fired several shots at him outside the pharmacy.").type())
			.isEqualTo(EventType.ATTACK_ON_CIVILIANS);
		assertThat(types("The guards fired warning shots into the air to clear the square.")).isEmpty();
		assertThat(types("The starter fired two shots into the sky to open the race.")).isEmpty();
	}

}
