package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.conflictdata.incidentmap.extraction.TriggerRules.rule;

/**
 * Event phrases that tell an attack by its victims or by an attack noun rather than by a
 * verb of attack: "two soldiers were killed in an Islamic State attack on an army post",
 * "three shepherds died in a roadside bomb blast", "an IS attack on a PMF position killed
 * two fighters", "a mortar attack on the camp left two dead", and the verbless entries of
 * a digest ("IS attack on a PMF position near Saadiya"). A noun that names a weapon types
 * the event by it (a drone strike is an air/drone strike, a roadside bomb a remote
 * explosive, rocket or mortar fire shelling); a noun that does not ("attack", "ambush",
 * "raid", "shooting") is typed as {@link KillingRules} types a killing: armed victims
 * make an armed clash, unarmed victims an attack on civilians; with no victims named, the
 * target types it the same way. Read before every other rule, so that the victims and the
 * noun are one phrase; see {@link TriggerRules} for the form. Plans, threats and
 * hypotheticals are left to {@link NonEvents}, past years to the date rules.
 */
final class AttackNounRules {

	/** A count of victims, as news writes it. */
	private static final String COUNT = "(?:(?:at least|as many as|some|about|nearly|more than|up to|another)\\s+)?"
			+ "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a number of"
			+ "|[\\w-]+teen|twenty|thirty|forty|fifty)";

	/** Victims who bear arms; "family members" bear none. */
	private static final String ARMED = "(?:soldiers?|troops|policem[ae]n|police(?:wo)?m[ae]n|police officers?"
			+ "|officers?|militiam[ae]n|fighters?|guards?|peshmerga|servicem[ae]n|conscripts?|recruits?|commanders?"
			+ "|militants?|security personnel|personnel|paramilitaries|(?<!family |household )members?"
			+ "(?! of (?:an?|the|one|his|her|their) (?:same )?(?:[\\w-]+ )?famil))";

	/** Victims who bear no arms. */
	private static final String UNARMED = "(?:civilians?|villagers?|residents?|people|persons|farmers?|shepherds?"
			+ "|herders?|workers?|labou?rers?|children|child|women|woman|men|man|boys?|girls?|worshippers?|pilgrims?"
			+ "|passengers?|students?|teachers?|traders?|shopkeepers?|shoppers?|fishermen|drivers?|truckers?"
			+ "|protesters?|protestors?|demonstrators?|famil(?:y|ies)|family members|members of (?:an?|the|one|his|her"
			+ "|their) (?:same )?(?:[\\w-]+ )?family|relatives|journalists?|doctors?|nurses?|engineers?|contractors?"
			+ "|mourners|guests|bystanders?|passers-by|infants?|teenagers?|sons?|daughters?|brothers?|sisters?"
			+ "|brothers?|wedding guests|displaced)";

	/**
	 * A word inside the victims' phrase: never a relative pronoun or a preposition, so
	 * that "a funeral procession for members of Kataib Hezbollah who were killed in
	 * American airstrikes" names no victims of a reported attack; it describes the
	 * mourned.
	 */
	private static final String FRAME_WORD = "(?!(?:who|whom|whose|that|which|for|to|from|with|at|in|on|by)\\b)[\\w'-]+";

	/**
	 * Words between a victims' count and their noun ("two PMF fighters", "three Iraqi
	 * army soldiers"), and after it ("a family of five", "two members of the SDF").
	 */
	private static final String VICTIMS_FRAME = "\\b" + COUNT + "%s\\s+(?:" + FRAME_WORD + "\\s+){0,3}?%s\\b"
			+ "(?:\\s+of\\s+(?:the\\s+|an?\\s+)?(?:" + FRAME_WORD + "\\s+){0,2}?" + FRAME_WORD + ")?";

	/** A victims' verb told as done; "could be killed" is no event. */
	private static final String SUFFERED = "(?:,\\s+(?:including|among them|most of them)\\s+[^,.;:]{1,50},)?"
			+ "\\s+(?:(?:were|was|are|is|have been|has been|had been)\\s+)?"
			+ "(?:(?:reportedly|also|allegedly|all|both|later)\\s+)?"
			+ "(?:killed|wounded|injured|hurt|slain|shot dead|martyred|died|perished|lost (?:their|his|her) lives?"
			+ "|lost (?:his|her) life|(?:were|was) among (?:the dead|those killed|the victims|the casualties)|die|dies)"
			// "two soldiers were killed and three wounded in", "and his son wounded".
			+ "(?:,?\\s+and\\s+(?:[\\w'-]+\\s+){0,3}?(?:were\\s+|was\\s+)?(?:wounded|injured|hurt))?";

