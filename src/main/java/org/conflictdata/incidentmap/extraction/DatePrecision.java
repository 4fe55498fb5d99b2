package org.conflictdata.incidentmap.extraction;

/**
 * How precisely the text dates an event, with ACLED's {@code time_precision} code: 1 for
 * a day, 2 for a few days or a week, 3 for a month or longer.
 */
public enum DatePrecision {

	DAY(1), WEEK(2), MONTH(3), YEAR(3);

	private final int timePrecision;

	DatePrecision(int timePrecision) {
		this.timePrecision = timePrecision;
	}

	/** ACLED's time_precision code for this precision. */
	public int timePrecision() {
		return this.timePrecision;
	}

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
