package org.conflictdata.incidentmap.extraction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

/**
 * Territory changing hands, as news tells it: "X fell to the rebels", "militants overran
 * the town", "troops recaptured X", "the army declared X fully liberated", "fighters
 * raised their flag over the council building", "Kurdish forces moved into the bases
 * without a shot being fired". The rules find the phrase; {@link #side} then decides from
 * the sentence whether the state's side or a non-state group gained the place (ACLED's
 * "Government regains territory" or "Non-state actor overtakes territory"), and a side
 * moving in without a fight is a non-violent transfer. Plans, threats and hypotheticals
 * ("vowed to retake", "could fall") are left to {@link NonEvents}. A trigger outside its
 * sentence is a caller error; other triggers pass through.
 */
final class TerritoryRules {

	/** "the central city of", "the border town of": the kind of place before its name. */
	private static final String KIND = "(?:town|city|village|district centre|district|provincial capital|capital"
			+ "|border crossing|crossing|port|airport|air ?base|base|province|region|area|neighbou?rhood|suburb|oil field"
			+ "|county|municipality|governorate|island)";

	/**
	 * "the town of Tal Hamis", "Kobani", "al-Tanf", "the Mosul Dam": a named place
	 * (capitalised, after an optional Arabic article) taken or lost.
	 */
	private static final String PLACE = "(?:(?:much|most|parts|all|large parts|swathes|the rest) of\\s+)?(?:the\\s+)?"
			+ "(?:(?:[\\w-]+\\s+){0,2}?" + KIND + "\\s+of\\s+)?(?:(?-i:a[lnrsdtz]|e[ln]|ash|ad|as|at|ar)-)?(?-i:[A-Z])";

	/**
	 * "the city", "the border town", "a military base": a place the sentence does not
	 * name, taken all the same (the place is told nearby). A town or city told with "a"
	 * ("seized a provincial capital in Iraq and an ancient city in Syria") sums up
	 * takings told elsewhere; only small places are taken unnamed with "a".
	 */
	private static final String UNNAMED = "(?:the\\s+(?:[\\w-]+\\s+){0,2}?(?:town|city|village|district centre"
			+ "|district|provincial capital|military base|air ?base|base|outpost|garrison|barracks|border crossing)"
			+ "|an?\\s+(?:[\\w-]+\\s+){0,2}?(?:village|military base|air ?base|base|outpost|garrison|barracks"
			+ "|border crossing))\\b"
			+ "(?!\\s+(?:council|hall|centre|center|hospital|market|square|mosque|church|school|police|prison)\\b)";

	private static final String COMPLETELY = "(?:full\\s+|complete\\s+|total\\s+|fully\\s+|completely\\s+)?";

	/**
	 * "Islamic State fighters", "the rebels": armed groups whose entering a place takes
	 * it; a state's troops entering a place may be crossing a border or patrolling.
	 */
	private static final String ARMED = "(?:militants|fighters|insurgents|rebels|jihadists|militias|militiamen|gunmen"
			+ "|factions|Islamic State|ISIS|ISIL|Daesh|Taliban|Houthis)";

	/**
	 * "entered the village and opened fire on houses": armed men coming in to kill or
	 * seize people are raiding the place, not taking it (the look ahead passes the full
	 * stops of "p.m.", the sentence being already cut).
	 */
	private static final String RAID_NOT_HOLD = "(?![^;]{0,160}?\\b(?:opened fire|fired on|attacked|killing|killed|shot"
			+ "|abduct\\w*|kidnapp\\w*|set fire|torched|looted|executed|planted|stole)\\b)";

	/** "without a shot being fired", "unopposed": nobody fought for the place. */
	private static final String NO_FIGHT = "(?:without (?:a |any )?(?:shot|shots|fight|fighting|battle|resistance)|unopposed)";