	/** The stretch between the victims' verb and the noun, kept in one clause. */
	private static final String TO_NOUN = "(?:\\s+(?:(?!\\b(?:when|after|before|as|while|since|and|but|because"
			+ "|following)\\b)[^.;:()]){0,50}?)?\\s+(?:in|during|by)\\s+";

	/** Words before an attack noun: its author, its kind; never a preposition. */
	private static final String MODIFIERS = "(?:(?!(?:on|in|at|near|after|before|of|to|from|with|by|during|and|or"
			+ "|when|while|as|that|which|who|car crash|crash|accident)\\b)[\\w'-]+\\s+){0,4}?";

	private static final String DETERMINER = "(?:(?:an?|the|one|this|that|another|twin|two|three|separate|a series of"
			+ "|a pair of|a wave of)\\s+)?";

	/** Explosions and fires of no attack: a gas leak, a factory, fireworks. */
	private static final String NOT_AN_ACCIDENT = "(?![^.;]{0,160}?\\b(?:gas|fuel|boiler|generator|cylinders?|factory"
			+ "|refinery|fireworks|accident\\w*|short circuit|leak\\w*|collapse\\w*|crash\\w*|bomb disposal"
			+ "|demining|training|exercise|unexploded|old ordnance|remnants? of war)\\b)";

	/** "killed since 2019", "so far this year": a tally, not one event. */
	private static final String NOT_A_TALLY = "(?![^.;]{0,60}?\\b(?:since|over the (?:past|last)|so far|this year"
			+ "|in recent (?:years|months|weeks)|every (?:day|week|month)|a year)\\b)";

	/** Armed places and units an attack can be on. */
	private static final String ARMED_TARGET = "(?:(?:[\\w'-]+\\s+){0,3}?(?:checkpoints?|outposts?|posts?|patrols?"
			+ "|positions?|bases?|barracks|convoys?|garrisons?|watchtowers?|headquarters|units?|(?:military|army|security)"
			+ " points?)|(?:[\\w'-]+\\s+){0,2}?(?:army|military|police|security|PMF|SDF|peshmerga|Hashd|militia"
			+ "|troops'?|soldiers'?|border guards?)\\s+(?:[\\w'-]+\\s+){0,2}?(?:vehicles?|trucks?|cars?|buses|bus"
			+ "|tanks?|stations?|forces|barracks|building)|(?:[\\w'-]+\\s+){0,2}?" + ARMED + ")\\b";

	/** Unarmed places and people an attack can be on. */
	private static final String UNARMED_TARGET = "(?:[\\w'-]+\\s+){0,3}?(?:villages?|markets?|mosques?|churches|church"
			+ "|shrines?|houses?|homes?|weddings?|funerals?|buses|bus|minibus(?:es)?|shops?|caf[eé]s?|schools?"
			+ "|hospitals?|farms?|camps? for (?:the )?displaced|neighbourhoods?|neighborhoods?|hamlets?|tents?"
			+ "|cars?|trucks?|fishing boats?|" + UNARMED + ")\\b";

	/** An attack noun with a weapon, and the type it gives. */
	private record Kind(EventType type, String nouns, String[] cues) {
	}

