package org.conflictdata.incidentmap.extraction;

import java.util.List;

import static org.conflictdata.incidentmap.extraction.TriggerRules.rule;

/**
 * Event phrases of events told by what was done rather than named, and in the present
 * tense of timelines: a crowd hammering at doors, tearing down cameras or smashing its
 * way in; guards firing tear gas or live rounds; protesters coming under fire; gunmen who
 * drive up and open fire; a bomb that explodes; a funeral procession chanting against a
 * government and a march led by a leader. Read after {@link NarrativeRules}; see
 * {@link TriggerRules} for the form.
 */
final class ActionToldRules {

	/**
	 * Not after "were", "was" or "are" unless in the progressive: the crowd as the doer,
	 * not the target.
	 */
	private static final String ACTIVE = "(?:(?:were|was|are|is)\\s+(?=\\w+ing\\b)|(?<!\\b(?:were|was|been|being|are|is|got|get)\\s)"
			+ "(?<!\\b(?:were|was|been|being|are|is)\\s\\w{1,15}ly\\s))";

	/**
	 * What a crowd does to property: doors battered, cameras torn down, a way smashed in.
	 */
	private static final String DAMAGE = "(?:hammer(?:ed|ing|s)?|batter(?:ed|ing|s)?|pound(?:ed|ing|s)?|bang(?:ed|ing|s)?)"
			+ "\\s+(?:at|on)\\s+(?:the\\s+)?(?:[\\w'\u2019.-]+\\s+){0,5}?(?:doors?|gates?|walls?|windows?|fences?|barriers?)"
			+ "|(?:tore|tear|tears|tearing|ripped|rip|rips|ripping|pulled|pull|pulls|pulling)\\s+down"
			+ TriggerRules.SYMBOLIC
			+ "|(?:smashed|smash|smashes|smashing|forced|force|forces|forcing|broke|break|breaks|breaking|pushed|push"
			+ "|pushes|pushing) (?:their|its|a) way (?:into|in|through|past|onto)"
			+ "|(?:smashes|smash|breaks|break|broke|kicked|kick|kicks) (?:down|in|open)\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+)?"
			+ "(?:doors?|gates?|windows?|barriers?)" + "|(?:sets?|setting) fire to" + TriggerRules.SYMBOLIC
			+ "|(?:torches|torch|ransacks|ransack|loots|loot)\\b"
			+ "|(?:attacked|attack|attacks|attacking)(?!\\s+by\\b)\\s+(?:the\\s+|an?\\s+|\\w+\\s+){0,2}?(?:lorries|trucks"
			+ "|cars|vehicles|buses|shops|stores|offices?|buildings?|headquarters|police stations?|convoys?)";

