package org.conflictdata.incidentmap.incident;

import java.util.EnumMap;
import java.util.Map;

import org.conflictdata.incidentmap.extraction.EventType;

/**
 * Whether two reported ACLED sub-event types can describe the same event, and which of
 * two is the more specific. Types are compatible when they are equal, or when sources
 * describing one event plausibly differ: a rocket "strike" read as an air strike by one
 * writer and as a missile attack by another; a protest that one source reports as
 * peaceful and another as broken up or turned violent (which crosses ACLED's Protests /
 * Riots line, because sources report a crowd's violence unevenly); a riot that another
 * source calls an attack (on an embassy, say); "other" strategic developments against a
 * specific one; a battle against the capture it ended in. Everything else — an IED
 * against a rocket attack, an armed clash against an air strike — stays apart. Null types
 * are compatible with nothing.
 */
public final class EventTypeCompatibility {

	/** Higher is more specific; types of equal rank are peers. */
	private static final Map<EventType, Integer> SPECIFICITY = new EnumMap<>(EventType.class);

	static {
		for (EventType type : EventType.values()) {
			SPECIFICITY.put(type, 2);
		}
		SPECIFICITY.put(EventType.PEACEFUL_PROTEST, 1);
		SPECIFICITY.put(EventType.OTHER_STRATEGIC, 1);
		SPECIFICITY.put(EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, 3);
		// A suicide bombing told with a second blast is a suicide bombing
		// (OneSentenceBlasts).
		SPECIFICITY.put(EventType.SUICIDE_BOMB, 3);
	}

	private EventTypeCompatibility() {
	}

	/** True when the two sub-event types (ACLED strings) may describe one event. */
	public static boolean compatible(String subEventTypeA, String subEventTypeB) {
		EventType a = EventType.ofSubEventType(subEventTypeA);
		EventType b = EventType.ofSubEventType(subEventTypeB);
		if (a == null || b == null) {
			return subEventTypeA != null && subEventTypeA.equals(subEventTypeB);
		}
		return compatible(a, b);
	}

	/** True when the two types may describe one event. */
	public static boolean compatible(EventType a, EventType b) {
		if (a == null || b == null) {
			return false;
		}
		if (a == b) {
			return true;
		}
		if (isRemoteStrike(a) && isRemoteStrike(b)) {
			return true;
		}
		if (isCrowd(a) && isCrowd(b)) {
			return true;
		}
		if ((isRiot(a) && b == EventType.ATTACK_ON_CIVILIANS) || (isRiot(b) && a == EventType.ATTACK_ON_CIVILIANS)) {
			// "The attack on the embassy" is often the same crowd another source calls a
			// riot.
			return true;
		}
		if ("Battles".equals(a.eventType()) && "Battles".equals(b.eventType())) {
			// A town taken after fighting is reported as the capture by one source and
			// as the battle by another.
			return true;
		}
		if (isTerritoryChange(a) && isTerritoryChange(b)) {
			// One source has the town taken after a fight, another has it handed over.
			return true;
		}
		return a.eventType().equals(b.eventType())
				&& (a == EventType.OTHER_STRATEGIC || b == EventType.OTHER_STRATEGIC);
	}

	/**
	 * True for compatible types that only different writers give one event: a crowd's
	 * riot and an attack are one event when two sources name it differently, but a writer
	 * who tells of a riot and of an attack at one place on one day (an activist shot
	 * dead, then a crowd at a consulate) is telling two.
	 */
	public static boolean onlyAcrossSources(String subEventTypeA, String subEventTypeB) {
		EventType a = EventType.ofSubEventType(subEventTypeA);
		EventType b = EventType.ofSubEventType(subEventTypeB);
		return a != null && b != null && ((isRiot(a) && b == EventType.ATTACK_ON_CIVILIANS)
				|| (isRiot(b) && a == EventType.ATTACK_ON_CIVILIANS));
	}

	/**
	 * True when both sub-event types (ACLED strings) are crowd types, protests or riots,
	 * where the crowd and those who act against it are two sides of one event.
	 */
	public static boolean bothCrowd(String subEventTypeA, String subEventTypeB) {
		EventType a = EventType.ofSubEventType(subEventTypeA);
		EventType b = EventType.ofSubEventType(subEventTypeB);
		return a != null && b != null && isCrowd(a) && isCrowd(b);
	}

	/**
	 * The more specific of two compatible types; for peers (an air strike against a
	 * missile attack) the first, which the caller has chosen by weight of evidence.
	 */
	public static EventType moreSpecific(EventType first, EventType second) {
		if (first == null) {
			return second;
		}
		if (second == null) {
			return first;
		}
		return (SPECIFICITY.get(second) > SPECIFICITY.get(first)) ? second : first;
	}

	/**
	 * Higher for more specific types (a peaceful protest is vaguer than a broken-up one).
	 */
	static int specificity(EventType type) {
		return (type != null) ? SPECIFICITY.get(type) : 0;
	}

	// Sources describe the same launch as "strike", "missile attack" or "air raid".
	private static boolean isRemoteStrike(EventType type) {
		return type == EventType.AIR_DRONE_STRIKE || type == EventType.SHELLING_ARTILLERY_MISSILE;
	}

	private static boolean isTerritoryChange(EventType type) {
		return type == EventType.NON_VIOLENT_TRANSFER || type == EventType.NON_STATE_OVERTAKES_TERRITORY
				|| type == EventType.GOVERNMENT_REGAINS_TERRITORY;
	}

	private static boolean isRiot(EventType type) {
		return "Riots".equals(type.eventType());
	}

	private static boolean isCrowd(EventType type) {
		return "Protests".equals(type.eventType()) || "Riots".equals(type.eventType());
	}

}
