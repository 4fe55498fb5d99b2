package org.conflictdata.incidentmap.extraction;

import java.util.List;

import static org.conflictdata.incidentmap.extraction.TriggerRules.rule;

/**
 * Event phrases of stories told as a narrative rather than as a wire's tally: a person
 * shot as they left home, a pistol fired at close range, a drone that targeted a
 * residence, protesters forcing a gate, a crowd marching with slogans or carrying a
 * coffin through a protest, a crowd that filled a square. Read after
 * {@link TriggerRules}' typed rules and before its clashes, protests and generic attack
 * verbs; see {@link TriggerRules} for the form.
 */
final class NarrativeRules {

	static final List<TriggerRules.Rule> RULES = List.of(
			// "was shot in the head as he left his house", "was shot several times": a
			// person shot, the commonest way an assassination is told.
			rule(Cues.of("shot", "assassinated", "pistol", "handgun", "revolver", "range"),
					EventType.ATTACK_ON_CIVILIANS,
					"\\b(?:was|were|had been|has been|have been)\\s+(?:fatally\\s+|critically\\s+|seriously\\s+)?shot"
							+ "\\s+(?:in\\s+(?:the|his|her)\\s+(?:head|chest|neck|back|face|abdomen|stomach)"
							+ "|(?:several|multiple|many|two|three|four|five|six)\\s+times|at\\s+(?:close|point-blank)\\s+range)\\b"
							// "Gunmen assassinated the lawyer", "was assassinated on
							// Monday": the act told as done.
							+ "|\\b(?:was|were|had been|has been|have been)\\s+assassinated\\b"
							+ "|\\bassassinated\\s+(?!by\\b)(?:an?\\s+|the\\s+|\\w+\\s+)?\\w+"
							// "firing a silenced pistol several times": a handgun fired
							// at
							// someone, not warning shots into the air.
							+ "|\\bfir(?:ed|ing)\\s+(?:an?\\s+|his\\s+|their\\s+)?(?:silenced\\s+|[\\w-]+\\s+)?(?:pistols?|handguns?"
							+ "|revolvers?)\\b(?![^.;]{0,40}?\\b(?:in|into)\\s+the\\s+air\\b)"),
			// "gunmen fired at the car of an activist", "opened fire on his vehicle": a
			// car and the person inside it as the target.
			rule(Cues.of("fired", "fire", "shot").and("car", "vehicle", "home", "house"), EventType.ATTACK_ON_CIVILIANS,
					"\\b(?:gunmen|assailants|attackers|men)\\b[^.;]{0,40}?\\b(?:fired|opened fire|shot)\\s+(?:at|on|into)"
							+ "\\s+(?:the|his|her|their|a)\\s+(?:[\\w-]+\\s+)?(?:car|vehicle|home|house)\\b"),
			// "his residence was targeted by an explosives-laden drone", "an attempt on
			// his life with an armed drone": a strike by an armed drone, however told.
			rule(Cues.of("drone"), EventType.AIR_DRONE_STRIKE,
					"\\b(?:with|by|using)\\s+(?:an?\\s+|two\\s+|three\\s+)?(?:armed|explosives?-(?:laden|packed|rigged|carrying)"
							+ "|bomb-(?:laden|carrying)|booby-trapped|weaponi[sz]ed)\\s+drones?\\b"),
			// "protesters tried to push into the compound through the gate": a crowd
			// forcing its way in, which the guards meet.
			rule(Cues.of("protest", "demonstrat", "crowd", "supporters").and("push", "force", "break", "storm"),
					EventType.VIOLENT_DEMONSTRATION,
					"\\b(?:protesters|protestors|demonstrators|crowds?|supporters)\\b[^.;]{0,60}?\\b(?:tried|attempted"
							+ "|trying|attempting)\\s+to\\s+(?:push|force(?:\\s+their\\s+way)?|break|storm)\\s+(?:into|through"
							+ "|past|in)\\b"),
			// "marched to the office, chanting slogans", "mourners carried the coffin
			// through the square": a procession that makes a public point.
			rule(Cues.of("march", "rallied", "coffin", "casket"), EventType.PEACEFUL_PROTEST,
					"\\b(?:marched|rallied)\\b[^.;]{0,120}?,\\s+(?:chanting|waving|holding\\s+(?:banners|placards|signs))\\b"
							+ "|\\b(?:mourners|supporters|protesters|protestors|demonstrators|crowds?|hundreds|thousands)\\b"
							+ "[^.;]{0,60}?\\bcarried\\s+(?:the\\s+)?(?:coffins?|caskets?)\\b[^.;]{0,80}?\\b(?:through|around|to|into)"
							+ "\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,3}?(?:sit-in|square|streets|protest|camp)\\b"),
			// "Tens of thousands of Sadr supporters filled Tahrir Square", "crowds
			// thronged the streets of the capital": a rally told by what the crowd did
			// to a public place, not fans at a stadium or a crowd celebrating a win.
			rule(Cues
				.of("protest", "demonstrat", "crowd", "supporters", "followers", "thousand", "hundred", "mourners",
						"marchers", "students", "loyalists")
				.and("filled", "thronged", "packed", "poured into", "flooded", "crowded into", "massed", "swarmed",
						"streamed into", "converged on"),
					EventType.PEACEFUL_PROTEST,
					"\\b(?:protesters|protestors|demonstrators|crowds?|supporters|followers|thousands|hundreds|mourners"
							+ "|marchers|students|loyalists)\\b[^.;]{0,50}?\\b(?:filled|thronged|packed|poured\\s+into"
							+ "|flooded(?:\\s+into)?|crowded\\s+into|massed\\s+in|swarmed(?:\\s+into)?|streamed\\s+into"
							+ "|converged\\s+on)\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,3}?(?:squares?|streets|roads|avenues?"
							+ "|boulevards?|roundabouts?|plaza)\\b(?![^.;]{0,60}?\\b(?:celebrat\\w*|victory|win|title|cup"
							+ "|match|final|festival|new year|eid)\\b)"
							// "The gathering passed without incident": a protest told
							// by how it ended.
							+ "|\\b(?:gathering|rally|protest|demonstration|march|sit-in|procession)s?\\s+(?:had\\s+)?"
							+ "(?:passed|ended|went\\s+off|passed\\s+off|dispersed)\\s+(?:without\\s+(?:any\\s+)?incident"
							+ "|peacefully)\\b"),
			// "strikes destroyed two depots": air strikes, since a
			// walk-out destroys nothing.
			rule(Cues.of("strike"), EventType.AIR_DRONE_STRIKE,
					"\\bstrikes?\\s+(?:also\\s+)?(?:destroyed|demolished|flattened" + "|levell?ed)\\b"));

	private NarrativeRules() {
	}

}
