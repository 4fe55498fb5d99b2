package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coverage matrix of attacks told by their victims or by an attack noun: victims ×
 * construction × noun × modifier × tense, each sentence typed by the noun when it names a
 * weapon and by the victims (or, with none named, the target) when it does not; and the
 * same nouns in threats, plans, foiled plots, history, tallies and accidents.
 */
class AttackNounRulesTests {

	/** A victims' phrase and whether they bear arms. */
	private record Victims(String plural, boolean armed) {
	}

	/** An attack noun and the type it gives by itself (null: typed by the victims). */
	private record Noun(String words, EventType type) {
	}

	private static final List<Victims> VICTIMS = List.of(new Victims("Two soldiers", true),
			new Victims("Three policemen", true), new Victims("Two PMF fighters", true),
			new Victims("Four SDF members", true), new Victims("Five civilians", false),
			new Victims("Two shepherds", false), new Victims("Three protesters", false),
			new Victims("Two truck drivers", false), new Victims("Three members of a family", false),
			new Victims("Six villagers", false));

	private static final List<Victims> ONE_VICTIM = List.of(new Victims("A farmer", false),
			new Victims("A soldier", true), new Victims("A family of five", false), new Victims("A policeman", true),
			new Victims("A shepherd", false));

	private static final List<String> MODIFIERS = List.of("Islamic State", "IS", "ISIS", "Daesh", "militant",
			"insurgent", "jihadist", "tribal", "suspected PKK", "Turkish", "unidentified", "deadly");

	private static final List<Noun> NOUNS = List.of(new Noun("attack", null), new Noun("assault", null),
			new Noun("ambush", null), new Noun("raid", null), new Noun("strike", EventType.AIR_DRONE_STRIKE),
			new Noun("bombing", EventType.REMOTE_EXPLOSIVE), new Noun("blast", EventType.REMOTE_EXPLOSIVE),
			new Noun("explosion", EventType.REMOTE_EXPLOSIVE), new Noun("shooting", null),
			new Noun("gunfight", EventType.ARMED_CLASH), new Noun("clash", EventType.ARMED_CLASH),
			new Noun("sniper fire", null), new Noun("mortar fire", EventType.SHELLING_ARTILLERY_MISSILE),
			new Noun("suicide attack", EventType.SUICIDE_BOMB), new Noun("car bomb", EventType.REMOTE_EXPLOSIVE),
			new Noun("drone strike", EventType.AIR_DRONE_STRIKE),
			new Noun("rocket attack", EventType.SHELLING_ARTILLERY_MISSILE),
			new Noun("IED attack", EventType.REMOTE_EXPLOSIVE), new Noun("roadside bomb", EventType.REMOTE_EXPLOSIVE),
			new Noun("hit-and-run attack", null));

	/** Armed and unarmed targets, for the sentences that name no victims. */
	private static final List<String> ARMED_TARGETS = List.of("an army post", "a PMF position", "a police checkpoint",
			"an SDF patrol");

	private static final List<String> UNARMED_TARGETS = List.of("a village", "a market", "a minibus", "a mosque");

	private static EventType byVictims(Noun noun, boolean armed) {
		if (noun.type() != null) {
			return noun.type();
		}
		return armed ? EventType.ARMED_CLASH : EventType.ATTACK_ON_CIVILIANS;
	}

	private static String article(String words) {
		return ("aeiouAEIOU".indexOf(words.charAt(0)) >= 0 || words.startsWith("IS ") || words.startsWith("ISIS")
				|| words.startsWith("IED")) ? "an " + words : "a " + words;
	}

