package org.conflictdata.incidentmap.extraction;

import java.util.List;

import static org.conflictdata.incidentmap.extraction.TriggerRules.rule;

/**
 * Event phrases told from the site they happened at: a store of munitions that blew up,
 * explosions tearing through an armed group's base, an unmanned aircraft said to have hit
 * it, and crowds at a diplomatic mission who break in, burn it or gather outside it. Read
 * after {@link NarrativeRules}; see {@link TriggerRules} for the form.
 */
final class SiteRules {

	/** A store of weapons, however it is called. */
	private static final String MUNITIONS_STORE = "(?:arms|weapons?|ammunition|munitions?|ordnance|explosives?)"
			+ "\\s+(?:depots?|stores?|storehouses?|warehouses?|dumps?|caches?|storage(?:\\s+sites?)?)\\b";

	/** A diplomatic mission. */
	private static final String MISSION = "(?:embassy|consulate|consular\\s+(?:compound|building|office)"
			+ "|diplomatic\\s+mission)";

	static final List<TriggerRules.Rule> RULES = List.of(
			// "an ammunition depot caught fire and exploded", "a fire broke out inside a
			// weapons store": ACLED reports a munitions store that goes up as an
			// explosion, whether or not an attack is proven. A fire in a market or a
			// house names no munitions and is left alone.
			rule(Cues.of("arms", "weapon", "ammunition", "munition", "ordnance", "explosive")
				.and("exploded", "blew up", "detonated", "caught fire", "broke out", "went up"),
					EventType.REMOTE_EXPLOSIVE,
					MUNITIONS_STORE
							+ "[^.;]{0,80}?\\b(?:caught fire and (?:exploded|blew up)|exploded|blew up|detonated"
							+ "|went up in flames)\\b"
							+ "|\\b(?:a\\s+)?(?:fire|blaze)\\s+broke\\s+out\\s+(?:inside|in|at)\\s+(?:an?|the)\\s+"
							+ "(?:[\\w'-]+\\s+){0,2}?" + MUNITIONS_STORE),
			// "a series of explosions tore through a base of the militia": blasts inside
			// an armed site, not a gas leak at home.
			rule(Cues.of("explosion", "blast").and("tore", "ripped", "rocked", "hit"), EventType.REMOTE_EXPLOSIVE,
					"\\b(?:explosions?|blasts?)\\s+(?:tore|ripped)\\s+through\\s+(?:an?\\s+|the\\s+)?(?:[\\w'-]+\\s+){0,3}?"
							+ "(?:bases?|camps?|barracks|headquarters|garrisons?|outposts?)\\b"
							+ "(?!\\s+(?:for|of)\\s+(?:the\\s+)?(?:displaced|refugees?|families)\\b)"),
			// "an unmanned aircraft had struck the camp", "a drone has hit the depot": a
			// strike told in the perfect tense or by the aircraft's longer name.
			rule(Cues.of("drone", "unmanned", "uav"), EventType.AIR_DRONE_STRIKE,
					"\\b(?:drones?|unmanned\\s+(?:aircraft|aerial\\s+vehicles?)|UAVs?)[\"'\u201d\u2019]?\\s+"
							+ "(?:(?:had|has|have)\\s+)?(?:also\\s+|then\\s+)?(?:struck|hit|bombed|targeted|attacked)\\b"),
			// "protesters broke into the consulate and set it ablaze", "threw petrol
			// bombs at the embassy": a crowd's violence against a building.
			rule(Cues.of("protest", "demonstrat", "crowd", "supporters", "rioters")
				.and("broke into", "break into", "ablaze", "petrol bomb", "fire bomb", "firebomb", "set fire", "torch",
						"scale"),
					EventType.VIOLENT_DEMONSTRATION,
					"\\b(?:protesters|protestors|demonstrators|crowds?|supporters|rioters)\\b[^.;]{0,60}?\\b"
							+ "(?:broke into|break into|set\\s+(?:[\\w'-]+\\s+){0,3}?ablaze|(?:set fire to|torch(?:ed|es)?)"
							+ TriggerRules.SYMBOLIC
							+ "|(?:threw|throw|hurled|hurl)\\s+(?:[\\w-]+\\s+)?(?:petrol|fire) ?bombs"
							+ "|(?:tried|attempted) to scale)\\b"),
			// "supporters gather outside the consulate, chanting slogans": a crowd at a
			// diplomatic mission, in the past or the present tense of a timeline.
			rule(Cues.of("embass", "consul", "mission")
				.and("gather", "rall", "protest", "demonstrat", "chant", "assembl"), EventType.PEACEFUL_PROTEST,
					"\\b(?:protesters|protestors|demonstrators|crowds?|supporters|hundreds|thousands|people|residents"
							+ "|students|activists)\\b[^.;]{0,40}?\\b(?:gather(?:ed|s)?|rall(?:ied|y)|protest(?:ed)?"
							+ "|demonstrat(?:ed|e)|assembled?)\\s+(?:outside|in front of|near|at|before)\\s+(?:the\\s+)?"
							+ "(?:[\\w.'-]+\\s+){0,3}?" + MISSION + "\\b"),
			// "protesters hold their own rally", "residents demand removal of the
			// depots in a protest": a protest told in a timeline's present tense.
			rule(Cues.of("rally", "protest", "demonstration", "sit-in").and("hold", "stage", "passes off"),
					EventType.PEACEFUL_PROTEST,
					"\\b(?:hold|holds|stage|stages)\\s+(?:a\\s+|an\\s+|their\\s+own\\s+|their\\s+|\\w+\\s+){0,2}?"
							+ "(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?)\\b"
							+ "|\\b(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?)\\s+passes\\s+off\\s+peacefully\\b"));

	private SiteRules() {
	}

}