	/**
	 * Rules in {@link TriggerRules}' order: the non-violent transfer first, then the
	 * state's gains, then the other side's, each typed by default and retyped by
	 * {@link #side}.
	 */
	static final List<TriggerRules.Rule> RULES = List.of(
			// "left their posts overnight, and Peshmerga forces moved into the bases
			// without a shot being fired": a side moving in where nobody fights.
			TriggerRules.rule(Cues.of("without", "unopposed"), EventType.NON_VIOLENT_TRANSFER,
					"\\b(?:moved|rolled|marched|walked|drove) into\\b[^.;]{0,80}?\\b" + NO_FIGHT
							+ "|\\b(?:took over|entered|took control of)\\b[^.;]{0,80}?\\b" + NO_FIGHT),
			TriggerRules.rule(Cues.of("left", "abandoned", "vacated"), EventType.NON_VIOLENT_TRANSFER,
					"\\b(?:left|abandoned|vacated)\\s+(?:their|its)\\s+(?:posts|positions|bases|checkpoints|barracks)\\b"
							+ "[^.;]{0,120}?\\b(?:moved into|took over|took control of)\\b"),
			TriggerRules.rule(
					Cues.of("retook", "recaptur", "regain", "retak", "liberat", "control", "fell", "flag", "pushed",
							"drove", "expel", "ousted"),
					EventType.GOVERNMENT_REGAINS_TERRITORY,
					"\\b(?:retook|recaptured|regained|retaken|liberated|(?<!\\bto )(?:retakes?|recaptures?|liberates?))\\s+"
							+ COMPLETELY + "(?:control\\s+(?:of|over)\\s+)?(?:" + PLACE + "|" + UNNAMED + ")"
							// "declared the city of Fallujah fully retaken": the
							// announcement of a place won back.
							+ "|\\b(?:declared|announced|proclaimed)\\s+" + PLACE + "[\\w'-]*(?:\\s+[\\w'-]+){0,3}?\\s+"
							+ COMPLETELY + "(?:liberated|retaken|recaptured|freed|cleared)\\b"
							// "The dam was retaken by Kurdish forces", "al-Ramadi was
							// liberated in December": the place as the subject.
							+ "|\\b(?:was|were|has been|had been|have been)\\s+" + COMPLETELY
							+ "(?:liberated|retaken|recaptured)\\b"
							+ "|\\b(?:troops|army|government forces|federal (?:police|forces)|soldiers|regime forces)\\b"
							+ "[^.;]{0,60}?\\b(?:took|seized|captured|gained|taken|retook|regained)\\s+" + COMPLETELY
							+ "control\\s+(?:of|over)\\s+" + PLACE
							+ "|\\bfell to\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,2}?(?:troops|army|government forces|federal forces)\\b"
							// "raised the Iraqi flag above the council building".
							+ "|\\b(?:raised|hoisted|planted)\\s+(?:the|their|its|a)\\s+(?:[\\w'-]+\\s+){0,2}?flags?\\s+"
							+ "(?:over|above|on|atop)\\b"
							// "pushed the militants out of the town", "expelled the
							// last fighters from X": the loser named as the object.
							+ "|\\b(?:pushed|drove|forced|chased|ousted|expelled|expelling|pushing|driving)\\s+(?:the\\s+)?"
							+ "(?:last\\s+|remaining\\s+)?(?:[\\w'-]+\\s+){0,2}?(?:militants|fighters|insurgents|rebels|jihadists"
							+ "|troops|soldiers|forces)\\s+(?:out\\s+of|from)\\s+" + PLACE),
			TriggerRules.rule(
					Cues.of("control", "captur", "seiz", "overr", "fell", "flag", "swept", "stormed", "entered", "took",
							"abandon", "withdrew", "fall of", "redeployed", "pulled out", "retreated"),
					EventType.NON_STATE_OVERTAKES_TERRITORY,
					"\\b(?:seized|took|taken|captured|overran|gained|wrested|wrestled)\\s+" + COMPLETELY
							+ "control\\s+(?:of|over)\\s+(?:" + PLACE + "|" + UNNAMED + ")"
							+ "|\\b(?:captured|seized|overran|overrun|stormed and (?:seized|took|captured)"
							+ "|(?<!\\bto )(?:seizes?|captures?|overruns?))\\s+(?:" + PLACE + "|" + UNNAMED + ")"
							// "took the district of Kunduz", "took over the town of Tal
							// Abyad": "took" only with the kind of place said.
							+ "|\\btook\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?" + KIND + "\\s+of\\s+(?-i:[A-Z])"
							+ "|\\btook over\\s+(?:the\\s+)?(?:(?:[\\w-]+\\s+){0,2}?" + KIND + "\\s+of\\s+(?-i:[A-Z])|"
							+ UNNAMED + ")"
							// "the militants withdrew from Tadef, which the rebels
							// entered": the place named before its taker.
							+ "|\\bwhich\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,2}?(?:" + ARMED
							+ "|troops|army|soldiers|forces)"
							+ "\\s+(?:then\\s+|later\\s+|had\\s+|have\\s+)?(?:entered|captured|seized|overran|took)\\b"
							// "the army said it had redeployed outside the city": the
							// state's forces giving a place up; see isNotAPlace.
							+ "|\\b(?:troops|army|government forces|soldiers|regime forces|security forces)\\b[^.;]{0,60}?"
							+ "\\b(?:redeployed|withdrew|pulled out|retreated)\\s+(?:outside|from)\\s+(?:" + PLACE + "|"
							+ UNNAMED + ")"
							+ "|\\bfell (?:to|into the hands of|in the hands of)\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,3}?"
							+ "(?:militants|fighters|rebels|factions|insurgents|jihadists|militias|Islamic State|terrorists"
							+ "|terrorist organi[sz]ation|ISIS|ISIL|Daesh|Taliban|Houthis?|al-Shabaab|Boko Haram"
							+ "|(?:rebel|opposition|insurgent|militant|jihadist) (?:forces|groups?|factions))\\b"
							// "black flags went up over the government building".
							+ "|\\bblack flags?\\s+(?:went up|was raised|were raised|was hoisted|were hoisted|flew)\\s+"
							+ "(?:over|above|on)\\b"
							// "the militants swept south into Tikrit", "fighters
							// entered Palmyra on the evening of Wednesday".
							+ "|\\b" + ARMED
							+ "\\b[^.;]{0,60}?\\b(?:swept|stormed|poured|rolled)\\s+(?:\\w+\\s+){0,4}?into\\s+" + PLACE
							+ RAID_NOT_HOLD + "|\\b" + ARMED + "\\b[^.;]{0,60}?\\bentered\\s+" + PLACE + RAID_NOT_HOLD
							// "The fall of Ramadi on Sunday": the fall as the
							// sentence's subject is its news.
							+ "|^\\s*The fall of\\s+" + PLACE
							// "the last troops withdrew to the east": the place given up.
							// Troops merely abandoning their bases is left to the phrase
							// that says who took the place, which carries its own date.
							+ "|\\bthe last\\s+(?:troops|soldiers|defenders|government forces)\\b[^.;]{0,60}?"
							+ "\\b(?:withdrew|pulled out|retreated|fled)\\b"));

