package org.conflictdata.incidentmap.extraction;

import java.util.List;

/**
 * Protests told of any group of people, not only of "protesters": "several hundred
 * farmers from villages along the river rallied outside the council", "pensioners are
 * protesting outside the ministry", "taxi drivers blocked the main road", "a protest by
 * contract workers ended peacefully", "workers went on strike and gathered at the gate".
 * A verb that serves other ends too ("gathered", "marched", "rallied") counts only after
 * a people's subject and where no ceremony, game or errand follows; calls, plans and bans
 * use none of these past or present forms, and the rest are left to {@link NonEvents}.
 */
final class ProtestRules {

	/**
	 * Who protests in the news: trades, groups of the afflicted, communities, and counts
	 * of people ("hundreds", "a crowd of").
	 */
	private static final String PEOPLE = "(?<!\\b(?:armed|masked|unknown|unidentified|gun)\\s)\\b(?:protesters|protestors|demonstrators|farmers|teachers|pensioners"
			+ "|retirees|graduates|workers|employees|staff|lecturers|professors|academics|doctors|nurses|medics"
			+ "|pharmacists|engineers|lawyers|journalists|drivers|traders|merchants|shopkeepers|vendors|fishermen"
			+ "|tribesmen|families|relatives|mothers|widows|unemployed|jobless|displaced|refugees|supporters"
			+ "|followers|Kurds|Yazidis|Christians|Shiites|Sunnis|Assyrians|Turkmen|Druze|women|men|youths?"
			+ "|residents|locals|villagers|citizens|inhabitants|students|activists|veterans|civil servants"
			+ "|hundreds|dozens|thousands|scores|crowds?|people)\\b";

	/**
	 * Between the people and their verb: a long subject ("farmers from villages along the
	 * river", "supporters who had camped near the crossing since the weekend"), but not
	 * the verb of a relative clause ("lecturers who protested in 2018 were dismissed")
	 * nor a report ("teachers said they would").
	 */
	private static final String GAP = "(?:(?!\\b(?:said|says|would|will|could|plan|plans|planned)\\b)[^.;:]){0,130}?"
			+ "(?<!\\b(?:who|which|whom)\\s)";

	/**
	 * "gathered to watch the match", "gathered their belongings", "rallied behind the
	 * candidate", "marched to the stadium before the match": the same verbs for another
	 * purpose.
	 */
	static final String NOT_AN_ERRAND = "(?!\\s+(?:that|how|why|whether|their|his|her|its|evidence|information|wood|water|firewood"
			+ "|belongings|behind|around|for\\s+(?:the\\s+)?(?:day|work|(?:morning\\s+|night\\s+)?shifts?)|to\\s+(?:help|rescue|aid|watch|see|look|celebrate|mark|pray|mourn|attend"
			+ "|welcome|greet|receive|collect|discuss|break|hear|listen|bury|vote|cheer|support)|for\\s+(?:the\\s+)?"
			+ "(?:prayers?|funerals?|burials?|ceremony|weddings?|celebrations?|festival|match|game|talks|meetings?"
			+ "|graduation|iftar|feast))\\b)"
			+ "(?![^.;]{0,120}?\\b(?:ceremon(?:y|ies)|weddings?|festivals?|celebrat\\w+|prayers|the fast|iftar|match"
			+ "|stadium|funeral|graduation|pilgrims?|pilgrimage|(?:for|of) news|to (?:collect|fetch|draw|buy|receive|watch|see|celebrate"
			+ "|mark|break|pray|attend|welcome|greet|bury|vote))\\b)";

	/**
	 * The protest verbs, past and present ("are rallying", "have been protesting"); not
	 * the pluperfect ("the protesters had gathered to demand jobs"), which looks back to
	 * a protest already told.
	 */
	private static final String VERB = "(?<!\\bhad\\s)\\b(?:(?:are|were|is|was|have been|had been|has been)\\s+(?:still\\s+)?"
			+ "(?:rallying|marching|protesting|demonstrating|gathering|picketing)|rallied|marched|gathered|demonstrated"
			+ "|protested|picketed|(?:tried|attempted)\\s+(?:(?:on\\s+\\w+|again|later|\\w+ly)\\s+)?to\\s+(?:march|rally"
			+ "|gather|protest|demonstrate)|took part in (?:an?|the|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:protests?|demonstrations?"
			+ "|rall(?:y|ies)|marche?s?|sit-ins?|strikes?)|joined (?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?"
			+ "(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?))\\b";

	/**
	 * "a protest by contract workers": the protest as the subject, named by its people.
	 */
	private static final String PROTEST_NOUN = "(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?|marche?s?|strikes?)";

