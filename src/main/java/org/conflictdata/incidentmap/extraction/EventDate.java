package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;

/**
 * When an event happened, as a closed date range with its precision, and how the date was
 * obtained. A day-precise date has {@code start == end}. "June 2018" is
 * 2018-06-01..2018-06-30 at MONTH precision.
 *
 * @param start first possible day (inclusive)
 * @param end last possible day (inclusive), never before start
 * @param precision day, week, month or year
 * @param expression the text that gave the date, e.g. "last Friday"
 * @param explanation how it was resolved, e.g. "last Friday relative to 2019-12-31 →
 * 2019-12-27"
 */
public record EventDate(LocalDate start, LocalDate end, DatePrecision precision, String expression,
		String explanation) {

	public EventDate {
		if (start == null || end == null || precision == null) {
			throw new IllegalArgumentException("an event date needs start, end and precision");
		}
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("end " + end + " is before start " + start);
		}
	}

	public static EventDate day(LocalDate day, String expression, String explanation) {
		return new EventDate(day, day, DatePrecision.DAY, expression, explanation);
	}

	/** True when the two ranges share at least one day. */
	public boolean overlaps(EventDate other) {
		return !this.end.isBefore(other.start) && !other.end.isBefore(this.start);
	}

}
