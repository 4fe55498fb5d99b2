package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules {@link EventClassifier} reads event phrases with: for each, the event type
 * (null for a generic attack verb), a case-insensitive pattern and the cues that let it
 * skip a sentence without running the pattern. The rules are data; what is kept of their
 * matches is decided in {@link EventClassifier}.
 */
final class TriggerRules {

	record Rule(Cues cues, EventType type, Pattern pattern) {
	}

	private static final String PROJECTILE = "(?:rockets?(?![- ]propelled)|mortars?(?: rounds?| shells?)?|missiles?|shells|katyushas?"
			+ "|projectiles?)";

	/**
	 * "burned pictures of officials", "set fire to a flag": a symbol burned, not a
	 * target.
	 */
	static final String SYMBOLIC = "(?!\\s+(?:to\\s+)?(?:[\\w-]+\\s+){0,2}?(?:pictures?|photos?|photographs?|portraits?"
			+ "|posters?|images?|flags?|effig(?:y|ies)|banners?|copies|pictures)\\b)";

	private static final String W = "(?:[\\w'.-]+\\s+)";

	/**
	 * Who fired a munition, or its make, between it and its verb: "shells of the Turkish
	 * army fell", "rockets from militia positions landed", "a drone (Bayraktar)
	 * targeted"; a make is a word or two, not an aside ("rockets (figures vary) struck").
	 */
	private static final String FROM = "(?:\\s*\\([\\w-]+(?:\\s[\\w-]+)?\\)|\\s+(?:of|from|fired by|launched by)\\s+(?:the\\s+|an?\\s+)?"
			+ "(?:[\\w'-]+\\s+){0,3}?(?:army|forces|military|troops|regime|militias?|militants|rebels|insurgents"
			+ "|gunners|batteries|positions|side|territory|occupation))?";

	/** A road vehicle, however plain: "a fuel tanker", "a pick-up", "a donkey cart". */
	private static final String VEHICLE = "(?:car|vehicle|truck|lorry|motorcycle|motorbike|van|bus|tanker|pick-?up"
			+ "|ambulance|cart|tractor|taxi|jeep|humvee|bicycle|rickshaw|trailer|tuk-tuk)s?";

	/**
	 * "a booby-trapped car", "an explosives-laden Humvee", "a car packed with
	 * explosives": a vehicle made a bomb.
	 */
	static final String VEHICLE_BOMB = "booby-?trapped " + VEHICLE
			+ "|explosives?-(?:laden|packed|rigged|filled) (?!(?:drones?|UAVs?|aircraft|planes?|quadcopters?|unmanned)\\b)[\\w-]+"
			+ "|" + VEHICLE + " (?:packed|laden|rigged|filled|loaded"
			+ "|booby-?trapped) with (?:[\\w-]+\\s+)?explosives?\\b";

	/** "helicopters then struck", "drones also hit": an adverb between actor and verb. */
	private static final String ADVERB = "(?:(?:then|later|also|again|reportedly|subsequently|allegedly|repeatedly"
			+ "|twice|immediately|soon|once again|in turn|later that night)\\s+)?";

	/**
	 * In priority order: an earlier rule wins over a later one covering the same words.
	 * Each rule's cues are words every match of its pattern contains, so that most rules
	 * are skipped without running their pattern; a cue list must be kept in step with its
	 * pattern; a rule whose every match also holds one of a second set of words (a verb
	 * after its noun) carries that set too.
	 */
	static final List<Rule> ALL;

