package org.conflictdata.incidentmap.extraction;

import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

/**
 * Retypes "clashes" fought by a crowd with stones and sticks rather than by armed groups
 * with guns. ACLED codes violence between protesters and another crowd or group
 * ("supporters of the cleric tried to take over the sit-in and protesters threw stones at
 * them") as mob violence, and protesters fighting police or troops the same way as a
 * violent demonstration; only a fight with firearms stays an armed clash. Any other
 * trigger, or a clash with no crowd or no crowd weapon named, is returned unchanged.
 */
final class CrowdFights {

	/**
	 * A sentence that goes on with the crowd ("They", "The protesters") and says it
	 * damaged property; burning a flag or a picture alone is a protest's symbol.
	 */
	private static final Pattern CROWD_DAMAGE = Pattern.compile("^(?:They|The (?:protesters|protestors|demonstrators"
			+ "|crowds?|marchers|mob))\\b[^.;]{0,120}?\\b(?:broke|smashed|shattered|stormed|ransacked|looted|torched"
			+ "|set fire to|set\\s+(?:[\\w'-]+\\s+){0,3}?(?:on fire|ablaze)|threw (?:stones|rocks|bricks|molotov|petrol bombs))\\b");

	private static final Pattern CROWD = Pattern.compile(
			"\\b(?:protesters|protestors|demonstrators|sit-ins?|protest camps?|rioters|mourners)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CROWD_WEAPON = Pattern.compile(
			"\\b(?:stones|rocks|bricks|batons|sticks|clubs|fists|knives|molotov|petrol bombs|fire ?bombs)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern FIREARM = Pattern.compile(
			"\\b(?:guns?|gunfire|gunmen|gunshots?|shot|shots|shooting"
					+ "|rifles?|kalashnikovs?|machine|live (?:fire|ammunition|rounds)|snipers?|rpgs?|grenades?|mortars?"
					+ "|rockets?|fired|firing|opened fire|exchanged fire|artillery|armou?red)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern STATE_FORCE = Pattern.compile(
			"\\b(?:police(?:men)?|security forces|riot police" + "|troops|soldiers|army|officers)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern STATE_AS_SOURCE = Pattern.compile(
			"\\b(?:police|security|army|officers?)\\s+(?:sources?\\s+|officials?\\s+|spokes\\w+\\s+)?said\\b",
			Pattern.CASE_INSENSITIVE);

	private CrowdFights() {
	}

	static Trigger retype(String sentence, Trigger trigger) {
		if (trigger.type() != EventType.ARMED_CLASH || !trigger.phrase().toLowerCase().startsWith("clash")) {
			return trigger;
		}
		if (!CROWD.matcher(sentence).find() || !CROWD_WEAPON.matcher(sentence).find()
				|| FIREARM.matcher(sentence).find()) {
			return trigger;
		}
		boolean state = STATE_FORCE.matcher(STATE_AS_SOURCE.matcher(sentence).replaceAll(" ")).find();
		EventType type = state ? EventType.VIOLENT_DEMONSTRATION : EventType.MOB_VIOLENCE;
		return new Trigger(type, trigger.phrase(), trigger.start(), trigger.end());
	}

	/**
	 * Whether a sentence that follows a protest says the crowd damaged property; see
	 * {@link #CROWD_DAMAGE}. Null gives false.
	 */
	static boolean followsWithDamage(String sentence) {
		return sentence != null && CROWD_DAMAGE.matcher(sentence.strip()).find();
	}

}
