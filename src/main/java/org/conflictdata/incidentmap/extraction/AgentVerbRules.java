package org.conflictdata.incidentmap.extraction;

import java.util.List;

import static org.conflictdata.incidentmap.extraction.TriggerRules.rule;

/**
 * Event phrases that tell an attack by who did it, a verb of attack and what was hit:
 * "Islamic State gunmen stormed a power station", "insurgents overran an army post",
 * "suspected IS members opened fire on a group of shepherds", "government jets carried
 * out at least ten raids on the city". The target types the event: an armed one (a
 * checkpoint, a patrol, soldiers, the Peshmerga) makes an armed clash, an unarmed one (a
 * village, a market, a plant, workers, a family) an attack on civilians; aircraft and
 * drones make an air/drone strike whatever they hit. A ground attack told with a bomb,
 * rocket or drone is left to the rules of that weapon; a raid that ends in arrests, and a
 * drill, are no attacks. Plans, threats, denials and past years are left to
 * {@link NonEvents} and the date rules. See {@link TriggerRules} for the form; read after
 * the victims' rules and before every other rule, so that a crowd's words ("masked men
 * stormed") do not claim an armed attack.
 */
final class AgentVerbRules {

	/**
	 * Armed attackers on the ground, state or not, however news names them; not the
	 * owners of a munition ("mortar shells of the militants hit"), which is the weapon's
	 * report.
	 */
	private static final String GROUND = "(?<!\\b(?:of|from|by)\\s(?:the\\s)?)\\b(?:gunm[ae]n|(?:armed|masked|unknown|unidentified|hooded) men"
			+ "|militants?|insurgents?|jihadists?|extremists?|fighters|assailants?|attackers|militiam[ae]n|militias?"
			+ "|rebels|terrorists|tribesmen|bandits|elements|cells?|troops|soldiers|police(?:men)?|security forces"
			+ "|(?:IS|ISIS|ISIL|Daesh|group|cell|militia|gang) members)\\b"
			// "the police station ... hit a school": a word that names a place or a
			// person.
			+ "(?!\\s+(?:stations?|posts?|headquarters|checkpoints?|buildings?|chiefs?|commanders?|officers?|sources?"
			+ "|spokesm[ae]n|officials?|bases?|camps?)\\b)";

	/**
	 * Aircraft, drones and the helicopters that fire from them; bombers only when named
	 * as aircraft, since "suicide bombers" and "the bombers" are people.
	 */
	private static final String AIR = "\\b(?:jets|(?:war)?planes|aircraft|helicopters|gunships|drones"
			+ "|(?:B-\\d+|Tu-\\d+|strategic|heavy)\\s+bombers)\\b";

	/** "then", "reportedly": an adverb between the actor and the verb. */
	private static final String ADVERB = "(?:(?:then|later|also|again|reportedly|allegedly|repeatedly|once again"
			+ "|overnight|on \\w+)\\s+)?";

	/**
	 * The words between the actor and its verb: not a relative clause ("fighters who had
	 * fired on its positions" describes a target), a speaker's verb ("the Cell said
	 * rockets had been fired") or a passive.
	 */
	private static final String TO_VERB = "(?!\\s+(?:who|that|which|whom)\\b)(?:(?!\\b(?:said|says|told|reported|stated"
			+ "|announced|added|claimed|denied|denies|accused|accuses|blamed|blames|alleged|alleges|warned|vowed"
			+ "|threatened|been|being|who|whom|which)\\b)[^.;]){0,50}?\\b";

	/** A verb of attack told as done, up to its object. */
	private static final String VERB = "(?:stormed|raided|attacked|assaulted|ambushed|overran|overrun|hit|struck"
			+ "|targeted|opened fire on|fired on|killed|shot dead|gunned down|executed|massacred"
			+ "|(?:launched|mounted|carried out|staged|conducted)\\s+(?:an?|two|three|several|multiple|a series of"
			+ "|simultaneous|coordinated)?\\s*(?:[\\w-]+\\s+)?(?:attacks?|assaults?|raids?|offensives?) (?:on|against))";

	/**
	 * Words before the target ("a group of", "the Islamic State stronghold of"); never a
	 * preposition or conjunction, so the target is the verb's own.
	 */
	private static final String TO_TARGET = "\\s+(?:(?:a|the) (?:group|number|family|crowd|gathering) of\\s+)?"
			+ "(?:(?!(?:of|and|or|in|near|on|at|to|from|with|by|as|after|while|during|who|which|that)\\b)[\\w'-]+\\s+){0,3}";

	/**
	 * Targets that bear arms. Not a base: a base is mostly hit by rockets or drones the
	 * next sentence names, and "the militia attacked a base" alone does not tell a clash.
	 */
	private static final String ARMED_TARGET = "(?:checkpoints?|check points?|posts?|outposts?|barracks|convoys?"
			+ "|patrols?|positions?|police stations?|soldiers|troops|police(?:men)?"
			+ "|peshmerga|PMF|Hashd|SDF|army|security forces|forces|fighters|militiamen|guards|units?|militants"
			+ "|insurgents|jihadists|rebels|gunmen|hideouts?|hideaways|tanks|military vehicles?|army vehicles?|recruits|conscripts)\\b"
			// "an army base": a base is left to the weapon that hit it, told nearby.
			+ "(?!\\s+(?:bases?|air ?bases?|camps?))";

