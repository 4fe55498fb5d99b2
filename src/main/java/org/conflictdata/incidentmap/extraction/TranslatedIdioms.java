package org.conflictdata.incidentmap.extraction;

import java.util.List;

/**
 * Event phrases of English translated from Arabic news copy, where a killing is told as a
 * martyrdom and a raid as an infiltration: "two fighters of the Hashd were martyred",
 * "two martyrs of the Hashd fell", "a policeman fell as a martyr", "four fighters rose as
 * martyrs", "a terrorist group infiltrated under the cover of darkness and attacked a
 * post", "the army repulsed an infiltration attempt". Each needs the verb told as done,
 * so that the martyrs' cemetery, the martyrs of 1991, a statue of the martyr or a
 * readiness "to repel any attack" report nothing. Following ACLED, armed victims (a
 * soldier, a fighter, a member of a force) make an armed clash and unarmed victims (a
 * shepherd, a civilian, two brothers) an attack on civilians; a weapon named in the same
 * sentence is read by an earlier rule. See {@link TriggerRules} for the form.
 */
final class TranslatedIdioms {

	/** Victims who bear arms, as translated copy names them. */
	private static final String ARMED = "(?:soldiers?|troops|fighters?|policem[ae]n|police officers?|officers?"
			+ "|members?|elements?|conscripts?|guards?|peshmerga|servicem[ae]n|personnel|lieutenants?|captains?"
			+ "|majors?|colonels?|brigadiers?|commanders?|heroes|sons of (?:the )?[\\w-]+)";

	/** Victims who bear no arms. */
	private static final String UNARMED = "(?:civilians?|shepherds?|farmers?|villagers?|brothers|children|child"
			+ "|women|woman|boys?|girls?|workers?|passengers?|herders?|citizens?|residents?|people)";

	/**
	 * Up to ten words of a clause between a victim and the verb ("of the 16th Brigade").
	 */
	private static final String CLAUSE = "(?:\\s+(?![\\w'-]*(?:said|says|denied|that)\\b)[\\w'-]+){0,10}?\\s+";

	/** "were martyred", "fell as martyrs", "rose to martyrdom", told as done. */
	private static final String MARTYRED = "(?:(?:was|were|has been|have been|had been)\\s+(?:also\\s+)?martyred"
			+ "|fell as (?:a )?martyrs?|rose (?:as (?:a )?martyrs?|to martyrdom)|ascended (?:as (?:a )?martyrs?|to heaven)"
			+ "|falls? by (?:an? |the )?(?:bullets?|sniper|gunfire|hands?)\\b)\\b"
			// A bomb or shell named after the verb is read by its own, earlier rule.
			+ "(?![^.;]{0,120}\\b(?:explosive|device|IED|bomb|(?:land ?)?mine|blast|explosion|rocket|mortar|missile|shell|drone"
			+ "|air ?strike)s?\\b)";

	static final List<TriggerRules.Rule> RULES = List.of(TriggerRules.rule(Cues.of("martyr", "falls by", "fell by"),
			EventType.ARMED_CLASH, "\\b" + ARMED + CLAUSE + MARTYRED
			// "two martyrs of the Hashd fell": the dead named as martyrs.
					+ "|\\bmartyrs? of (?:the )?(?:[\\w'-]+\\s+){1,4}?fell\\b"),
			TriggerRules.rule(Cues.of("martyr", "falls by", "fell by"), EventType.ATTACK_ON_CIVILIANS,
					"\\b" + UNARMED + CLAUSE + MARTYRED),
			// "a terrorist group infiltrated under the cover of darkness and attacked a
			// post".
			TriggerRules.rule(Cues.of("infiltrat"), EventType.ARMED_CLASH,
					"\\binfiltrated\\b[^.;:\"]{0,80}?\\band\\s+(?:then\\s+)?(?:attacked|stormed|raided|opened fire on"
							+ "|targeted|assaulted)\\b"
							// "repulsed an infiltration attempt": fighting, not a plan.
							+ "|\\b(?:repelled|repulsed|thwarted|foiled)\\s+(?:an?|the)\\s+(?:[\\w'-]+\\s+)?"
							+ "infiltration(?: attempt)?\\b(?![^.;]{0,40}\\bbefore\\b)"),
			// "thwarted a Daesh attack ..., killing two of the attackers": a fight.
			TriggerRules.rule(Cues.of("thwart", "foil").and("killing", "clash"), EventType.ARMED_CLASH,
					"\\b(?:thwarted|foiled)\\s+(?:an?|the)\\s+(?:[\\w'-]+\\s+){0,2}?(?:attack|assault|attempt)\\b"
							+ "[^.;]{0,80}?\\b(?:killing|after (?:a )?clash(?:es)?)\\b"));

	private TranslatedIdioms() {
	}

}