	private static String capital(String words) {
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** Each sentence of the matrix with the one type it must yield. */
	private static List<String[]> positives() {
		List<String[]> cells = new ArrayList<>();
		int i = 0;
		for (Noun noun : NOUNS) {
			String[] frames = { "%s were killed in %s on %s near Tarmiyah on Monday.",
					"%s died in %s near Tarmiyah on Monday.",
					"%s were wounded in %s on %s near Tarmiyah late on Sunday.",
					"%s lost their lives in %s near Tarmiyah on Monday.",
					"%s killed in %s near Tarmiyah on Monday, officials say.",
					"%s have been killed in %s near Tarmiyah.",
					"%s were killed and three others wounded in %s near Tarmiyah on Monday.",
					"%s are killed in %s near Tarmiyah on Monday.",
					"%s, including a teenager, were killed in %s near Tarmiyah on Monday." };
			for (String frame : frames) {
				// The victims turn with the frame and the noun, so that each frame meets
				// several.
				Victims v = VICTIMS.get((i + i / frames.length) % VICTIMS.size());
				String mod = MODIFIERS.get(i % MODIFIERS.size());
				String target = (v.armed() ? ARMED_TARGETS : UNARMED_TARGETS).get(i % 4);
				String phrase = frame.startsWith("%s killed") ? mod + " " + noun.words()
						: article(mod + " " + noun.words());
				String sentence = frame.contains("on %s") ? String.format(frame, v.plural(), phrase, target)
						: String.format(frame, v.plural(), phrase);
				cells.add(new String[] { sentence, byVictims(noun, v.armed()).name() });
				i++;
			}
			Victims one = ONE_VICTIM.get(i % ONE_VICTIM.size());
			cells.add(new String[] { one.plural() + " was among the dead in "
					+ article(MODIFIERS.get(i % MODIFIERS.size()) + " " + noun.words()) + " near Tarmiyah on Monday.",
					byVictims(noun, one.armed()).name() });
			Victims v = VICTIMS.get((i + 3) % VICTIMS.size());
			String target = (v.armed() ? ARMED_TARGETS : UNARMED_TARGETS).get(i % 4);
			String subject = capital(article(MODIFIERS.get((i + 5) % MODIFIERS.size()) + " " + noun.words()));
			cells.add(new String[] {
					subject + " on " + target + " near Tarmiyah killed " + v.plural().toLowerCase() + " on Monday.",
					byVictims(noun, v.armed()).name() });
			cells.add(new String[] { "The " + noun.words() + ", claimed by Islamic State, killed "
					+ v.plural().toLowerCase() + " near Tarmiyah on Monday.", byVictims(noun, v.armed()).name() });
			cells.add(new String[] {
					subject + " on " + target + " near Tarmiyah on Monday left two dead and four wounded.",
					byVictims(noun, v.armed()).name() });
			cells.add(
					new String[] {
							capital(MODIFIERS.get((i + 7) % MODIFIERS.size()) + " " + noun.words()) + " on " + target
									+ " near Tarmiyah leaves three dead on Monday.",
							byVictims(noun, v.armed()).name() });
			i++;
		}
		// Verbless digest entries: the target types an attack with no weapon named.
		for (String noun : List.of("IS attack", "Complex attack", "Night raid", "Militant assault", "Ambush",
				"Hit-and-run attack")) {
			for (int t = 0; t < 2; t++) {
				cells.add(new String[] { noun + " on " + ARMED_TARGETS.get(t) + " on the outskirts of Tarmiyah.",
						EventType.ARMED_CLASH.name() });
				cells.add(new String[] { noun + " on " + UNARMED_TARGETS.get(t) + " near Tarmiyah.",
						EventType.ATTACK_ON_CIVILIANS.name() });
			}
		}
		return cells;
	}

	@Test
	void shouldReadEveryCellOfTheMatrixAsOneEventOfItsType() {
		SentenceTypes.assertMatrix(positives(), 150);
	}

	@Test
	void shouldNotReadTheMournedAsVictimsOfAReportedAttack() {
		// A relative clause describes those mourned or met; the attack it names is told
		// elsewhere, if at all, and these rules must not make it a report.
		List<String> sentences = List.of(
				"A funeral procession for members of the militia who were killed in American airstrikes in Iraq last December.",
				"Mourners carried the coffins of two fighters who died in a drone strike, chanting against the government.",
				"The families of soldiers who were killed in an ambush near Tarmiyah met the minister on Monday.",
				"A memorial for the workers that died in a bomb blast at the market was unveiled.");
		for (String sentence : sentences) {
			assertThat(AttackNounRules.RULES).as(sentence).noneMatch((rule) -> rule.pattern().matcher(sentence).find());
		}
		assertThat(AttackNounRules.RULES)
			.anyMatch((rule) -> rule.pattern().matcher("Two fighters died in a drone strike near Tarmiyah.").find());
	}

	@Test
	void shouldLeaveAnAttackNamedAsKnownToTheSentencesThatReportIt() {
		List<String> retold = new ArrayList<>();
		List<String> reported = new ArrayList<>();
		for (String noun : List.of("attack", "ambush", "raid", "rocket attack", "drone strike", "car bomb",
				"suicide attack", "IED attack")) {
			String a = article(noun);
			retold.add("The militia said the move was retaliation for " + a
					+ " near Tarmiyah earlier in the week that killed two of its fighters.");
			retold.add("The group vowed revenge for " + a + " on its base that killed three commanders.");
			retold.add(
					"The area has been hit many times, including " + a + " in June last year that killed 20 fighters.");
			retold.add("Traffic resumed on Saturday, just days after a similar " + noun
					+ " on the same road killed three soldiers.");
			retold.add("The " + noun + " on the base near Kirkuk on 27 December, which killed a contractor, crossed the"
					+ " line Washington had drawn.");
			retold.add("Washington blamed the group for the " + noun + " on the base that killed a contractor.");
			retold.add("Security was tightened after the February " + noun + " on the airport killed a contractor.");
			retold.add("The town has been quiet since the " + noun + " on the market that killed five people.");
			reported.add(capital(a) + " on an army post near Tarmiyah killed two soldiers on Monday.");
			reported.add(capital(a) + " on an army post near Tarmiyah that killed two soldiers on Monday was claimed by"
					+ " Islamic State.");
			reported.add("Islamic State claimed " + a + " on an army post near Tarmiyah that killed two soldiers.");
			reported.add("Police said " + a + " on a market near Tarmiyah on Monday killed five people.");
			reported.add("The US struck militia depots overnight, hours after " + a
					+ " on the air base wounded three American soldiers.");
		}
		List<String> wrong = new ArrayList<>();
		for (String sentence : retold) {
			if (EventClassifier.triggers(sentence).stream().anyMatch((t) -> !t.generic())) {
				wrong.add("retold read as a report: " + sentence + " -> " + EventClassifier.triggers(sentence));
			}
		}
		for (String sentence : reported) {
			if (SentenceTypes.of(sentence).isEmpty()) {
				wrong.add("report lost: " + sentence);
			}
		}
		assertThat(retold).hasSizeGreaterThanOrEqualTo(60);
		assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
	}

	@Test
	void shouldReadTheSameNounsInNonEventsAsNothing() {
		List<String> sentences = new ArrayList<>(List.of(
				"Two soldiers were killed in a car crash near Tarmiyah on Monday.",
				"Three patients died in a fire at a hospital in Baghdad on Monday.",
				"Five workers were killed in a gas explosion at a factory in Basra on Monday.",
				"Two miners died in a mine collapse near Sulaymaniyah on Monday.",
				"Two soldiers were killed in a training accident near Tarmiyah on Monday.",
				"Two soldiers were killed in an attack helicopter crash near Tarmiyah on Monday.",
				"Thousands of workers joined a general strike in Basra on Monday.",
				"More than 200 soldiers have been killed in attacks near Tarmiyah since 2019.",
				"Attacks on PMF positions near Tarmiyah have increased this year.",
				"The governor condemned attacks on army posts near Tarmiyah.",
				"Two boys were killed when an old shell left over from the war exploded in a field near Tarmiyah on Monday, a demining official said."));
		for (String noun : List.of("attack", "ambush", "raid", "drone strike", "rocket attack", "roadside bomb",
				"suicide attack", "shooting")) {
			String a = article(noun);
			sentences.add("Officials warned of " + a + " on an army post near Tarmiyah.");
			sentences.add("Residents feared " + a + " on the village near Tarmiyah.");
			sentences.add(capital(a) + " on an army post near Tarmiyah was foiled on Monday.");
			sentences.add("Islamic State plans " + a + " on army posts near Tarmiyah, officials said.");
			sentences.add("Soldiers could be killed in " + a + " on the base near Tarmiyah, the commander warned.");
			sentences.add("If " + a + " on the base near Tarmiyah comes, two soldiers will be killed.");
			sentences.add("The " + noun + " in 2014 killed 20 soldiers near Tarmiyah.");
		}
		List<String> wrong = new ArrayList<>();
		for (String sentence : sentences) {
			List<EventType> types = SentenceTypes.of(sentence);
			if (!types.isEmpty()) {
				wrong.add(sentence + " -> " + types);
			}
		}
		assertThat(sentences).hasSizeGreaterThanOrEqualTo(40);
		assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
	}

}