	/** Targets that bear none: people at work or at home, and the places they gather. */
	private static final String UNARMED_TARGET = "(?:villages?|hamlets?|markets?|(?:power |electricity |water |gas )"
			+ "(?:stations?|plants?)|plants?|factor(?:y|ies)|farms?|houses?|homes?|weddings?|wedding part(?:y|ies)"
			+ "|funerals?|mosques?|church(?:es)?|shrines?|schools?|hospitals?|clinics?|(?:mini)?bus(?:es)?|cars?"
			+ "|caf[e\u00e9]s?|coffee shops?|shops?|stores?|restaurants?|hotels?|civilians|villagers|residents"
			+ "|employees|workers|labou?rers|shepherds|herders|farmers|hunters|fishermen|famil(?:y|ies)|worshippers"
			+ "|pilgrims|passengers|travell?ers|motorists|drivers|people|children|women|guests|mourners|shoppers"
			+ "|students|teachers|journalists|doctors|nurses)\\b";

	/**
	 * Not a ground attack told by its weapon ("struck the checkpoint with a car bomb"),
	 * nor a raid that ends in arrests, nor a drill.
	 */
	static final String NOT_OTHERWISE_TOLD = "(?![^.;]{0,80}?\\bwith\\s+(?:[\\w-]+\\s+){0,3}?(?:bombs?|IEDs?"
			+ "|explosives?|rockets?(?![- ]propelled)|mortars?|missiles?|drones?|grenades?|artillery|shells)\\b)"
			+ "(?![^.;]{0,120}?\\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|apprehend(?:ed|ing)|took (?:\\w+ )?into custody"
			+ "|exercises?|drills?|manoeuvres|maneuvers)\\b)" + KillingRules.NOT_A_TALLY;

	private static final Cues GROUND_CUES = Cues
		.of("gunm", "men", "militant", "insurgent", "jihadist", "extremist", "fighters", "assailant", "attackers",
				"militia", "rebels", "terrorists", "bandits", "elements", "cell", "troops", "soldiers", "police",
				"forces", "members")
		.and("stormed", "raided", "attacked", "assaulted", "ambushed", "overr", "hit", "struck", "targeted", "fire",
				"killed", "shot dead", "gunned down", "executed", "massacred", "launched", "mounted", "carried out",
				"staged", "conducted");

	/**
	 * Ground attacks by their target, armed before unarmed: "a police station" is armed.
	 */
	static final List<TriggerRules.Rule> RULES = List.of(
			rule(GROUND_CUES, EventType.ARMED_CLASH,
					"(?=[abcdefghijmprstu])" + GROUND + TO_VERB + VERB + TO_TARGET + ARMED_TARGET + NOT_OTHERWISE_TOLD),
			rule(GROUND_CUES, EventType.ATTACK_ON_CIVILIANS,
					"(?=[abcdefghijmprstu])" + GROUND + TO_VERB + VERB + TO_TARGET + UNARMED_TARGET
							+ NOT_OTHERWISE_TOLD),
			// "gunmen raked the bus with gunfire", "went on a rampage through the
			// village": shooting at people with no aim named but them.
			rule(Cues.of("raked", "sprayed", "rampage", "shooting spree", "killing spree"),
					EventType.ATTACK_ON_CIVILIANS,
					"(?=[abcdefghijmprstu])" + GROUND + TO_VERB + "(?:(?:raked|sprayed)\\s+(?:[\\w'-]+\\s+){1,4}?"
							+ "with\\s+(?:[\\w-]+\\s+)?(?:gunfire|bullets|fire)|went on (?:a|an) (?:[\\w-]+ )?"
							+ "(?:rampage|shooting spree|killing spree))\\b"),
			// "government jets carried out at least ten raids on the city", "helicopters
			// dropped barrel bombs on the town": aircraft as the attack's subject.
			rule(Cues.of("jets", "planes", "aircraft", "helicopters", "gunships", "drones", "bombers")
				.and("carried out", "conducted", "launched", "made", "flew", "dropped", "struck", "bombed", "hit",
						"attacked", "targeted", "pounded", "strafed", "fired on", "raided", "bombarded", "shelled"),
					EventType.AIR_DRONE_STRIKE,
					"(?=[jpwahgdb])" + AIR + "\\s+" + ADVERB + "(?:(?:carried out|conducted|launched|made|flew)\\s+"
							+ "(?:(?!air\\b|aerial\\b|any\\b|no\\b)[\\w-]+\\s+){0,4}?(?:strikes?|raids?|sorties"
							+ "|attacks|bombing runs)\\b|dropped\\s+(?:[\\w-]+\\s+){0,3}?(?:bombs?|barrel bombs|explosives"
							+ "|missiles|munitions)\\b|(?:struck|bombed|hit|attacked|targeted|pounded|strafed|fired on"
							+ "|raided|bombarded|shelled)\\b)"
							// "bombarded the public with leaflets": paper, not munitions.
							+ "(?![^.;]{0,60}?\\bwith\\s+(?:[\\w-]+\\s+)?(?:leaflets|flyers|pamphlets|messages|propaganda)\\b)"));

	private AgentVerbRules() {
	}

}