	/** Who stands for the state: its forces and the militias fighting beside them. */
	private static final Pattern STATE = Pattern.compile("\\b(?:troops|army|armed forces|soldiers|government forces"
			+ "|security forces|special forces|regime|police|policemen|federal|counter-terrorism|military|marines"
			+ "|commandos|gendarmes?|national guard|popular mobili[sz]ation|PMF|Hashd|pro-government|loyalists?"
			+ "|(?:Iraqi|Syrian|Afghan|Nigerian|Somali|Malian|Yemeni|Libyan|Turkish|Israeli) forces|(?-i:Iraqi|Syrian) flag"
			+ "|national flag)\\b", Pattern.CASE_INSENSITIVE);

	/** Who does not: armed groups named as such. */
	private static final Pattern NON_STATE = Pattern.compile("\\b(?:militants|insurgents|rebels|jihadists|Islamic State"
			+ "|ISIS|ISIL|(?-i:IS)|Daesh|al-Qaeda|al-Shabaab|Taliban|Houthis?|Nusra|YPG|SDF|opposition|gunmen|factions"
			+ "|terrorists?|black flags?|tribal fighters|Boko Haram)\\b", Pattern.CASE_INSENSITIVE);

	/** "the army redeployed outside the city": the state's forces giving a place up. */
	private static final Pattern WITHDRAWAL = Pattern.compile(
			"\\b(?:redeployed|withdrew|pulled out|retreated)\\s+" + "(?:outside|from)\\b", Pattern.CASE_INSENSITIVE);

