package org.conflictdata.incidentmap.extraction;

import java.util.List;
import java.util.regex.Pattern;

import static org.conflictdata.incidentmap.extraction.TriggerRules.rule;

/**
 * Event phrases that tell a killing or an attack by its victims rather than by a weapon:
 * "gunmen killed four militiamen", "snipers killed two protesters", "militants overran an
 * outpost, killing three soldiers", "gunmen fire on an army checkpoint", and bombs and
 * drones told by a vivid verb ("a bomb tore through a market", "a drone bombarded a
 * car"). Following ACLED, the victims type the event: armed men on both sides make an
 * armed clash, unarmed victims an attack on civilians, demonstrators killed by those
 * policing them excessive force against protesters. Read after {@link NarrativeRules};
 * see {@link TriggerRules} for the form.
 */
final class KillingRules {

	/** Who kills: armed men however named, in the singular or plural. */
	private static final String KILLERS = "(?:gunm[ae]n|snipers?|militants?|assailants?|attackers?|insurgents?|jihadists?"
			+ "|terrorists?|armed men|unknown men|masked men|rebels?|fighters|militiamen|militias?|killers)";

	/**
	 * A count of victims: a figure, a number word or a small vague quantity; "dozens of"
	 * and "scores of" mostly sum up a season, not one event.
	 */
	private static final String COUNT = "(?:(?:at least|as many as|some|about|nearly|more than)\\s+)?(?:\\d+|a|an|one|two"
			+ "|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a number of|[\\w-]+teen"
			+ "|twenty|thirty|forty|fifty)";

	/** Victims who bear arms. */
	private static final String ARMED = "(?:soldiers|troops|policemen|police(?:wo)?men|police officers|officers|militiamen"
			+ "|fighters|militants|guards|border guards|peshmerga|servicemen|conscripts|security personnel|personnel"
			+ "|members of (?:the |an? )?(?:[\\w'-]+\\s+){0,3}?(?:security forces|militias?|army|police|forces|brigades?"
			+ "|units?|groups?|factions?)|soldier|policeman|officer|militiaman|fighter|guard)";

	/** Victims who bear no arms. */
	private static final String UNARMED = "(?:civilians|villagers|residents|people|farmers|shepherds|herders|workers"
			+ "|labou?rers|children|women|men|worshippers|pilgrims|passengers|students|teachers|traders|shoppers|fishermen"
			+ "|members of (?:the |an? )?(?:same )?family|family members|relatives|civilian|farmer|shepherd|worker|child|woman"
			+ "|man|boy|girl|teacher|student|trader|driver|drivers|brothers|sons|cousins|nephews|herdsmen|brother|son"
			+ "|cousin|nephew|herdsman|herder)";

	private static final String PROTESTERS = "(?:protesters|protestors|demonstrators|protester|protestor|demonstrator)";

	/**
	 * A killing verb told as done, in the past or in a timeline's present tense; not
	 * after "have", "has", "had", "to", "will", "would", "could" or "may", which tell an
	 * aggregate, a threat or a plan.
	 */
	private static final String KILLED = "(?<!\\bhave |\\bhas |\\bhad |\\bto |\\bwill |\\bwould |\\bcould |\\bmay "
			+ "|\\bmight |\\bof )(?:killed|kills?|shot dead|shoots? dead|gunned down|guns? down|murdered|shot)";

	/** The stretch between killers and their verb, within the clause. */
	private static final String GAP = "\\b(?:(?!\\b(?:denied|denies|deny|denying|that|said|says|claimed|claims"
			+ "|if|whether)\\b)[^.;:]){0,60}?\\b";

	/** "since 2019", "over the past year": a tally, not one event. */
	static final String NOT_A_TALLY = "(?![^.;]{0,60}?\\b(?:since|over the (?:past|last)|so far|this year"
			+ "|in recent (?:years|months|weeks)|every (?:day|week|month)"
			+ "|during the (?:\\d{4}\\s+)?(?:uprising|protests|war|revolution|crackdown|protest movement))\\b)";

	/** A generic attack verb, past or present. */
	private static final String ATTACKED = "(?:attacked|attacks|overran|overruns|overrun|raided|raids|stormed|storms"
			+ "|assaulted|ambushed|ambush|fired on|fire on|fires on|opened fire on|open fire on|opens fire on)";