	private static final List<Rule> BEFORE_TERRITORY = List.of(rule(Cues.of("suicide", "blew"), EventType.SUICIDE_BOMB,
			"suicide (?:bomb(?:er|ing)?s?|attack(?:er)?s?|vests?|car bombs?)|blew (?:himself|herself|themselves) up"),
			// "a booby-trapped car driven by a suicide element exploded": a vehicle bomb
			// with its driver aboard, however the driver is called.
			rule(Cues.of("suicide"), EventType.SUICIDE_BOMB, "(?:" + VEHICLE_BOMB
					+ ")\\s+(?:[\\w-]+\\s+){0,3}?by\\s+(?:an?\\s+)?suicide\\s+[\\w-]+"
					+ "|suicide (?:elements?|drivers?|operatives?|fighters?|militants?)\\s+(?:[\\w-]+\\s+){0,2}?"
					+ "(?:drove|rammed|detonated|exploded|blew)"),
			// Unexploded ordnance counts only when it goes off: "the danger of unexploded
			// mines" reports nothing.
			rule(Cues.of("ied", "bomb", "borne", "mine", "explosive", "unexploded", "device", "trapped", "laden",
					"explosion", "blast"), EventType.REMOTE_EXPLOSIVE, "abcdehijlmprstuv",
					"improvised explosive devices?|\\bIEDs?\\b|roadside bombs?|car bombs?|VBIEDs?|vehicle[- ]borne|"
							+ VEHICLE_BOMB + "|\\bdevices? (?:exploded|went off|detonated|blew up)"
							+ "|land ?mines?|sticky bombs?|explosive devices?|bombs? (?:exploded|went off|blast)"
							// "a bomb planted near the stalls": a placed charge, however
							// it was set off.
							+ "|\\bbombs? (?:that )?(?:had been |was |were |has been |have been )?planted\\b"
							+ "|\\bplanted (?:an? |two |several )?(?:[\\w-]+ )?bombs?\\b"
							+ "|unexploded (?:ordnance|munitions?|shells?|bombs?|mines?|rockets?|mortar rounds?)"
							+ "\\s+(?:[\\w-]+\\s+){0,2}?(?:detonated|exploded|went off|blew up)"
							// "a series of explosions tore through an arms depot": a
							// store of munitions blown up.
							+ "|\\b(?:explosions?|blasts?) (?:tore|ripped) through (?:an? |the )?(?:[\\w'-]+ ){0,3}?"
							+ "(?:arms|weapons|ammunition|munitions) (?:depots?|stores?|warehouses?|dumps?)\\b"),
			rule(Cues.of("grenade"), EventType.GRENADE,
					"(?:hand )?grenades? (?:attacks?|(?:was|were) (?:\\w+ )?(?:thrown|hurled|lobbed|tossed)|exploded)"
							+ "|(?:threw|hurled|lobbed|tossed) (?:an? )?(?:hand )?grenades?"),
			rule(Cues.of("rocket", "mortar", "missile", "katyusha", "artillery", "salvo", "barrage", "volley", "shell",
					"projectile", "tank", "howitzer"), EventType.SHELLING_ARTILLERY_MISSILE, "abfghklmprstv",
					"(?:rocket|mortar|missile|katyusha|artillery)s? (?:attacks?|fire|strikes?|barrages?|salvos?|shelling|retaliation)"
							+ "|(?:salvo|barrage|volley)s?(?: of)?|shelling|shelled"
							+ "|(?:fired|launched|lobbed|lobbing|firing|launching|fire)\\s+" + W + "{0,5}?" + PROJECTILE
							// "hit back on Monday with rockets": a reprisal typed by its
							// weapon.
							+ "|(?:hit|struck|fired|shot) back\\s+" + W + "{0,4}?with\\s+" + W + "{0,2}?" + PROJECTILE
							// "targeted with mortar shells last night the al-Joura
							// neighbourhood": the weapon names the kind of attack.
							+ "|(?:targeted|attacked|struck|hit|bombarded|pounded)\\s+(?:[\\w'-]+\\s+){0,4}?with\\s+"
							+ "(?:[\\w-]+\\s+){0,3}?" + "(?:artillery(?: shells| fire)?|" + PROJECTILE + ")"
							// "another rocket, apparently aimed at the embassy, fell
							// short":
							// an apposition may stand between the projectile and its
							// verb.
							// "Turkish artillery pounded the outskirts": the guns as the
							// subject of the attack.
							+ "|\\bartillery\\s+" + ADVERB
							+ "(?:pounded|shelled|struck|hit|targeted|bombarded|fired on)"
							+ "|(?:(?:katyusha|grad)\\s+)?(?:" + PROJECTILE + "|(?:artillery|tank|howitzer) rounds?)"
							+ FROM + "(?:,[^,.;]{1,70},)?"
							+ "\\s+(?:were\\s+|was\\s+|have\\s+|had\\s+)?(?:once again\\s+)?"
							+ "(?:fired|launched|slammed|struck|hit|landed|fell|exploded|impacted|rained|targeted|lobbed|killed|wounded"
							+ "|injured|damaged|destroyed|pounded|crashed|c[oa]me down|coming down"
							// "the missiles began landing on the base": the strike under
							// way.
							+ "|(?:began|started|kept|continued) (?:landing|falling|hitting|striking|raining down))"),
			rule(Cues.of("air", "aerial", "drone", "plane", "jets", "aircraft", "helicopter", "strike", "bombing",
					"f-1", "precision", "gunship"), EventType.AIR_DRONE_STRIKE, "abdefghjmnopstw0-9",
					"air ?strikes?|air raids?|aerial (?:bombardment|attack|strike|bombing)s?|(?:drone|air) (?:strike|attack)s?"
							+ "|drones?" + FROM + " " + ADVERB
							+ "(?:dropped|struck|fired|hit|attacked|targeted|bombed|killed)"
							// "a drone flown by the militants dropped a grenade on the
							// queue": the munition names the strike, however the drone
							// is described.
							+ "|drones?\\b[^.;]{0,50}?\\b(?:dropped|released)\\s+(?:an?\\s+|\\w+\\s+){0,2}?(?:grenades?|bombs?"
							+ "|explosives?|munitions?|mortar (?:rounds?|bombs?|shells?)|projectiles?)\\b"
							+ "|(?:(?:war)?planes?|jets|aircraft|helicopters?|gunships?) " + ADVERB
							+ "(?:struck|bombed|hit|attacked|targeted|pounded|strafed|fired on)"
							// Drones brought down over a base were attacking it; a drone
							// shot down "over the border" may have been watching.
							+ "|(?:drones? (?:was|were) (?:intercepted|shot down|downed|brought down)|shot down (?:an?|one|two|three) drones?)\\s+(?:over|above|near"
							+ "|short of|outside|on approach to|as (?:it|they) approached|approaching)\\s+(?:the\\s+|an?\\s+)?"
							+ W + "{0,4}?(?:base|airbase|airport"
							+ "|compound|camp|outpost|garrison|embassy|consulate|facility)\\b|strikes? by " + W
							+ "{0,2}(?:warplanes|jets|aircraft|F-\\d+\\w*|drones?|planes)"
							// "Iraq's F-16 fighter jets" (a fleet) are no strike; the
							// lookahead keeps the lookbehind off every other position.
							+ "|(?=warplanes|fighter jets)(?<!(?:'s|its|their|own|maintain|maintains|operate|operates|bought|buy|buys|sold|sell|of)"
							+ "\\s(?:[\\w-]{1,12}\\s)?)(?:warplanes|fighter jets)"
							// An explosive-laden drone that crashes or is shot down is an
							// attempted strike; a drone that merely crashes is not.
							+ "|drones? (?:carrying|laden with|armed with|packed with|loaded with) " + W
							+ "{0,2}?explosives?\\b[^.;]{0,60}?\\b(?:crashed|exploded|fell|landed|struck|hit|attacked"
							+ "|targeted|was shot down|were shot down|c[oa]me down)"
							// "an explosive-laden drone came down": the load named first.
							+ "|explosives?-(?:laden|packed|rigged|carrying|armed) drones? " + ADVERB
							+ "(?:crashed|exploded|fell|landed|c[oa]me down|was shot down|were shot down)"
							// A military release's count: "12 strikes engaged 10 ISIS
							// tactical units", "one strike destroyed an ISIS checkpoint".
							+ "|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple)"
							+ " strikes? (?:engaged|destroyed|struck|hit|targeted|suppressed|damaged)\\b"
							// "The car was hit by a Turkish drone": the strike told from
							// its
							// target.
							+ "|(?:was|were)\\s+(?:hit|struck|targeted|bombed|attacked)\\s+[\"\u201c']?by\\s+(?:an?\\s+|the\\s+)?"
							+ "(?:[\\w-]+\\s+){0,2}?(?:drones?|warplanes?|(?:fighter )?jets|aircraft|helicopters?|air ?strikes?)\\b"
							// "strikes on former army sites killed three civilians":
							// strikes
							// that kill are armed strikes, not a walk-out.
							+ "|strikes? (?:on|against)\\s[^.;]{0,80}?\\b(?:killed|wounded|injured|killing|wounding|injuring)\\b"
							// "US aircraft carried out three strikes on positions": the
							// aircraft name the kind of strike.
							+ "|(?:aircraft|(?:war)?planes|jets|drones|helicopters)\\s+(?:[\\w-]+\\s+)?(?:carried out|conducted"
							+ "|launched|made|flew)\\s+(?:(?!air\\b|aerial\\b|any\\b|no\\b)[\\w-]+\\s+){0,2}?(?:strikes?|raids?|sorties)\\b"
							+ "|bombing raids?|\\bF-1[56]E?s?\\s+(?:jets?\\s+|fighters?\\s+|warplanes?\\s+)?(?:struck|bombed|hit"
							+ "|attacked|targeted|pounded)|precision " + W
							+ "?strikes?|gunships? (?:fired|attacked|struck)"),
			rule(Cues.of("fire", "shot", "suppressed", "protest", "demonstrat", "sit-in", "live", "tear", "rubber")
				.and("protest", "demonstrat", "crowd", "sit-in", "tear", "rubber", "live"),
					EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
					"(?:fired|firing|opened fire|opening fire|shot|shooting)\\b[^.;]{0,60}?\\b(?:on|at|into|to disperse|to break up)\\b[^.;]{0,40}?"
							+ "\\b(?:protesters|protestors|demonstrators|crowds?|protests?|sit-ins?)\\b"
							+ "|(?:used|using|fired|firing)\\s+(?:[\\w-]+\\s+){0,4}?live (?:fire|ammunition|rounds|bullets)\\b"
							+ "[^.;]{0,120}?\\b(?:protesters|protestors|demonstrators|crowds?|protests?|sit-ins?)\\b"
							// Protesters shot dead are killed by those policing the
							// protest, whoever else the sentence names.
							+ "|(?:protesters|protestors|demonstrators)\\s+(?:were|had been|have been)\\s+(?:shot dead|shot and killed"
							+ "|gunned down|shot)\\b"
							// "struck in the head by tear gas canisters": the weapons of
							// crowd
							// control name who did it.
							+ "|(?:struck|hit|killed|wounded|injured)\\s+(?:[\\w-]+\\s+){0,4}?by\\s+(?:[\\w-]+\\s+)?"
							+ "(?:tear ?gas (?:canisters?|grenades?|cartridges?)|rubber bullets|live (?:fire|ammunition|rounds|bullets))"
							+ "|suppressed " + W + "{0,2}(?:protests|demonstrations)"
							+ "|(?:disperse|broke up|break up)d? " + W
							+ "{0,3}(?:protests?|demonstrat(?:ions?|ors)|protesters|sit-ins?)"),
			// Burning pictures, flags or effigies is a protest's symbol, not violence.
			// A crowd throwing stones or bottles at officials or their convoy is a
			// violent
			// demonstration, whatever the crowd is called.
			rule(Cues.of("protest", "demonstrators", "violent", "threw", "throwing", "hurl", "pelt"),
					EventType.VIOLENT_DEMONSTRATION,
					"(?:protesters|protestors|demonstrators)\\b[^.;]{0,60}?\\b(?:(?:burned|burnt|torched|set fire)"
							+ SYMBOLIC + "|threw (?:stones|rocks|molotov)"
							+ "|stormed|clashed)|violent (?:protests?|demonstrations?)|protests? (?:turned|turning) violent"
							+ "|\\b(?:protesters|protestors|demonstrators|residents|crowds?|mourners|youths|villagers|people)"
							+ "\\b[^.;]{0,60}?\\b(?:threw|throwing|hurled|hurling)\\s+(?:[\\w-]+\\s+)?(?:stones|rocks|bottles"
							+ "|shoes|bricks|molotov)\\b|\\bpelt(?:ed|ing)\\s+[^.;]{0,50}?\\bwith\\s+(?:[\\w-]+\\s+)?(?:stones|rocks"
							+ "|bottles|shoes|bricks)\\b"),
			rule(Cues
				.of("mob", "crowd", "rioters", "mourners", "supporters", "men", "breached", "stormed", "smashed",
						"fire", "siege", "storming")
				.and("stormed", "rushed", "breached", "set ", "torched", "smashed", "burned", "broke into",
						"forced their way", "siege", "storming"),
					EventType.MOB_VIOLENCE,
					"\\b(?:mob|crowds?|rioters|mourners|supporters|men)\\b[^.;]{0,90}?\\b(?:stormed|rushed"
							+ "|breached|set " + W
							+ "{0,3}on fire|set fire to|torched|smashed|burned|broke into|forced their way)"
							+ "|(?:gate|door|wall|entrance|perimeter)s? (?:was |were )?(?:breached|stormed|smashed)"
							+ "|breached (?:a|the|its) (?:gate|wall|perimeter)|stormed the|set " + W
							+ "{0,3}on fire|(?:siege|storming) of the"),
			// Gunmen attacking a checkpoint or patrol meet armed resistance: ACLED codes
			// it a
			// clash, not an attack on civilians.
			// "Factions of the army attacked positions", "gunmen attacked a military
			// point".
			rule(Cues
				.of("gunmen", "militants", "insurgents", "attackers", "fighters", "jihadists", "cells", "elements",
						"terrorists", "factions", "rebels", "militias", "troops")
				.and("attack", "stormed", "raided", "ambushed", "opened fire on", "assaulted"), EventType.ARMED_CLASH,
					"(?:gunmen|militants|insurgents|attackers|fighters|jihadists|cells|elements|terrorists|factions|rebels"
							+ "|militias|troops)\\b[^.;]{0,60}?"
							+ "\\b(?:attacked|stormed|raided|ambushed|opened fire on|assaulted)\\b[^.;]{0,30}?\\b(?:checkpoints?"
							+ "|(?:military |army |security )points?|posts?|patrols?|positions?|outposts?|barracks|bases?|convoys?|units?)\\b"
							+ AgentVerbRules.NOT_OTHERWISE_TOLD
							+ "|attacks? by (?:[\\w-]+\\s+){0,3}?(?:gunmen|militants|insurgents|jihadists|cells|elements|terrorists"
							+ "|fighters)\\b[^.;]{0,30}?\\bon\\s+(?:an?|the|their|its)\\s+(?:[\\w'-]+\\s+){0,3}?(?:checkpoints?|posts?"
							+ "|patrols?|positions?|outposts?|barracks|convoys?)\\b"),
			// Captives put to death ("49 men were executed", "the execution of captured
			// recruits") are victims of an attack on civilians, unless a court is named.
			rule(Cues.of("gunmen", "militants", "attackers", "insurgents", "militiamen", "massacre", "executed",
					"execution"), EventType.ATTACK_ON_CIVILIANS,
					"(?:gunmen|militants|attackers|insurgents|militiamen)\\b[^.;]{0,60}?\\b"
							+ "(?:killed|shot|executed|massacred|opened fire on|attacked|ambushed)\\b[^.;]{0,40}?\\b(?:civilians"
							+ "|villagers|residents|worshippers|pilgrims|people|passengers|guests|mourners|shoppers|shepherds|herders|farmers|hunters"
							+ "|fishermen|workers|labou?rers|drivers|families|children|women)|massacres? of"
							+ "|\\b(?:were|had been|have been)\\s+(?:summarily\\s+|reportedly\\s+|allegedly\\s+)?executed\\b(?!\\s+by\\b)"
							+ "(?![^.;]{0,80}?\\b(?:courts?|sentenc\\w*|convict\\w*|hanged|hanging|death row|verdicts?|prisons?)\\b)"
							+ "|\\bmass executions?\\b|\\bexecutions? of\\s+(?:[\\w-]+\\s+){0,3}?(?:recruits|prisoners|captives"
							+ "|detainees|civilians|men|soldiers|cadets|hostages|villagers)\\b"),
			// A targeted shooting ("shot him dead", "was shot and wounded by gunmen") is
			// how
			// news reports assassinations of activists, officials and journalists.
			// Armed men who stop traffic on a road and then shoot are killing travellers,
			// whether or not the sentence calls them civilians.
			rule(Cues.of("stopped").and("opened fire", "shot", "executed", "killed", "gunned down"),
					EventType.ATTACK_ON_CIVILIANS,
					"\\bstopped\\s+(?:[\\w-]+\\s+){0,2}?(?:vehicles|cars|buses|a bus|a car|a minibus|minibuses|travell?ers"
							+ "|motorists|passengers|drivers)\\b[^.;]{0,100}?\\b(?:opened fire|shot|executed|killed|gunned down)\\b"),
			rule(Cues.of("shot", "gunned", "shooting", "gunning", "executing"), EventType.ATTACK_ON_CIVILIANS,
					"\\bshot\\s+(?:[\\w'-]+\\s+){0,3}?dead\\b"
							// "went from house to house, shooting residents": civilians
							// as
							// the object of the shooting.
							+ "|\\b(?:shooting|gunning down|executing)\\s+(?:[\\w-]+\\s+){0,2}?(?:civilians|residents|villagers"
							+ "|passers-by|worshippers|families)\\b"
							// "was shot more than a dozen times in his car": a gunman's
							// target.
							+ "|\\bshot\\s+(?:(?:more than|at least|about|some|over)\\s+)?(?:a dozen|several|multiple|\\w+)\\s+times\\b"
							+ "|\\bshot\\s+and\\s+(?:killed|wounded|injured)\\b" + "|\\bgunned\\s+down\\b"
							// "fired several shots through the driver's window": shots
							// aimed
							// at one person or the car they sit in, not into the air.
							+ "|\\bfired\\s+(?:[\\w-]+\\s+){0,2}?shots\\s+(?:at|into|through)\\s+(?:him|her|(?:his|her|the)\\s+"
							+ "(?:[\\w'\u2019-]+\\s+)?(?:car|vehicle|window|windscreen|windshield))\\b"));