	/** In priority order: a suicide attack is no mere attack. */
	private static final List<Kind> TYPED = List.of(
			new Kind(EventType.SUICIDE_BOMB,
					"suicide (?:car |truck |vest |motorcycle )?(?:attacks?|bombings?|bombs?|blasts?|explosions?)",
					new String[] { "suicide" }),
			new Kind(EventType.AIR_DRONE_STRIKE,
					"(?:drone|air|aerial|helicopter)\\s?(?:strikes?|raids?|attacks?|bombardments?|bombings?)"
							+ "|(?<!\\b(?:hunger|general|labou?r|workers'|missile|rocket|artillery|mortar) )strikes?",
					new String[] { "strike", "raid", "drone", "aerial", "bombard" }),
			new Kind(EventType.SHELLING_ARTILLERY_MISSILE,
					"(?:rocket|mortar|missile|artillery|katyusha|tank)(?: and (?:rocket|mortar|artillery))?"
							+ " (?:attacks?|fire|strikes?|barrages?|salvos?|shelling|rounds?|shells?|bombs?|impacts?)"
							+ "|shelling|bombardment",
					new String[] { "rocket", "mortar", "missile", "artillery", "katyusha", "tank", "shelling",
							"bombardment" }),
			new Kind(EventType.GRENADE, "(?:hand )?grenade (?:attacks?|blasts?|explosions?)|grenades?",
					new String[] { "grenade" }),
			new Kind(EventType.REMOTE_EXPLOSIVE,
					"(?:IED|bomb|roadside bomb|car bomb|land ?mine|mine|explosive device|sticky bomb) (?:attacks?"
							+ "|blasts?|explosions?)|(?:roadside |car |truck |motorcycle |sticky |parcel |magnetic )?bombs?"
							+ "(?!\\s+(?:disposal|squads?|scares?|threats?|hoax|shelters?|makers?|making|factory))"
							+ "|bombings?|IEDs?|improvised explosive devices?|land ?mines?|blasts?|explosions?",
					new String[] { "ied", "bomb", "mine", "explosive", "blast", "explosion" }),
			new Kind(EventType.ARMED_CLASH,
					"clash(?:es)?|gunfights?|firefights?|fire-fights?|shoot-?outs?|gun ?battles?|exchanges? of fire"
							+ "|heavy fighting",
					new String[] { "clash", "fight", "shoot", "battle", "exchange" }));

	/** Attack nouns without a weapon, in the singular: "attacks" are mostly a tally. */
	private static final String UNTYPED = "(?:(?<!\\b(?:suicide|rocket|mortar|missile|drone|grenade|IED|bomb|artillery"
			+ "|air) )(?:attack|assault|ambush|raid|shooting|gun attack|knife attack|sniper fire|gunfire|stabbing)"
			+ "(?!\\s+(?:helicopters?|dogs?|planes?|aircraft|jets?|plans?|boats?|drills?)\\b))";

	private static final String[] UNTYPED_CUES = { "attack", "assault", "ambush", "raid", "shooting", "fire",
			"stabbing" };

	private static final String[] SUFFERED_CUES = { "kill", "wound", "injur", "hurt", "slain", "shot", "martyr", "died",
			"perish", "lost", "among" };

	private static final String[] NOUN_FIRST_CUES = { "kill", "wound", "injur", "claimed", "left", "leav" };

	/** The noun-first verb: "killed", "left two dead"; not after "could" or "to". */
	private static final String DID = "\\s+(?<!\\b(?:have|has|had|would|could|will|may|might|to|can|must|should) )"
			+ "(?:killed|kills|claimed the lives of|wounded|wounds|injured|injures|left|leaves)\\s+";

	private static final String LEFT_DEAD = "\\s+(?<!\\b(?:would|could|will|may|might|to|can) )(?:left|leaves)\\s+"
			+ COUNT + "\\s+(?:people\\s+|persons\\s+|others\\s+)?(?:dead|killed|wounded|injured)\\b";

	/** From the noun to the victims' verb, across the target. */
	private static final String ON_TARGET = "(?:,[^,.;:]{1,60},)?(?:\\s+(?:on|against|targeting|near|in|at|inside|outside)\\b[^.;:]{0,90}?)?";

	/**
	 * A digest entry told with no finite verb at all: "IS attack on a PMF position near
	 * Saadiya." Anchored to the start of the sentence, past a bullet or a date label.
	 */
	private static final String DIGEST_START = "^\\s*(?:[-*\u2022\u2013\u2014]\\s*)?(?:[^:;.]{1,30}:\\s*)?"
			+ "(?![^.]*?\\b(?-i:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|shall|be|been"
			+ "|being|did|does|do|feared|fears|warned|warns|planned|plans|foiled|thwarted|condemned|condemns|said"
			+ "|says|denied|denies|if|whether)\\b)(?:(?:an?|the)\\s+)?";

	static final List<TriggerRules.Rule> RULES;