	/** "the rebels said they had entered", "claimed to have captured": a side's claim. */
	private static final Pattern CLAIMED = Pattern.compile("\\b(?:said|says|say|claimed|claims|claim)\\b",
			Pattern.CASE_INSENSITIVE);

	/** "but the army denied the claim": the claim denied later in the sentence. */
	private static final Pattern DENIED = Pattern.compile("\\b(?:denied|denies|rejected|dismissed|refuted)\\b",
			Pattern.CASE_INSENSITIVE);

	/** "escaped prisoners were recaptured": people taken back, not a place. */
	private static final Pattern PEOPLE_TAKEN = Pattern
		.compile(
				"\\b(?:prisoners?|inmates?|hostages?|captives?|fugitives?"
						+ "|escapees?|detainees?|suspects?|convicts?|kidnapp?ed|abducted)\\b",
				Pattern.CASE_INSENSITIVE);

	/** "captured Kobani", "seized al-Tanf": a name straight after the verb. */
	private static final Pattern NAMED_DIRECTLY = Pattern.compile(
			"(?:captured|seized|seizes?|captures?|retook|recaptured|liberated)\s+(?!the\b)", Pattern.CASE_INSENSITIVE);

	/** "Ahmed Saleh, a local commander", "Abu Omar, the group's leader": a person. */
	private static final Pattern PERSON_AFTER = Pattern.compile(
			"[\\w'-]*(?:\\s+(?-i:[A-Z])[\\w'-]*){0,3},?\\s+(?:an?|the|who|whom)\\s+(?:[\\w'-]+\\s+){0,3}?(?:commander|leader"
					+ "|member|suspect|official|spokesman|son|brother|wife|emir|militant|fighter|officer|chief|man|woman"
					+ "|journalist|worker)s?\\b|[\\w'-]*\\s+alive\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "activists raised their flag over the protest camp": a crowd's banner, not a
	 * conquest.
	 */
	private static final Pattern FLAG_OF_A_CROWD = Pattern.compile(
			"\\b(?:activists|protesters|demonstrators|supporters|fans|students|protest)\\b", Pattern.CASE_INSENSITIVE);

	/** "took control of the game", "seized control of the match": sport, not war. */
	private static final Pattern SPORT = Pattern
		.compile("\\b(?:game|match|league|title|race|goals?|scored|innings|half-time|stadium|fans"
				+ "|championship|tournament|cup|penalty|striker|midfield)\\b", Pattern.CASE_INSENSITIVE);

	private TerritoryRules() {
	}

	/** Whether {@code trigger} is one of this class's types. */
	static boolean isTerritory(Trigger trigger) {
		return trigger.type() == EventType.GOVERNMENT_REGAINS_TERRITORY
				|| trigger.type() == EventType.NON_STATE_OVERTAKES_TERRITORY
				|| trigger.type() == EventType.NON_VIOLENT_TRANSFER;
	}

	/**
	 * Whether a territory phrase speaks of people or a game rather than a place: "the
	 * escaped inmates were recaptured", "United took control of the match".
	 */
	static boolean isNotAPlace(String sentence, Trigger trigger) {
		if (!isTerritory(trigger)) {
			return false;
		}
		String around = sentence.substring(Math.max(0, trigger.start() - 80),
				Math.min(sentence.length(), trigger.end() + 60));
		if (PEOPLE_TAKEN.matcher(around).find() || SPORT.matcher(around).find()
				|| (trigger.phrase().contains("flag") && FLAG_OF_A_CROWD.matcher(around).find())) {
			return true;
		}
		// "The rebels said they had entered Aleppo, but the army denied the claim".
		String before = sentence.substring(Math.max(0, trigger.start() - 60), trigger.start()) + trigger.phrase();
		if (CLAIMED.matcher(before).find() && DENIED.matcher(sentence.substring(trigger.end())).find()) {
			return true;
		}
		// "troops withdrew from the town" with no armed group named: a move, not a loss.
		if (WITHDRAWAL.matcher(trigger.phrase()).find() && !NON_STATE.matcher(sentence).find()) {
			return true;
		}
		// "police captured Ahmed Saleh, a local commander": a named person, not a place.
		return NAMED_DIRECTLY.matcher(trigger.phrase()).lookingAt()
				&& PERSON_AFTER.matcher(sentence.substring(trigger.end())).lookingAt();
	}

	/**
	 * The trigger retyped by the side that gained the place: the one named after "fell
	 * to", "by" or as the flag's owner, else the first named in the clause before the
	 * verb; the rule's own type when the sentence names neither side. A non-violent
	 * transfer keeps its type whoever moved in.
	 */
	static Trigger side(String sentence, Trigger trigger) {
		if (trigger.type() != EventType.GOVERNMENT_REGAINS_TERRITORY
				&& trigger.type() != EventType.NON_STATE_OVERTAKES_TERRITORY) {
			return trigger;
		}
		String phrase = trigger.phrase().toLowerCase(Locale.ROOT);
		if (phrase.startsWith("the last") || phrase.contains("black flag") || WITHDRAWAL.matcher(phrase).find()) {
			// The state's forces losing a place: the other side gained it.
			return retyped(trigger, EventType.NON_STATE_OVERTAKES_TERRITORY);
		}
		Boolean state = null;
		if (phrase.contains("fell ") || phrase.contains("flag") || phrase.startsWith("which")) {
			state = firstSide(trigger.phrase());
		}
		if (state == null && phrase.matches("(?s).*\\b(?:was|were|been)\\b.*")) {
			String after = sentence.substring(trigger.end(), Math.min(sentence.length(), trigger.end() + 100));
			Matcher by = Pattern.compile("^[^.;]{0,40}?\\bby\\s+([^.;]{0,60})").matcher(after);
			state = by.find() ? firstSide(by.group(1)) : null;
		}
		if (state == null) {
			state = firstSide(subjectOf(sentence, trigger));
		}
		if (state == null) {
			return trigger;
		}
		return retyped(trigger,
				state ? EventType.GOVERNMENT_REGAINS_TERRITORY : EventType.NON_STATE_OVERTAKES_TERRITORY);
	}

	/** The clause before the verb, where its subject stands. */
	private static String subjectOf(String sentence, Trigger trigger) {
		String before = sentence.substring(Math.max(0, trigger.start() - 150), trigger.start());
		int cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
		Matcher sentenceBreak = Pattern.compile("[.!?]\\s+(?=[A-Z])").matcher(before);
		while (sentenceBreak.find()) {
			cut = Math.max(cut, sentenceBreak.end() - 1);
		}
		String clause = before.substring(cut + 1);
		if (trigger.phrase().matches("(?is)^(?:troops|army|government|federal|soldiers|regime)\\b.*")
				|| Pattern.compile("^(?i)" + ARMED).matcher(trigger.phrase()).lookingAt()) {
			clause = clause + " " + trigger.phrase();
		}
		return clause;
	}

	/**
	 * True for the state's side, false for a non-state group, null when neither is named.
	 */
	private static Boolean firstSide(String text) {
		Matcher state = STATE.matcher(text);
		Matcher other = NON_STATE.matcher(text);
		int s = state.find() ? state.start() : Integer.MAX_VALUE;
		int o = other.find() ? other.start() : Integer.MAX_VALUE;
		if (s == o) {
			return null;
		}
		return s < o;
	}

	private static Trigger retyped(Trigger trigger, EventType type) {
		return (trigger.type() == type) ? trigger : new Trigger(type, trigger.phrase(), trigger.start(), trigger.end());
	}

}