	/** Armed clashes, abductions, protests and generic attack verbs, after territory. */
	private static final List<Rule> AFTER_TERRITORY = List.of(rule(
			Cues.of("clash", "firefight", "gunfight", "shootout", "shoot-out", "battle", "exchange", "fighting",
					"ambush", "fought", "under", "repel", "repuls", " off", "siege"),
			EventType.ARMED_CLASH,
			"clash(?:es|ed)?\\b|\\b(?:fire|gun)fights?\\b|\\bshoot-?outs?\\b|gun ?battles?|exchanged fire|exchange of fire|fighting between|ambush(?:ed)?"
					// "tanks rolled towards the river under fire from Peshmerga
					// dug in on the bank": armed units fired on by armed men.
					+ "|\\b(?:troops|soldiers|forces|tanks|police|policemen|units|convoys?|patrols?|fighters"
					+ "|militiamen|peshmerga)\\b[^.;]{0,80}?\\b(?:came|come|comes|coming)?\\s*under\\s+(?:heavy\\s+)?fire"
					+ "\\s+from\\s+(?:[\\w'-]+\\s+){0,3}?(?:troops|soldiers|forces|peshmerga|militants|fighters|insurgents"
					+ "|rebels|gunmen|militiamen|militias|jihadists|police|army)\\b"
					// "The fighting in the town began late on Monday": fighting
					// placed and started, not a front's general state.
					+ "|\\bfighting (?:in|around|near|at|for)\\s[^.;]{0,80}?\\b(?:began|erupted|broke out|flared|raged"
					+ "|lasted|resumed)\\b"
					// "beat off an attack on their positions", "held them off
					// through the night": an attack met by armed defenders.
					+ "|\\b(?:repelled|repulsed|repelling|repulsing|(?:beat|beaten|beating|fought|fended|fending|held"
					+ "|holding) off)\\s+(?:an?|the|their|its|two|three|several|repeated)\\s+(?:[\\w-]+\\s+){0,2}?"
					+ "(?:attacks?|assaults?|offensives?|advances?|attempts?)\\b"
					+ "|\\b(?:beat|fought|fended|held)\\s+(?:them|the attackers|the militants|the assailants|the fighters)"
					+ "\\s+off\\b"
					// "fought their way into the town", "ending a siege": a siege
					// broken by force.
					+ "|\\bfought (?:their|its) way (?:into|along|through|to|across)\\b"
					+ "|\\b(?:broke|broken|breaking|lifted|ending|ended)\\s+(?:the|a|an|its)\\s+(?:[\\w-]+\\s+){0,2}?siege\\b"
					// "troops and peshmerga fought with artillery on Friday"; not
					// "fought alongside" an ally.
					+ "|\\b(?:fought|battled)\\s+(?:with|against|each other|one another|for control)\\b"
					// "police fought Islamic State militants in the streets": the
					// enemy named as the object of the fighting.
					+ "|\\b(?:fought|battled)\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,3}?(?:militants|fighters|insurgents|rebels"
					+ "|gunmen|jihadists|militiamen|militias|troops|soldiers|forces)\\b"),
			rule(Cues.of("kidnap", "abduct", "hostage", "seized", "snatched"), EventType.ABDUCTION,
					"kidnap(?:ped|ping|s)?|abduct(?:ed|ion|s)?|taken hostage|seized " + W + "{0,2}hostages?"
							+ "|(?:seized|snatched) by " + W + "{0,2}(?:gunmen|men|assailants|militiamen|attackers)"),
			rule(Cues
				.of("protest", "demonstrat", "gathering", "crowds", "thousand", "hundred", "rall", "sit-in", "streets",
						"march", "people", "residents", "students", "activists", "mourners", "vigil", "villagers",
						"workers", "youth")
				.and("gathered", "marched", "tried to march", "rallied", "protested", "assembled", "blocked", "chant",
						"demonstrated", "staged", "held", "organi", "took to the streets", "took place", "erupted",
						"closed", "shut", "cut off", "broke out", "spread", "passed off", "went ahead", "peaceful",
						"returned to", "poured into", "flocked to", "filled", "thronged", "converged on",
						"streamed into"),
					EventType.PEACEFUL_PROTEST,
					"(?:protesters|protestors|demonstrators|marchers|crowds|thousands?|hundreds?|people|residents|students|activists)"
							+ "\\b[^.;]{0,40}?"
							+ "\\b(?:gathered|marched|rallied|protested|assembled|blocked|chanted|demonstrated|tried to march)\\b"
							// "as people gathered to help the wounded" is no protest, nor
							// is a
							// finding ("residents ... demonstrated that").
							+ "(?!\\s+(?:to\\s+(?:help|rescue|aid|watch|see|look)|around|that|how|why|whether)\\b)"
							+ ProtestRules.NOT_AN_ERRAND
							// "residents of a village out east demonstrated in front of
							// the
							// council": the two protest verbs with a place after them,
							// even
							// past a long subject.
							+ "|(?:protesters|protestors|demonstrators|people|residents|villagers|workers|students|activists)"
							+ "\\b[^.;]{0,80}?\\b(?:demonstrated|protested)\\s+(?:in front of|outside|in|at|near|against|over|for)\\b"
							+ "|(?:staged|held|organi[sz]ed)\\s+(?:a\\s+|\\w+\\s+){0,2}?(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?"
							// A vigil "in solidarity" or "for the victims" is a protest
							// in
							// ACLED's sense: a gathering to make a public point.
							+ "|vigils?)"
							// "hundreds of youths closed the entrance of the port with
							// burning tyres": a crowd blocking a way is a protest.
							+ "|(?:protesters|protestors|demonstrators|crowds|thousands|hundreds|residents|youths?"
							+ "|villagers|workers|students)\\b[^.;]{0,60}?\\b(?:blocked|closed|shut|cut off)\\s+(?:the\\s+|a\\s+)?"
							+ "(?:[\\w-]+\\s+){0,2}?(?:roads?|highways?|entrances?|gates?|bridges?|streets?|port|crossings?)\\b"
							+ "|took to the streets|protested (?:against|outside|in|on)|(?:protests?|demonstrations?|rall(?:y|ies)"
							+ "|sit-ins?|marche?s?) (?:was held|were held|took place|erupted|broke out|spread|passed off|went ahead|ended peacefully)"
							+ "|sit-ins?\\b[^.;]{0,80}?\\b(?:peaceful(?:ly)?|chant(?:ed|ing)|gathered)\\b"
							// "the square's gathering has been peaceful so far": a
							// protest
							// reported as it goes on.
							+ "|(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?|marche?s?|gatherings?)"
							+ "(?: [\\w'-]+){0,4}? (?:has been|have been|was|were|remained|stayed) (?:largely |mostly |entirely )?peaceful\\b"
							// "thousands returned to the square": crowds filling a square
							// or the streets, not people going home.
							+ "|(?:protesters|protestors|demonstrators|crowds|thousands|hundreds|mourners)\\s+(?:[\\w-]+\\s+)?"
							+ "(?:returned to|poured into|flocked to|filled|thronged|converged on|streamed into)\\s+(?:the\\s+)?"
							+ "(?:[\\p{Lu}][\\w'-]*\\s+){0,3}(?:[Ss]quare|streets)\\b"),
			rule(Cues.of("attack", "assault", "strike", "struck", "raid", "retaliat", "bomb"), null, "abrs",
					"\\battack(?:s|ed|ing)?\\b(?! plans)|\\bassault(?:ed)?\\b|\\bstrikes?\\b|\\bstruck\\b|\\braids?\\b"
							+ "|\\bretaliat(?:ed|ion|ory)\\b|\\bbombing\\b|\\bbombed\\b"));

