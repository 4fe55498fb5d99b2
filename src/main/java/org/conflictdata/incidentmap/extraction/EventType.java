package org.conflictdata.incidentmap.extraction;

/**
 * ACLED's event taxonomy, with its {@code event_type} and {@code sub_event_type} strings
 * verbatim (ACLED Codebook), so that exports read in ACLED users' tools.
 */
public enum EventType {

	AIR_DRONE_STRIKE("Explosions/Remote violence", "Air/drone strike"),
	SHELLING_ARTILLERY_MISSILE("Explosions/Remote violence", "Shelling/artillery/missile attack"),
	REMOTE_EXPLOSIVE("Explosions/Remote violence", "Remote explosive/landmine/IED"),
	SUICIDE_BOMB("Explosions/Remote violence", "Suicide bomb"), GRENADE("Explosions/Remote violence", "Grenade"),
	ARMED_CLASH("Battles", "Armed clash"), GOVERNMENT_REGAINS_TERRITORY("Battles", "Government regains territory"),
	NON_STATE_OVERTAKES_TERRITORY("Battles", "Non-state actor overtakes territory"),
	ATTACK_ON_CIVILIANS("Violence against civilians", "Attack"),
	ABDUCTION("Violence against civilians", "Abduction/forced disappearance"), MOB_VIOLENCE("Riots", "Mob violence"),
	VIOLENT_DEMONSTRATION("Riots", "Violent demonstration"), PEACEFUL_PROTEST("Protests", "Peaceful protest"),
	PROTEST_WITH_INTERVENTION("Protests", "Protest with intervention"),
	EXCESSIVE_FORCE_AGAINST_PROTESTERS("Protests", "Excessive force against protesters"),
	PROPERTY_DESTRUCTION("Strategic developments", "Looting/property destruction"),
	NON_VIOLENT_TRANSFER("Strategic developments", "Non-violent transfer of territory"),
	OTHER_STRATEGIC("Strategic developments", "Other");

	private final String eventType;

	private final String subEventType;

	EventType(String eventType, String subEventType) {
		this.eventType = eventType;
		this.subEventType = subEventType;
	}

	/** ACLED event_type, verbatim. */
	public String eventType() {
		return this.eventType;
	}

	/** ACLED sub_event_type, verbatim. */
	public String subEventType() {
		return this.subEventType;
	}

	/** The type whose sub_event_type is exactly {@code subEventType}, or null. */
	public static EventType ofSubEventType(String subEventType) {
		for (EventType type : values()) {
			if (type.subEventType.equals(subEventType)) {
				return type;
			}
		}
		return null;
	}

}
