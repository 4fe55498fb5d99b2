package org.conflictdata.incidentmap.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The width of a timeline bin: a calendar day, an ISO week (Monday to Sunday) or a
 * calendar month. {@link #parse} takes the lower-case name and rejects anything else with
 * a {@link BadParameterException} naming {@code bin}.
 */
enum TimelineBin {

	DAY, WEEK, MONTH;

	static final String PARAMETER = "bin";

	static TimelineBin parse(String text) {
		if (text == null) {
			return MONTH;
		}
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "day" -> DAY;
			case "week" -> WEEK;
			case "month" -> MONTH;
			default -> throw new BadParameterException(PARAMETER,
					BadParameterException.quote(text) + " is not one of day, week, month");
		};
	}

	/** The first day of the bin holding {@code day}. */
	LocalDate startOf(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.withDayOfMonth(1);
		};
	}

	/** The first day of the bin after the one starting on {@code start}. */
	LocalDate next(LocalDate start) {
		return switch (this) {
			case DAY -> start.plusDays(1);
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.plusMonths(1);
		};
	}

	String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