	static {
		// Victims and attack noun as one phrase, before either is read alone.
		List<Rule> all = new ArrayList<>(AttackNounRules.RULES);
		all.addAll(KillingRules.FIRST);
		// Who attacked what, told with a verb; see AgentVerbRules.
		all.addAll(AgentVerbRules.RULES);
		all.addAll(BEFORE_TERRITORY);
		// A place changing hands, told as done; see TerritoryRules.
		all.addAll(TerritoryRules.RULES);
		all.addAll(NarrativeRules.RULES);
		all.addAll(ActionToldRules.RULES);
		all.addAll(KillingRules.RULES);
		all.addAll(TranslatedIdioms.RULES);
		all.addAll(SiteRules.RULES);
		all.addAll(ContinuationRules.RULES);
		all.addAll(ProtestRules.RULES);
		all.addAll(AFTER_TERRITORY);
		ALL = List.copyOf(all);
	}

	private TriggerRules() {
	}

	static Rule rule(Cues cues, EventType type, String regex) {
		return new Rule(cues, type, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
	}

	/**
	 * A rule whose every match begins with one of {@code starts} (letters in lower case,
	 * either case matching, or a range such as "0-9"), which is kept in step with the
	 * pattern's alternatives as its cues are: the lookahead changes no match, but lets
	 * the matcher pass most positions with one test instead of trying every alternative.
	 */
	private static Rule rule(Cues cues, EventType type, String starts, String regex) {
		return rule(cues, type, "(?=[" + starts + "])(?:" + regex + ")");
	}

}