	static {
		List<TriggerRules.Rule> rules = new ArrayList<>();
		String anyVictim = "(?:" + ARMED + "|" + UNARMED + ")";
		for (Kind kind : TYPED) {
			String noun = "(?:" + kind.nouns() + ")\\b";
			rules.add(rule(Cues.of(SUFFERED_CUES).and(kind.cues()), kind.type(), victimsFirst(anyVictim, noun)));
			rules.add(rule(Cues.of(NOUN_FIRST_CUES).and(kind.cues()), kind.type(), nounFirst(noun, anyVictim)));
			rules.add(rule(Cues.of("left", "leaves").and(kind.cues()), kind.type(),
					"\\b" + DETERMINER + MODIFIERS + noun + ON_TARGET + LEFT_DEAD));
		}
		String noun = UNTYPED + "\\b";
		for (boolean armed : new boolean[] { true, false }) {
			EventType type = armed ? EventType.ARMED_CLASH : EventType.ATTACK_ON_CIVILIANS;
			String victims = armed ? ARMED : UNARMED;
			String target = armed ? ARMED_TARGET : UNARMED_TARGET;
			rules.add(rule(Cues.of(SUFFERED_CUES).and(UNTYPED_CUES), type, victimsFirst(victims, noun)));
			rules.add(rule(Cues.of(NOUN_FIRST_CUES).and(UNTYPED_CUES), type, nounFirst(noun, victims)));
			rules.add(rule(Cues.of("left", "leaves").and(UNTYPED_CUES), type,
					"\\b" + DETERMINER + MODIFIERS + noun
							+ "\\s+(?:on|against|targeting)\\s+(?:an?\\s+|the\\s+|two\\s+|three\\s+)?" + target
							+ "[^.;:]{0,60}?" + LEFT_DEAD));
			rules.add(rule(Cues.of(UNTYPED_CUES), type, DIGEST_START + MODIFIERS + noun
					+ "(?:\\s*\\([^()]{0,80}\\))?\\s+(?:on|against|targeting)\\s+(?:an?\\s+|the\\s+)?" + target));
		}
		RULES = List.copyOf(rules);
	}

