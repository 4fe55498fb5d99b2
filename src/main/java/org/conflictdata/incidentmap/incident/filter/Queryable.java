package org.conflictdata.incidentmap.incident.filter;

import java.util.Optional;

/**
 * The incident properties a filter may name, with the value type each holds. This list is
 * closed on purpose: a filter can only reach the columns named here, and
 * {@link #named(String)} answers empty for any other name (including null), so the caller
 * can reject it before anything reaches the database.
 */
public enum Queryable {

	ID("id", Type.INTEGER, "The incident's id"), DATE("date", Type.DATE, "First possible day of the incident"),
	DATE_END("date_end", Type.DATE, "Last possible day of the incident (equal to date when day-precise)"),
	DATE_PRECISION("date_precision", Type.TEXT, "How precise the date is: day, week, month or year"),
	TIME_PRECISION("time_precision", Type.INTEGER, "ACLED time_precision: 1 day, 2 week, 3 month or vaguer"),
	EVENT_TYPE("event_type", Type.TEXT, "ACLED event_type"),
	SUB_EVENT_TYPE("sub_event_type", Type.TEXT, "ACLED sub_event_type"),
	PLACE("place", Type.TEXT, "Name of the gazetteer place the incident is located at"),
	PLACE_ID("place_id", Type.TEXT, "Gazetteer id of the place"),
	GEO_PRECISION("geo_precision", Type.INTEGER, "ACLED geo_precision: 1 exact place, 2 near it, 3 region"),
	LOCATION_PRECISION("location_precision", Type.TEXT, "Location precision in words"),
	COUNTRY("country", Type.TEXT, "Country name"),
	ADMIN1("admin1", Type.TEXT, "First-level administrative region (province)"),
	KILLED("killed", Type.INTEGER, "Reported number killed; null when no source states it"),
	WOUNDED("wounded", Type.INTEGER, "Reported number wounded; null when no source states it"),
	WEAPON("weapon", Type.TEXT, "Weapon as stated by the source"),
	SUMMARY("summary", Type.TEXT, "One-line summary built from the facts"),
	GRADE("grade", Type.TEXT, "Corroboration grade"),
	HISTORICAL("historical", Type.BOOLEAN, "True for references to history or aggregates"),
	GEOMETRY("geometry", Type.GEOMETRY, "Location of the incident (lon/lat point)");

	/**
	 * The kind of value a queryable holds, which decides the literals it compares with.
	 */
	public enum Type {

		TEXT, INTEGER, DATE, BOOLEAN, GEOMETRY

	}

	private final String property;

	private final Type type;

	private final String description;

	Queryable(String property, Type type, String description) {
		this.property = property;
		this.type = type;
		this.description = description;
	}

	/** The name filters and features use, e.g. {@code sub_event_type}. */
	public String property() {
		return this.property;
	}

	public Type type() {
		return this.type;
	}

	public String description() {
		return this.description;
	}

	/** The queryable with exactly this property name (case-sensitive), or empty. */
	public static Optional<Queryable> named(String property) {
		for (Queryable queryable : values()) {
			if (queryable.property.equals(property)) {
				return Optional.of(queryable);
			}
		}
		return Optional.empty();
	}

}
