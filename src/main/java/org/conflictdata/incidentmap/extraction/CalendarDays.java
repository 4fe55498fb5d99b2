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