	/** "An attack on the base was foiled", "police thwarted a suicide attack". */
	private static final Pattern FOILED_AFTER = Pattern.compile(
			"^[^.;:]{0,80}?\\b(?:was|were|had been|has been"
					+ "|have been)\\s+(?:\\w+ly\\s+)?(?:foiled|thwarted|averted|prevented|aborted)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern FOILED_BEFORE = Pattern.compile("\\b(?:foil(?:ed|s)?|thwart(?:ed|s)?|avert(?:ed|s)?"
			+ "|prevent(?:ed|s)?|abort(?:ed|s)?)\\s+(?:an?|the|two|three|several|another)\\s+(?:[\\w'-]+\\s+){0,3}?$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * An attack noun named first, then its victims' verb: the shape the retold guard
	 * reads.
	 */
	private static final Pattern NOUN_FIRST_SHAPE;

	/**
	 * "The attack on the base, which killed", "the attack that killed": an event named as
	 * known.
	 */
	private static final Pattern KNOWN_BY_RELATIVE = Pattern.compile("^(?:the|this|that|these|those)\\s[^.;:]*?"
			+ "(?:,\\s*)?\\b(?:that|which)\\s+(?:\\w+ly\\s+)?(?:killed|kills|claimed|wounded|wounds|injured|injures"
			+ "|left|leaves)\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * "a similar attack", "the previous raid", "the February attack": one told before.
	 */
	private static final Pattern KNOWN_BY_MODIFIER = Pattern.compile("^(?:an?|the|another)\\s+(?:[\\w'-]+\\s+){0,2}?"
			+ "(?:similar|same|previous|earlier|prior|former|(?-i:January|February|March|April|May|June|July|August"
			+ "|September|October|November|December))\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * Words that introduce an event as the cause, example or start of what is reported:
	 * "in retaliation for", "including", "since"; "hours after an attack wounded three"
	 * is often the attack's only report, so a plain "after" is none of them.
	 */
	private static final Pattern REFERRED_TO = Pattern.compile("\\b(?:including|such as|among them|like"
			+ "|retaliation for|revenge for|reprisal for|reprisals for|response to|reply to|answer to|avenge|avenging"
			+ "|blamed for|blames? \\S+ for|since|recall(?:s|ed|ing)?)\\s+$", Pattern.CASE_INSENSITIVE);

	static {
		StringBuilder nouns = new StringBuilder(UNTYPED);
		for (Kind kind : TYPED) {
			nouns.append('|').append(kind.nouns());
		}
		NOUN_FIRST_SHAPE = Pattern.compile(
				"^(?:an?|the|one|another|twin|a series of|this|that)\\s+" + MODIFIERS + "(?:" + nouns
						+ ")\\b[^.;:]*?\\b(?:killed|kills|claimed|wounded|wounds|injured|injures|left|leaves)\\b",
				Pattern.CASE_INSENSITIVE);
	}

	private AttackNounRules() {
	}

	/**
	 * Whether the attack {@code trigger} names was stopped before it happened: "an attack
	 * on an army post was foiled", "police thwarted a suicide attack".
	 */
	static boolean isFoiled(String sentence, EventClassifier.Trigger trigger) {
		String before = sentence.substring(Math.max(0, trigger.start() - 80), trigger.start());
		return FOILED_BEFORE.matcher(before).find() || FOILED_AFTER.matcher(sentence.substring(trigger.end())).find();
	}

	/**
	 * Whether {@code trigger} names an attack and then its victims as an event already
	 * known rather than one reported: cited as the cause, example or start of what is
	 * reported ("in retaliation for an attack that killed two officers", "including a
	 * raid in June last year that killed 20 fighters"), named as one like another ("days
	 * after a similar attack on the same base killed three"), or named with a definite
	 * article and told by a relative clause ("the attack on the K-1 base, which killed a
	 * contractor, crossed the line"). The event is then left to the sentences that report
	 * it.
	 */
	static boolean isRetold(String sentence, EventClassifier.Trigger trigger) {
		if (trigger.generic() || !NOUN_FIRST_SHAPE.matcher(trigger.phrase()).lookingAt()) {
			return false;
		}
		String before = sentence.substring(Math.max(0, trigger.start() - 40), trigger.start());
		return REFERRED_TO.matcher(before).find() || KNOWN_BY_RELATIVE.matcher(trigger.phrase()).lookingAt()
				|| KNOWN_BY_MODIFIER.matcher(trigger.phrase()).lookingAt();
	}

	/**
	 * Victims told with an event named back: "killed in the strike", "in this attack".
	 */
	private static final Pattern NAMED_BACK = Pattern.compile("\\b(?:killed|wounded|injured|hurt|slain|martyred|died"
			+ "|perished|lives?|dead)\\b[^.;:]{0,60}?\\b(?:in|during|by)\\s+(?:the|this|that|these|those)\\s+"
			+ "(?:[\\w'-]+\\s+){0,4}?[\\w'-]+$"
			// "The strike killed four people": the noun first, named back.
			+ "|^(?:the|this|that|these|those)\\s[^.;:]*?\\b(?:killed|kills|claimed the lives of|wounded|wounds"
			+ "|injured|injures|left|leaves)\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * Whether {@code trigger} tells victims of an event it names back with a definite
	 * article or a demonstrative ("one of its fighters was killed and 18 people were
	 * wounded in the strike near al-Kifl"): the toll of an event already told, when the
	 * text told one, rather than a report of its own.
	 */
	static boolean namesBack(EventClassifier.Trigger trigger) {
		return NAMED_BACK.matcher(trigger.phrase()).find();
	}

	/** "Two soldiers were killed in an IS attack", "a farmer died in a blast". */
	private static String victimsFirst(String victims, String noun) {
		// The accident check runs only where a count begins, not at every position.
		return String.format(VICTIMS_FRAME, NOT_AN_ACCIDENT, victims) + SUFFERED + TO_NOUN + DETERMINER + MODIFIERS
				+ noun + NOT_A_TALLY;
	}

	/** "An IS attack on an army post killed two soldiers". */
	private static String nounFirst(String noun, String victims) {
		return "(?:^|\\b(?:an?|the|one|another|twin|a series of)\\s+)" + NOT_AN_ACCIDENT + MODIFIERS + noun + ON_TARGET
				+ DID + String.format(VICTIMS_FRAME, "", victims) + NOT_A_TALLY;
	}

}