	/** The stretch from an attack verb to the participle that tells its victims. */
	private static final String THEN_KILLING = "\\b[^.;]{0,100}?,\\s+(?:killing|leaving)\\s+" + COUNT
			+ "\\s+(?:[\\w'-]+\\s+){0,2}?";

	/**
	 * Killings typed by their victims, read before the weapons' rules so that "shot dead"
	 * of armed men or demonstrators is not read as an attack on civilians.
	 */
	static final List<TriggerRules.Rule> FIRST = List.of(
			// "Snipers killed two protesters near the square": demonstrators killed by
			// those
			// policing the protest, whoever fired.
			rule(Cues.of("protest", "demonstrat").and("kill", "shot", "gun", "murder"),
					EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
					"\\b(?:" + KILLERS + "|security forces|police|troops|soldiers|riot police|guards)" + GAP + KILLED
							+ "\\s+" + COUNT + "\\s+(?:[\\w'-]+\\s+){0,2}?" + PROTESTERS + "\\b" + NOT_A_TALLY),
			// "Gunmen killed four militiamen in Basra": armed victims of armed men.
			rule(Cues
				.of("gunm", "sniper", "militant", "assailant", "attacker", "insurgent", "jihadist", "terrorist",
						"armed men", "unknown men", "masked men", "rebel", "fighters", "militia", "killers")
				.and("kill", "shot", "gun", "murder"), EventType.ARMED_CLASH,
					"\\b" + KILLERS + GAP + KILLED + "\\s+" + COUNT + "\\s+(?:[\\w'-]+\\s+){0,2}?" + ARMED + "\\b"
							+ NOT_A_TALLY));

	/** A projectile or gun named as what hit a target told first. */
	private static final String MUNITION = "(?:rockets?|missiles?|mortars?(?: rounds?| shells?| bombs?)?|shells|shellfire"
			+ "|artillery(?: fire| shells?| rounds?)?|katyushas?|projectiles?|tank (?:fire|shells?|rounds?))";

	/**
	 * What makes a body found a killing: wounds, bonds or marks of a violent death, told
	 * after "found dead".
	 */
	private static final String VIOLENT_MARKS = "(?:gunshot|bullet|shot|stab|knife|hands (?:tied|bound)|bound|blindfold"
			+ "|tortur\\w*|signs of violence|throats? (?:cut|slit)|beaten|execution-style|strangl|head wounds?)";

	/**
	 * A death that was no attack, or bodies of an earlier event: a flood, a crash, a mass
	 * grave, the rubble of a strike.
	 */
	private static final String NOT_AN_ATTACK = "(?![^.;]{0,140}?\\b(?:mass graves?|rubble|debris|drown\\w*|floods?|crash"
			+ "|accident|earthquake|avalanche|wreck\\w*|migrants|exhum\\w*|overdose|natural causes|frozen|heat"
			+ "|those killed|killed in|victims of|who (?:were killed|died))\\b)";