	static final List<TriggerRules.Rule> RULES = List.of(
			// "Angry protesters attacked Turkish lorries", "demonstrators tore down the
			// cameras": a protesting crowd's damage told by its acts.
			rule(Cues.of("protest", "demonstrator", "rioter"), EventType.VIOLENT_DEMONSTRATION,
					"\\b(?:protesters|protestors|demonstrators|rioters)\\b[^.;]{0,80}?\\b" + ACTIVE + "(?:" + DAMAGE
							+ ")"),
			// "men in militia fatigues were hammering at the steel doors", "supporters
			// smashed their way into the compound": any other crowd doing the same;
			// forcing a way into a seat of government is a political crowd's
			// demonstration (KillingRules).
			rule(Cues.of("men", "mob", "crowd", "supporters", "youths", "followers", "militiamen", "villagers"),
					EventType.MOB_VIOLENCE,
					"\\b(?:men|mobs?|crowds?|supporters|youths|followers|militiamen|villagers)" + "\\b[^.;]{0,100}?\\b"
							+ ACTIVE + "(?:" + DAMAGE + ")"
							+ "(?!(?:to)?\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,3}?(?:palace|parliament|ministry|government|Green Zone"
							+ "|governorate)\\b)"),
			// "protesters come under fire from guards", "protesters are shot at when
			// police try to reopen the road": the crowd as the target of gunfire.
			rule(Cues.of("protest", "demonstrat", "crowd", "sit-in", "marchers").and("under", "shot at", "fired"),
					EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
					"\\b(?:protesters|protestors|demonstrators|crowds?|sit-ins?|marchers)\\b[^.;]{0,100}?\\b(?:(?:came|come|comes"
							+ "|coming)\\s+under\\s+(?:heavy\\s+|live\\s+)?(?:fire|gunfire)|(?:are|were|was|is|being|get|got)\\s+"
							+ "(?:\\w+ly\\s+)?(?:shot at|fired (?:up)?on|fired at))"),
			// "riot police fire live rounds and tear gas to reopen the road", "security
			// forces move in, burning tents and firing live ammunition": live fire on a
			// crowd, in any tense; not at militants, nor in drills. Tear gas, rubber
			// bullets or water cannon alone are crowd control (ACLED's "protest with
			// intervention"), not excessive force, and type nothing here.
			rule(Cues.of("police", "security", "forces", "troops", "soldiers", "guards", "marines", "uniform")
				.and("live"), EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
					"\\b(?:police(?:men)?|security forces|forces|troops|soldiers|guards|marines|uniforms)\\b[^.;]{0,140}?"
							+ "(?:\\b(?:fire|fires|fired|firing|use|uses|used|using|shoot|shoots|shooting|with)\\s+(?:[\\w-]+\\s+){0,3}?"
							+ "(?:(?:tear ?gas|rubber bullets|stun grenades|water cannon)\\s+and\\s+)?"
							+ "live (?:rounds|ammunition|fire|bullets)\\b"
							// "firing tear gas, rubber bullets and, witnesses said, live
							// rounds": the list broken by commas and an attribution.
							+ "|\\b(?:fire|fires|fired|firing|use|uses|used|using)\\s+(?:tear ?gas|rubber bullets|stun grenades"
							+ "|water cannon|sound bombs)\\b[^.;]{0,70}?,\\s+live (?:rounds|ammunition|fire|bullets)\\b)"
							+ "(?![^.;]{0,80}?\\b(?:militants|insurgents|gunmen|fighters|jihadists|rebels|drills?|exercises?"
							+ "|training|manoeuvres|maneuvers)\\b)"),
			// "protesters' tents burn as police open fire on the square": the present
			// tense of firing on a crowd.
			rule(Cues.of("fire", "shoot").and("protest", "demonstrat", "crowd", "sit-in", "marchers"),
					EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
					"\\b(?:opens? fire|fires|shoots|(?<!\\b(?:the|under|of|heavy|live|to|will|would|could|may|might)\\s)(?:fire|shoot))\\s+(?:on|at|into)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:protesters|protestors"
							+ "|demonstrators|crowds?|sit-ins?|marchers)\\b"),
			// "snipers on the rooftops picked off protesters", "riot police began
			// firing on the sit-in": a crowd shot at one by one, or fire begun where a
			// protest is; not fire begun at militants or in a drill.
			rule(Cues
				.of("picked off", "picking off", "picks off", "began firing", "began shooting", "started firing",
						"started shooting", "begin firing", "begins firing")
				.and("protest", "demonstrat", "crowd", "sit-in", "marchers", "mourners"),
					EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
					"\\b(?:pick(?:ed|ing|s)?)\\s+off\\s+(?:[\\w-]+\\s+){0,3}?(?:protesters|protestors|demonstrators"
							+ "|marchers|mourners|people in the crowd)\\b"
							+ "|\\b(?:police(?:men)?|security forces|forces|troops|soldiers|guards|snipers|gunmen|riot police"
							+ "|men in (?:black|uniform))\\b[^.;]{0,140}?\\b(?<!\\b(?:to|will|would|could|may|might|not)\\s)"
							+ "(?:began|begin|begins|started|start|starts)\\s+(?:firing|shooting)\\b"
							+ "(?![^.;]{0,80}?\\b(?:militants|insurgents|jihadists|rebels|drills?|exercises?|training)\\b)"),
			// "Gunmen in pick-up trucks drive into the square and open fire": armed
			// men who arrive and shoot, unless they fire on or at a military post.
			rule(Cues.of("gunmen", "assailants", "attackers", "armed men", "masked men")
				.and("open fire", "opens fire", "opened fire"), EventType.ATTACK_ON_CIVILIANS,
					"\\b(?:gunmen|assailants|attackers|armed men|masked men)\\b(?:(?!\\b(?:outposts?|checkpoints?|posts?|patrols?|positions?|barracks|bases?|convoys?|troops|soldiers)\\b)[^.;]){0,160}?\\b(?:open|opens|opened) fire\\b"
							+ "(?!\\s+(?:with\\s+(?:[\\w-]+\\s+){1,3}?)?(?:on|at)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:checkpoints?|posts?|patrols?|positions?|troops"
							+ "|soldiers|police|forces|bases?|convoys?)\\b)"),
			// "A bomb attached to the car of an activist explodes": a bomb going off,
			// in the present tense or far from its verb; not one that failed to.
			rule(Cues.of("bomb", "device", "ied")
				.and("explode", "goes off", "go off", "went off", "detonates", "blows up"), EventType.REMOTE_EXPLOSIVE,
					"\\b(?:bombs?|explosive devices?|IEDs?|devices?)\\b[^.;]{0,80}?\\b(?<!to\\s)(?<!not\\s)(?<!never\\s)"
							+ "(?:explodes|exploded|explode|goes off|go off|went off|detonates|blows up)\\b"),
			// "thousands of mourners walked between the shrines, chanting against
			// America": a funeral procession with political chanting is a protest.
			rule(Cues.of("mourners", "marchers", "crowd", "thousand", "hundred", "supporters", "followers")
				.and("chant", "shout", "waving"), EventType.PEACEFUL_PROTEST,
					"\\b(?:mourners|marchers|crowds?|thousands|hundreds|supporters|followers)\\b[^.;]{0,100}?\\b(?:walked|walk"
							+ "|walking|marched|march|marching|processed|paraded|filed|followed|carried|carrying|accompanied)\\b"
							+ "[^.;]{0,120}?\\b(?:chanting|chanted|shouting|shouted)\\s+(?:slogans|against|for|death|anti-|down with"
							+ "|[\"\u201c'])"),
			// "the cleric leads a large march against the American presence": a march
			// told by the one who led it.
			rule(Cues.of("lead", "led").and("march", "rally", "rallies", "protest", "demonstration", "procession"),
					EventType.PEACEFUL_PROTEST,
					"\\b(?<!\\b(?:to|will|would|could|may|might|should|shall|must|not|never)\\s)(?:leads|led|leading)\\s+(?:an?\\s+|the\\s+|his\\s+|her\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?"
							+ "(?:march|marches|rally|rallies|protest|protests|demonstration|demonstrations|procession)\\b"
							+ "(?!\\s+(?:movement|organi[sz]ers?|committees?|leaders?|groups?)\\b)"),
			// "thousands march through Baghdad", "students rally outside the ministry":
			// the present tense of a timeline; not "plan to march".
			rule(Cues.of("protesters", "protestors", "demonstrators", "marchers", "crowds", "thousand", "hundred",
					"students", "activists"), EventType.PEACEFUL_PROTEST,
					"\\b(?:protesters|protestors|demonstrators|marchers|crowds|thousands|hundreds|students|activists)\\b"
							+ "[^.;]{0,40}?\\b(?<!\\b(?:to|will|would|could|may|might|should|shall|must|not|never|and)\\s)(?:gather|march|rally|protest|demonstrate)\\s+(?:in|at|outside|through"
							+ "|near|against|on|in front of|across)\\b"));

	private ActionToldRules() {
	}

}
