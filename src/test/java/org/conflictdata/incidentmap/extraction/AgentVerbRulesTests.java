package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coverage matrix of attacks told by their actor, a verb and a target: subject × verb ×
 * target, each sentence typed by its target (armed: a clash; unarmed: an attack on
 * civilians) or by its aircraft; and the same words in threats, plans, history, denials,
 * drills, arrest raids, sport and figures of speech.
 */
class AgentVerbRulesTests {

	private static final List<String> SUBJECTS = List.of("Islamic State gunmen", "Armed men", "Masked men", "Militants",
			"Insurgents", "Jihadists", "IS fighters", "Suspected IS members", "Assailants", "Attackers", "Militiamen",
			"Rebels", "Tribal fighters", "A cell of Islamic State", "Daesh militants", "Unknown gunmen");

	private static final List<String> VERBS = List.of("stormed", "raided", "attacked", "assaulted", "ambushed", "hit",
			"struck", "targeted", "opened fire on", "fired on", "launched an attack on", "mounted a raid on",
			"carried out an assault on");

	private static final List<String> ARMED_TARGETS = List.of("an army checkpoint", "a police post", "an army outpost",
			"a military convoy", "a Peshmerga position", "a PMF patrol", "an SDF outpost", "the police station",
			"a group of soldiers", "army barracks");

	private static final List<String> UNARMED_TARGETS = List.of("a power station", "a busy market", "a farm",
			"a wedding party", "a village", "a mosque", "a minibus", "a group of shepherds", "a cafe", "a family home",
			"a group of workers", "a funeral", "a school");

	private static final List<String> AIR_SUBJECTS = List.of("Syrian government jets", "Russian warplanes",
			"Turkish drones", "Army helicopters", "Coalition aircraft", "Iraqi planes");

	private static final List<String> AIR_VERBS = List.of("struck", "bombed", "hit", "targeted", "pounded",
			"carried out five raids on", "conducted three strikes on", "dropped barrel bombs on", "also struck",
			"reportedly bombed");

	private static final List<String> AIR_TARGETS = List.of("a market", "an army post", "the village", "a hospital",
			"militant positions");

	private static List<String[]> positives() {
		List<String[]> cells = new ArrayList<>();
		int i = 0;
		for (String verb : VERBS) {
			for (int k = 0; k < 4; k++) {
				String subject = SUBJECTS.get(i % SUBJECTS.size());
				String armed = ARMED_TARGETS.get(i % ARMED_TARGETS.size());
				String unarmed = UNARMED_TARGETS.get(i % UNARMED_TARGETS.size());
				cells.add(new String[] { subject + " " + verb + " " + armed + " near Tarmiyah on Monday.",
						EventType.ARMED_CLASH.name() });
				cells.add(new String[] { subject + " " + verb + " " + unarmed + " near Tarmiyah on Monday.",
						EventType.ATTACK_ON_CIVILIANS.name() });
				i++;
			}
		}
		for (String verb : List.of("killed", "shot dead", "gunned down", "executed")) {
			for (String victims : List.of("twelve employees", "five truffle hunters", "three farmers",
					"a family of four")) {
				cells.add(new String[] {
						SUBJECTS.get(i++ % SUBJECTS.size()) + " " + verb + " " + victims + " near Tarmiyah on Monday.",
						EventType.ATTACK_ON_CIVILIANS.name() });
			}
		}
		for (String verb : List.of("overran", "stormed")) {
			for (String target : List.of("an army post", "a police outpost", "a Peshmerga position")) {
				cells.add(new String[] { SUBJECTS.get(i++ % SUBJECTS.size()) + " " + verb + " " + target
						+ " near Rutba late on Saturday.", EventType.ARMED_CLASH.name() });
			}
		}
		for (String tail : List.of("raked a bus with gunfire", "sprayed a cafe with bullets",
				"went on a rampage in a village", "went on a killing spree in a market")) {
			cells.add(new String[] { SUBJECTS.get(i++ % SUBJECTS.size()) + " " + tail + " near Tarmiyah on Friday.",
					EventType.ATTACK_ON_CIVILIANS.name() });
		}
		for (String subject : List.of("Troops", "Soldiers", "Security forces", "Police")) {
			cells.add(new String[] { subject + " opened fire on a car near Tarmiyah on Monday, killing its driver.",
					EventType.ATTACK_ON_CIVILIANS.name() });
			cells.add(
					new String[] { subject + " stormed a militant hideout near Tarmiyah on Monday, killing two gunmen.",
							EventType.ARMED_CLASH.name() });
		}
		for (String subject : AIR_SUBJECTS) {
			for (int k = 0; k < 4; k++) {
				cells.add(new String[] {
						subject + " " + AIR_VERBS.get(i % AIR_VERBS.size()) + " "
								+ AIR_TARGETS.get(i % AIR_TARGETS.size()) + " in Raqqa on Tuesday.",
						EventType.AIR_DRONE_STRIKE.name() });
				i++;
			}
		}
		for (String vehicle : List.of("fuel tanker", "minibus", "pick-up", "ambulance", "water truck", "donkey cart",
				"tractor", "taxi")) {
			cells.add(new String[] {
					"A " + vehicle + " packed with explosives blew up in a busy market in Afrin on Sunday.",
					EventType.REMOTE_EXPLOSIVE.name() });
		}
		return cells;
	}