	static final List<TriggerRules.Rule> RULES = List.of(
			// "a military position was hit by Israeli missiles", "the camp was targeted
			// by
			// two rockets": a strike told from its target, typed by what hit it.
			rule(Cues.of("hit", "struck", "targeted", "bombarded", "pounded", "shelled", "attacked")
				.and("rocket", "missile", "mortar", "shell", "artillery", "katyusha", "projectile", "tank"),
					EventType.SHELLING_ARTILLERY_MISSILE,
					"(?<!\\b(?:could|would|might|may|must|will) (?:have )?)(?<!\\b(?:denied|denies|deny|denying|whether|if)\\b[^.;]{0,80})"
							// "the vehicle was hit by an anti-tank missile before it
							// reached
							// the position": the attackers' own vehicle, told before,
							// stopped.
							+ "(?<!\\b(?:the|its|their) (?:vehicle|car|truck|lorry|tanker|bulldozer|bomber) )"
							+ "\\b(?:was|were|been|being)\\s+"
							+ "(?:(?:reportedly|allegedly|also|again|repeatedly|heavily|directly)\\s+)?"
							+ "(?:hit|struck|targeted|bombarded|pounded|shelled|attacked)\\s+(?:overnight\\s+)?(?:by|with)\\s+"
							+ "(?:an?\\s+|the\\s+|\\d+\\s+|two\\s+|three\\s+|four\\s+|several\\s+|a\\s+barrage\\s+of\\s+)?"
							+ "(?:[\\w'-]+\\s+){0,2}?" + MUNITION + "\\b"),
			// "was found dead with gunshot wounds", "found shot dead", "the bodies of two
			// shepherds were found": a killing discovered, which ACLED codes an attack
			// where it was found.
			rule(Cues.of("found", "discovered", "recovered", "dumped"), EventType.ATTACK_ON_CIVILIANS, "\\bfound\\s+"
					+ NOT_AN_ATTACK + "(?:murdered|slain|beheaded|decapitated|strangled|executed"
					+ "|stabbed to death|shot(?: dead)?|dead\\b[^.;]{0,60}?\\b" + VIOLENT_MARKS + ")"
					+ "|(?<!\\bgraves?\\b[^.;]{0,40})\\b" + NOT_AN_ATTACK + "(?:the\\s+)?(?:[\\w-]+\\s+)?bod(?:y|ies)"
					+ "\\s+of\\s+(?!those\\b|the victims\\b)(?:[\\w'-]+\\s+){0,5}?(?:was|were|had been)\\s+(?:found"
					+ "|discovered|recovered|dumped)\\b" + NOT_A_TALLY
					+ "|\\b(?<!\\bto )(?:found|discovered|recovered)\\s+" + NOT_AN_ATTACK + "the\\s+(?:[\\w-]+\\s+)?"
					+ "bod(?:y|ies)\\s+of\\b(?!\\s+(?:those|the victims)\\b)" + NOT_A_TALLY),
			// "an explosion at an arms depot": a store of munitions blown up, however the
			// blast is told.
			rule(Cues.of("explosion", "blast").and("arms", "weapons", "ammunition", "munitions", "ordnance"),
					EventType.REMOTE_EXPLOSIVE,
					"(?<!\\b(?:19|20)\\d\\d\\s)\\b(?:explosions?|blasts?)\\s+(?:at|in|inside|hit|rocked|ripped through|tore through)\\s+(?:an?\\s+|the\\s+)?"
							+ "(?:[\\w'-]+\\s+){0,3}?(?:arms|weapons|ammunition|munitions|ordnance)\\s+(?:depot|store"
							+ "|warehouse|dump|storage (?:site|facility))\\b" + NOT_A_TALLY),
			// "Masked men killed a farmer and his two sons": unarmed victims.
			rule(Cues
				.of("gunm", "sniper", "militant", "assailant", "attacker", "insurgent", "jihadist", "terrorist",
						"armed men", "unknown men", "masked men", "rebel", "fighters", "militia", "killers")
				.and("kill", "shot", "gun", "murder"), EventType.ATTACK_ON_CIVILIANS,
					"\\b" + KILLERS + GAP + KILLED + "\\s+" + COUNT + "\\s+(?:[\\w'-]+\\s+){0,2}?" + UNARMED + "\\b"
							+ NOT_A_TALLY),
			// "a bomb tore through a crowded market", "a blast rocked the square", "an
			// explosion hit a minibus": a bomb told by what it did.
			rule(Cues.of("bomb", "explosion", "blast")
				.and("tore", "ripped", "rocked", "hit", "struck", "tear", "rip", "rock"), EventType.REMOTE_EXPLOSIVE,
					"(?<!\\b(?:gas|fuel|boiler|generator|cylinder|tanker|accidental)\\s)"
							+ "\\b(?:(?:car |roadside |parcel |sticky |motorcycle )?bombs?|explosions?|blasts?)\\s+(?:also\\s+)?"
							+ "(?:tore|ripped|tears|rips|rocked|rocks|hit|hits|struck|strikes)\\s+(?:through\\s+)?"
							+ "(?:an?|the|two|three|several|a\\s+crowded|a\\s+busy)\\s+(?!(?:quiet|silence|calm|night|air)\\b)"),
			// "overran an army outpost, killing three soldiers", "gunmen fire on an army
			// checkpoint near Laylan, killing one soldier": an attack met by armed men.
			rule(Cues.of("killing", "leaving"), EventType.ARMED_CLASH, "\\b" + ATTACKED + THEN_KILLING + ARMED + "\\b"),
			// "attacked a village near Khanaqin, killing two farmers": unarmed victims.
			rule(Cues.of("killing", "leaving"), EventType.ATTACK_ON_CIVILIANS,
					"\\b" + ATTACKED + THEN_KILLING + UNARMED + "\\b"),
			// "gunmen fire on an army checkpoint", "militants opened fire on a police
			// patrol": armed men shooting at an armed post.
			rule(Cues.of("fire").and("checkpoint", "post", "patrol", "convoy", "position", "barracks", "base"),
					EventType.ARMED_CLASH,
					"\\b" + KILLERS + GAP
							+ "(?<!\\bhad |\\bhave |\\bhas |\\bto |\\bwho |\\bwould )(?:fired|fire|fires|opened fire|open fire|opens fire)\\s+(?:on|at)\\s+"
							+ "(?:an?|the|their|its)\\s+(?:[\\w'-]+\\s+){0,2}?(?:checkpoints?|posts?|patrols?|convoys?"
							+ "|positions?|barracks|bases?)\\b"),
			// "a drone bombarded a car", "Turkish drones also bombarded villages": an
			// aircraft's bombardment.
			rule(Cues.of("bombard").and("drone", "aircraft", "jet", "plane", "helicopter", "uav"),
					EventType.AIR_DRONE_STRIKE,
					"\\b(?:drones?|aircraft|jets?|warplanes?|planes?|helicopters?|UAVs?)\\b[^.;]{0,40}?\\bbombard(?:ed|s|ing)\\b(?!\\s+(?:[\\w-]+\\s+){0,3}?with\\s+(?:leaflets|messages|propaganda)\\b)"
							+ "|\\bbombarded\\s+by\\s+(?:[\\w'-]+\\s+){0,2}?(?:drones?|aircraft|jets?|warplanes?|planes"
							+ "|helicopters?|UAVs?)\\b"),
			// "Stones are thrown from both sides": a clash told in a live blog's present
			// tense.
			rule(Cues.of("thrown", "throw").and("stone", "rock", "brick", "molotov"), EventType.VIOLENT_DEMONSTRATION,
					"\\b(?:stones|rocks|bricks|molotov cocktails)\\s+(?:are|were|being)\\s+(?:\\w+\\s+)?thrown\\b"
							+ "|\\b(?:protesters|protestors|demonstrators|crowds?|youths)\\s+throw\\s+(?:stones|rocks|bricks)\\b"),
			// "Supporters of the cleric poured into the Republican Palace": a crowd
			// forcing its way into a seat of government.
			rule(Cues.of("into")
				.and("poured", "burst", "swarmed", "surged", "broke", "forced", "stormed", "pour", "storm", "break"),
					EventType.VIOLENT_DEMONSTRATION,
					"\\b(?:protesters|protestors|demonstrators|crowds?|supporters|followers|hundreds|thousands|rioters)\\b"
							+ "[^.;]{0,80}?\\b(?<!\\bto )(?:poured|pour|pours|burst|bursts|swarmed|swarm|surged|surge|broke|break|breaks"
							+ "|forced their way|force their way|stormed|storm|storms)\\s+into\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,3}?"
							+ "(?:palace|parliament|ministry|government|council|headquarters|compound|offices?|Green Zone"
							+ "|governorate|building|premises)\\b"));

	/** A phrase of these rules that tells a killing by its victims. */
	private static final Pattern VICTIM_TOLD = Pattern.compile(
			"\\b(?:killed|kills?|shot|shoots?|gunned|guns?|murdered|killing" + "|leaving)\\s",
			Pattern.CASE_INSENSITIVE);

	private KillingRules() {
	}

	/** Whether {@code trigger} is a killing these rules read from its victims. */
	static boolean isVictimTold(EventClassifier.Trigger trigger) {
		if (!VICTIM_TOLD.matcher(trigger.phrase()).find()) {
			return false;
		}
		for (List<TriggerRules.Rule> rules : List.of(FIRST, RULES)) {
			for (TriggerRules.Rule rule : rules) {
				if (rule.type() == trigger.type() && rule.pattern().matcher(trigger.phrase()).matches()) {
					return true;
				}
			}
		}
		return false;
	}

}
