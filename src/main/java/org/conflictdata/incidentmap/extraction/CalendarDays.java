package org.conflictdata.incidentmap.extraction;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Calendar arithmetic {@link Calendars} resolves dates with: a day that may not exist (30
 * February), the year of a yearless day nearest an anchor, a weekday's name.
 */
final class CalendarDays {

	private CalendarDays() {
	}

	/** The day {@code month}/{@code day} nearest {@code anchor}, within a year of it. */
	static LocalDate nearest(LocalDate anchor, int month, int day) {
		LocalDate best = null;
		for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
			LocalDate d = date(y, month, day);
			if (d != null && (best == null || Math.abs(d.toEpochDay() - anchor.toEpochDay()) < Math
				.abs(best.toEpochDay() - anchor.toEpochDay()))) {
				best = d;
			}
		}
		return best;
	}

	/**
	 * How many days before publication a yearless day must fall before a story that has
	 * moved on to an earlier year is taken to be telling that year.
	 */
	static final int NARRATED_DAYS = 90;

	/**
	 * A look back that walks through the years ("The year 2021 opened ... By spring ...
	 * On April 14, a drone hit the airport") leaves the year out of days in the year it
	 * has reached. So a yearless day that {@code published} would date months back
	 * ({@code date}, more than {@value #NARRATED_DAYS} days before publication) is put in
	 * the year of the date the story told last ({@code anchor}), when that year is
	 * earlier and the day falls on or after that date, the story moving forward. Null
	 * when the rule does not apply; a news report's days, within weeks of its
	 * publication, are never moved.
	 */
	static LocalDate narrated(LocalDate date, LocalDate published, EventDate anchor) {
		if (date == null || anchor == null || !date.isBefore(published.minusDays(NARRATED_DAYS))
				|| anchor.start().getYear() >= date.getYear()) {
			return null;
		}
		LocalDate told = date(anchor.start().getYear(), date.getMonthValue(), date.getDayOfMonth());
		return (told != null && !told.isBefore(anchor.start())) ? told : null;
	}

	/** The date, or null when the day does not exist. */
	static LocalDate date(int y, int m, int d) {
		try {
			return LocalDate.of(y, m, d);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** "Thursday". */
	static String name(DayOfWeek day) {
		String n = day.name().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(n.charAt(0)) + n.substring(1);
	}

}