	@Test
	void shouldReadEveryCellOfTheMatrixAsOneEventOfItsType() {
		SentenceTypes.assertMatrix(positives(), 150);
	}

	@Test
	void shouldLeaveAnAttackToldWithItsWeaponToThatWeapon() {
		SentenceTypes.assertEach(EventType.SHELLING_ARTILLERY_MISSILE,
				"Militants shelled a village near Tarmiyah on Monday.",
				"Insurgents struck an army post with mortar rounds near Tarmiyah on Monday.");
		SentenceTypes.assertEach(EventType.REMOTE_EXPLOSIVE,
				"Gunmen attacked a checkpoint with a car bomb near Tarmiyah on Monday.");
	}

	@Test
	void shouldLeaveSuicideBombersToTheSuicideBombing() {
		SentenceTypes.assertEach(EventType.SUICIDE_BOMB, "Two suicide bombers targeted a market in Baghdad on Monday.",
				"Three cars driven by suicide bombers struck army positions near Fallujah on Thursday.");
		SentenceTypes.assertEach(EventType.AIR_DRONE_STRIKE,
				"Russian Tu-22 bombers struck villages near Deir ez-Zor on Friday.");
	}

	@Test
	void shouldReadTheSameWordsInNonEventsAsNothing() {
		List<String> sentences = new ArrayList<>();
		for (String target : List.of("the checkpoint", "the village", "a market", "an army post")) {
			sentences.add("The militants vowed to storm " + target + " near Tarmiyah.");
			sentences.add("Officials warned that gunmen could attack " + target + " near Tarmiyah.");
			sentences.add("Islamic State plans to raid " + target + " near Tarmiyah, officials said.");
			sentences.add("If gunmen storm " + target + " near Tarmiyah, residents will flee.");
			sentences.add("The group denied reports that its fighters attacked " + target + " near Tarmiyah.");
			sentences.add("Militants stormed " + target + " near Tarmiyah in 2014.");
			sentences.add("Police raided " + target + " near Tarmiyah on Monday and arrested three suspects.");
			sentences.add("Troops raided " + target + " near Tarmiyah during a training exercise on Monday.");
			sentences.add("Residents fear that militants will overrun " + target + " near Tarmiyah.");
			sentences.add("Soldiers are ready to repel any attempt by insurgents to storm " + target + ".");
			sentences.add("Security forces raided " + target + " in Tarmiyah on Monday and detained two men.");
			sentences.add("Police searched " + target + " near Tarmiyah on Monday.");
		}
		sentences.addAll(List.of("The home side stormed to victory in Baghdad on Sunday.",
				"The minister stormed out of the meeting in Baghdad on Monday.",
				"Rebels stormed onto the political stage in the 1990s.",
				"The striker hit the post twice in the first half on Sunday.",
				"Police raided a house in Basra on Monday and detained three suspects.",
				"Troops raided a mock village during an exercise near Tarmiyah on Monday.",
				"Russian jets flew over the city on Monday.", "The drones carried out no strikes on Monday."));
		List<String> wrong = new ArrayList<>();
		for (String sentence : sentences) {
			List<EventType> types = SentenceTypes.of(sentence);
			if (!types.isEmpty()) {
				wrong.add(sentence + " -> " + types);
			}
		}
		assertThat(sentences).hasSizeGreaterThanOrEqualTo(50);
		assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
	}

}