	/**
	 * Cues: a people's word or a count, and one of the verbs; kept in step with the
	 * patterns.
	 */
	static final List<TriggerRules.Rule> RULES = List.of(
			// "Several hundred farmers ... rallied outside the council building".
			TriggerRules.rule(
					Cues.of("protest", "demonstrat", "farmer", "teacher", "pensioner", "retiree", "graduate", "worker",
							"employee", "staff", "lecturer", "professor", "academic", "doctor", "nurse", "medic",
							"pharmacist", "engineer", "lawyer", "journalist", "driver", "trader", "merchant",
							"shopkeeper", "vendor", "fishermen", "tribesmen", "famil", "relative", "mother", "widow",
							"unemployed", "jobless", "displaced", "refugee", "supporter", "follower", "kurds", "yazidi",
							"christian", "shiite", "sunni", "assyrian", "turkmen", "druze", "men", "youth", "resident",
							"local", "villager", "citizen", "inhabitant", "student", "activist", "veteran",
							"civil servant", "hundred", "dozen", "thousand", "score", "crowd", "people")
						.and("rallying", "marching", "protesting", "demonstrating", "gathering", "picketing", "rallied",
								"marched", "gathered", "demonstrated", "protested", "picketed", "took part in",
								"joined", "tried", "attempted"),
					EventType.PEACEFUL_PROTEST, "(?=[a-z])(?:" + PEOPLE + GAP + VERB + NOT_AN_ERRAND + ")"),
			// "taxi drivers blocked the main road into the city", "farmers besieged the
			// council building": a crowd holding a way or an office, peaceful unless the
			// clause goes on to violence.
			TriggerRules.rule(Cues.of("blocked", "besieged", "surrounded", "closed", "shut")
				.and("road", "highway", "street", "bridge", "entrance", "gate", "crossing", "council", "governorate",
						"ministry", "office", "building", "headquarters", "directorate", "parliament", "port"),
					EventType.PEACEFUL_PROTEST,
					"(?=[a-z])(?:" + PEOPLE + GAP + "\\b(?:blocked|besieged|surrounded|closed|shut)\\s+(?:off\\s+)?"
							+ "(?:the\\s+|a\\s+|an\\s+)?(?:[\\w'-]+\\s+){0,3}?(?:roads?|highways?|streets?|bridges?"
							+ "|entrances?|gates?|crossings?|councils?|governorate|ministry|offices?|buildings?"
							+ "|headquarters|directorate|parliament|port)\\b)"),
			// "went on strike and gathered at the gate", "staged a walkout": a strike
			// told with a gathering, or a walkout, which is one.
			TriggerRules.rule(
					Cues.of("strike", "walkout", "walk-out", "sit-in", "hunger")
						.and("went on", "staged", "held", "began", "launched", "started"),
					EventType.PEACEFUL_PROTEST,
					"(?=[bghls])(?:\\b(?:staged|held|began|launched|started)\\s+(?:a\\s+|an\\s+|their\\s+|\\w+\\s+){0,2}?"
							+ "(?:walk-?outs?|hunger strikes?|sit-ins?)\\b"
							// A labour strike is a protest where its strikers gather.
							+ "|(?:\\b(?:staged|held|began|launched|started)\\s+(?:a\\s+|an\\s+|their\\s+|\\w+\\s+){0,2}?"
							+ "(?:general\\s+)?strikes?|\\bwent on (?:a\\s+)?(?:general\\s+|hunger\\s+)?strike)\\b"
							+ "(?=[^.;]{0,120}?\\b(?:gathered|rallied|outside|in front of|picket\\w*|sit-in|protest\\w*|marched"
							+ "|demonstrated|blocked)\\b))"),
			// "A protest by contract workers outside the governorate building ended
			// peacefully": the protest named by its people; not a planned one.
			TriggerRules.rule(Cues.of(" by ").and("protest", "demonstration", "rally", "rallies", "sit-in", "march"),
					EventType.PEACEFUL_PROTEST,
					"(?=[dmprs])(?<!\\b(?:planned|proposed|possible|threatened|expected|future|next)\\s)(?:\\b"
							+ PROTEST_NOUN + "\\s+by\\s+(?:[\\w'-]+\\s+){0,3}?" + PEOPLE
							+ "(?![^.;]{0,120}?\\b(?:(?:was|were|has been|have been) (?:called off|cancell?ed|postponed"
							+ "|banned|planned|announced)|(?:is|are) (?:planned|expected|due)|will|would)\\b))"));

	private ProtestRules() {
	}

}
