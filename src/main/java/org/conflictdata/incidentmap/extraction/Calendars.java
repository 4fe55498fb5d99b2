package org.conflictdata.incidentmap.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import static org.conflictdata.incidentmap.extraction.CalendarDays.date;
import static org.conflictdata.incidentmap.extraction.CalendarDays.name;
import static org.conflictdata.incidentmap.extraction.CalendarDays.nearest;

/**
 * The calendar arithmetic behind {@link DateResolver}: turns the parts of one date
 * expression into an {@link EventDate} with an explanation, given the publication date
 * and the anchor (the date mentioned most recently). Every method returns null when the
 * parts do not make a date (30 February, a yearless date with neither publication nor
 * anchor, a relative expression without its reference). Parts of a month: early is days
 * 1-10, mid 11-20, late 21 to the end; parts of a year: early is January-April, mid
 * May-August, late (and "the end of") September-December. A weekend spans Friday to
 * Sunday, because both Western reporting and the Friday-Saturday weekend of the region
 * call Friday part of it. Ranges that would run past publication end at publication,
 * since an article reports what has already happened.
 */
final class Calendars {

	private final LocalDate published;

	private final EventDate anchor;

	Calendars(LocalDate published, EventDate anchor) {
		this.published = published;
		this.anchor = anchor;
	}

	/** How far past its publication date a report may still be dating what it tells. */
	private static final int LATE_COVERAGE_DAYS = 7;

	EventDate anchor() {
		return this.anchor;
	}

	EventDate iso(String expr, String y, String m, String d) {
		LocalDate date = date(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
		return (date != null) ? EventDate.day(date, expr, "'" + expr + "' → " + date) : null;
	}

	EventDate day(String expr, int month, String dayText, String yearText, String weekdayName) {
		int day = Integer.parseInt(dayText);
		LocalDate date;
		String how;
		if (yearText != null) {
			date = date(Integer.parseInt(yearText), month, day);
			how = "'" + expr + "' → " + date;
		}
		else if (this.published != null) {
			date = date(this.published.getYear(), month, day);
			// A live blog or a round-up runs a few days past its publication date: a day
			// within that week is this year's, not last year's.
			if (date != null && date.isAfter(this.published.plusDays(LATE_COVERAGE_DAYS))) {
				date = date(this.published.getYear() - 1, month, day);
			}
			how = "'" + expr + "' has no year; the latest up to a week after publication " + this.published + " → "
					+ date;
			LocalDate narrated = (weekdayName == null) ? CalendarDays.narrated(date, this.published, this.anchor)
					: null;
			if (narrated != null) {
				how += "; but the text is telling " + narrated.getYear() + ", after " + this.anchor.start() + " → "
						+ narrated;
				date = narrated;
			}
		}
		else if (this.anchor != null) {
			date = nearest(this.anchor.start(), month, day);
			how = "'" + expr + "' has no year; the one nearest the earlier date " + this.anchor.start() + " → " + date;
		}
		else {
			return null;
		}
		if (date == null) {
			return null;
		}
		if (weekdayName != null) {
			DayOfWeek stated = DayOfWeek.valueOf(weekdayName.toUpperCase(Locale.ROOT));
			// "The year 2021 opened ... On Thursday, January 21": the year the text last
			// named, when the weekday fits it and not the year of publication.
			LocalDate named = (yearText == null && this.anchor != null && this.published != null)
					? date(this.anchor.start().getYear(), month, day) : null;
			if (stated != date.getDayOfWeek() && named != null && named.getDayOfWeek() == stated
					&& !named.isAfter(this.published)) {
				how += "; the text calls it " + name(stated) + ", as it was in the year it last named → " + named;
				date = named;
			}
			else if (stated != date.getDayOfWeek()) {
				how += "; the text calls it " + name(stated) + " but " + date + " was a " + name(date.getDayOfWeek())
						+ ", so the explicit date is kept";
			}
		}
		return EventDate.day(date, expr, how);
	}

	/**
	 * Days {@code from} to {@code to} of one month, each resolved as {@link #day}
	 * resolves a date; a range of up to a week is week-precise, a longer one
	 * month-precise.
	 */
	EventDate dayRange(String expr, int month, String from, String to, String yearText) {
		EventDate first = day(expr, month, from, yearText, null);
		EventDate last = (first != null) ? date(first.start().getYear(), month, Integer.parseInt(to)) != null
				? EventDate.day(LocalDate.of(first.start().getYear(), month, Integer.parseInt(to)), expr, "") : null
				: null;
		if (first == null || last == null || last.start().isBefore(first.start())) {
			return null;
		}
		DatePrecision precision = (ChronoUnit.DAYS.between(first.start(), last.start()) <= 7) ? DatePrecision.WEEK
				: DatePrecision.MONTH;
		return range(expr, first.start(), last.start(), precision,
				first.explanation().replace(" → " + first.start(), ""));
	}

	EventDate monthRange(String expr, int from, int to, int year) {
		if (to < from) {
			return null;
		}
		LocalDate start = LocalDate.of(year, from, 1);
		LocalDate end = YearMonth.of(year, to).atEndOfMonth();
		return range(expr, start, end, DatePrecision.MONTH, "'" + expr + "'");
	}

	/**
	 * A month, or part of one. {@code year} is the year, null to take the latest such
	 * month on or before publication, or -1 for "last March" (strictly before the
	 * publication month).
	 */
	/**
	 * "June of last year", "30 June last year" ({@code day} may be null): null
	 * unpublished.
	 */
	EventDate dayOfYearBack(String expr, int month, String day, int back) {
		Integer year = (this.published == null) ? null : this.published.getYear() + back;
		return (year == null) ? null
				: (day == null) ? month(expr, null, month, year) : day(expr, month, day, String.valueOf(year), null);
	}

	EventDate month(String expr, String part, int month, Integer year) {
		int y;
		String how;
		if (year != null && year > 0) {
			y = year;
			how = "'" + expr + "'";
		}
		else if (this.published != null) {
			YearMonth pub = YearMonth.from(this.published);
			boolean strictlyBefore = year != null;
			y = (month < pub.getMonthValue() || (!strictlyBefore && month == pub.getMonthValue())) ? pub.getYear()
					: pub.getYear() - 1;
			how = "'" + expr + "' has no year; the latest such month " + (strictlyBefore ? "before" : "up to")
					+ " publication " + this.published;
		}
		else if (this.anchor != null) {
			y = nearest(this.anchor.start(), month, 1).getYear();
			how = "'" + expr + "' has no year; the one nearest the earlier date " + this.anchor.start();
		}
		else {
			return null;
		}
		YearMonth ym = YearMonth.of(y, month);
		int firstDay = 1;
		int lastDay = ym.lengthOfMonth();
		if (part != null) {
			if (part.startsWith("early") || part.contains("beginning") || part.contains("start")) {
				lastDay = 10;
			}
			else if (part.startsWith("mid") || part.contains("middle")) {
				firstDay = 11;
				lastDay = 20;
			}
			else if (part.startsWith("late") || part.contains("end")) {
				firstDay = 21;
			}
		}
		return range(expr, ym.atDay(firstDay), ym.atDay(lastDay), DatePrecision.MONTH, how);
	}

	EventDate year(String expr, String part, int year, boolean decade) {
		if (this.published != null && year > this.published.getYear() + 1) {
			return null;
		}
		if (decade) {
			return range(expr, LocalDate.of(year, 1, 1), LocalDate.of(year + 9, 12, 31), DatePrecision.YEAR,
					"'" + expr + "' is a decade");
		}
		int from = 1;
		int to = 12;
		if (part != null) {
			if (part.startsWith("early") || part.contains("beginning") || part.contains("start")) {
				to = 4;
			}
			else if (part.startsWith("mid") || part.contains("middle")) {
				from = 5;
				to = 8;
			}
			else {
				from = 9;
			}
		}
		return range(expr, LocalDate.of(year, from, 1), YearMonth.of(year, to).atEndOfMonth(), DatePrecision.YEAR,
				"'" + expr + "'");
	}

	EventDate weekendOf(String expr, boolean first, int month, String yearText) {
		Integer year = (yearText != null) ? Integer.valueOf(yearText)
				: (this.published != null) ? this.published.getYear() : null;
		if (year == null) {
			return null;
		}
		LocalDate periodStart = (month > 0) ? LocalDate.of(year, month, 1) : LocalDate.of(year, 1, 1);
		LocalDate periodEnd = (month > 0) ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
		LocalDate sunday = first ? periodStart.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
				: periodEnd.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
		return range(expr, sunday.minusDays(2), sunday, DatePrecision.WEEK,
				"'" + expr + "', a weekend taken as Friday to Sunday");
	}

	EventDate holiday(String expr) {
		String h = expr.toLowerCase(Locale.ROOT);
		int month = h.startsWith("christmas") || h.endsWith("eve") ? 12 : 1;
		int day = h.startsWith("christmas day") ? 25 : h.startsWith("christmas") ? 24 : h.endsWith("eve") ? 31 : 1;
		return day(expr, month, Integer.toString(day), null, null);
	}

	EventDate weekday(String expr, DayOfWeek day, boolean strictlyBefore) {
		if (this.published == null) {
			return null;
		}
		LocalDate from = strictlyBefore ? this.published.minusDays(1) : this.published;
		LocalDate date = from.with(TemporalAdjusters.previousOrSame(day));
		return EventDate.day(date, expr, "'" + expr + "' relative to publication " + this.published + " → " + date);
	}

	EventDate relative(String expr, String key) {
		LocalDate p = this.published;
		if (p == null) {
			return null;
		}
		LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		String how = "'" + expr + "' relative to publication " + p;
		return switch (key) {
			case "today", "tonight", "this morning", "this afternoon", "this evening", "earlier today" ->
				EventDate.day(p, expr, how + " → " + p);
			case "yesterday", "last night" -> EventDate.day(p.minusDays(1), expr, how + " → " + p.minusDays(1));
			case "the day before yesterday" -> EventDate.day(p.minusDays(2), expr, how + " → " + p.minusDays(2));
			case "earlier this week", "this week" -> range(expr, monday, p, DatePrecision.WEEK, how);
			case "last week" -> range(expr, monday.minusDays(7), monday.minusDays(1), DatePrecision.WEEK, how);
			case "the past week", "in recent days" -> range(expr, p.minusDays(7), p, DatePrecision.WEEK, how);
			case "earlier this month", "this month" -> range(expr, p.withDayOfMonth(1), p, DatePrecision.MONTH, how);
			case "last month" -> {
				YearMonth last = YearMonth.from(p).minusMonths(1);
				yield range(expr, last.atDay(1), last.atEndOfMonth(), DatePrecision.MONTH, how);
			}
			case "in recent weeks" -> range(expr, p.minusWeeks(4), p, DatePrecision.MONTH, how);
			case "earlier this year", "this year" -> range(expr, p.withDayOfYear(1), p, DatePrecision.YEAR, how);
			case "last year" -> range(expr, LocalDate.of(p.getYear() - 1, 1, 1), LocalDate.of(p.getYear() - 1, 12, 31),
					DatePrecision.YEAR, how);
			default -> weekend(expr, key, how);
		};
	}

	/**
	 * The most recent Friday-to-Sunday; "last weekend" said during a weekend is the one
	 * before.
	 */
	private EventDate weekend(String expr, String key, String how) {
		// On a Friday the weekend has not happened yet; on Saturday or Sunday it is under
		// way.
		boolean duringWeekend = this.published.getDayOfWeek() == DayOfWeek.SATURDAY
				|| this.published.getDayOfWeek() == DayOfWeek.SUNDAY;
		LocalDate friday = (this.published.getDayOfWeek() == DayOfWeek.SATURDAY) ? this.published.minusDays(1)
				: this.published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusDays(2);
		if (key.equals("last weekend") && duringWeekend) {
			friday = friday.minusWeeks(1);
		}
		return range(expr, friday, friday.plusDays(2), DatePrecision.WEEK, how);
	}

	/**
	 * An ordinal day of a month named only relatively: "of this month" (or "of the
	 * current month") is the publication month, "of last month" (or "of the previous
	 * month") the one before, "of that month" (or "of the same month") the anchor's
	 * month, and "of the month" the anchor's month when the text has just dated something
	 * to one other month, else the publication month. A day after publication in the
	 * publication month has not happened yet, so "the month" then means the one before.
	 */
	EventDate dayOfMonth(String expr, int day, String which) {
		YearMonth month;
		String how;
		YearMonth anchorMonth = (this.anchor != null
				&& YearMonth.from(this.anchor.start()).equals(YearMonth.from(this.anchor.end())))
						? YearMonth.from(this.anchor.start()) : null;
		YearMonth published = (this.published != null) ? YearMonth.from(this.published) : null;
		switch (which) {
			case "that", "the same" -> {
				month = anchorMonth;
				how = (month != null) ? "the month of the earlier date " + describe(this.anchor) : "";
			}
			case "last", "the previous" -> {
				month = (published != null) ? published.minusMonths(1) : null;
				how = "the month before publication " + this.published;
			}
			case "this", "the current" -> {
				month = published;
				how = "the month of publication " + this.published;
			}
			default -> {
				if (anchorMonth != null && !anchorMonth.equals(published)) {
					month = anchorMonth;
					how = "the month of the earlier date " + describe(this.anchor);
				}
				else if (published != null) {
					month = (day > this.published.getDayOfMonth()) ? published.minusMonths(1) : published;
					how = "the month " + ((day > this.published.getDayOfMonth()) ? "before" : "of") + " publication "
							+ this.published;
				}
				else {
					month = null;
					how = "";
				}
			}
		}
		if (month == null || day < 1 || day > month.lengthOfMonth()) {
			return null;
		}
		LocalDate date = month.atDay(day);
		if (this.published != null && date.isAfter(this.published)) {
			return null;
		}
		return EventDate.day(date, expr, "'" + expr + "': " + how + " → " + date);
	}

	EventDate ago(String expr, int n, String unit) {
		if (this.published == null || n < 0) {
			return null;
		}
		String how = "'" + expr + "' relative to publication " + this.published;
		return switch (unit) {
			case "day" -> EventDate.day(this.published.minusDays(n), expr, how + " → " + this.published.minusDays(n));
			case "week" -> range(expr, this.published.minusWeeks(n).minusDays(3),
					this.published.minusWeeks(n).plusDays(3), DatePrecision.WEEK, how);
			case "month" -> {
				YearMonth ym = YearMonth.from(this.published).minusMonths(n);
				yield range(expr, ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, how);
			}
			default -> range(expr, LocalDate.of(this.published.getYear() - n, 1, 1),
					LocalDate.of(this.published.getYear() - n, 12, 31), DatePrecision.YEAR, how);
		};
	}

	/**
	 * {@code from} moved by {@code days}; a shift counted in weeks is only week-precise.
	 */
	static EventDate shift(String expr, EventDate from, int days, boolean week) {
		if (from == null) {
			return null;
		}
		LocalDate start = from.start().plusDays(days);
		LocalDate end = from.end().plusDays(days);
		DatePrecision precision = from.precision();
		if (week && precision == DatePrecision.DAY) {
			start = start.minusDays(2);
			end = end.plusDays(2);
			precision = DatePrecision.WEEK;
		}
		String result = start.equals(end) ? start.toString() : start + ".." + end;
		return new EventDate(start, end, precision, expr,
				"'" + expr + "' relative to the earlier date " + describe(from) + " → " + result);
	}

	private EventDate range(String expr, LocalDate start, LocalDate end, DatePrecision precision, String how) {
		LocalDate e = end;
		if (this.published != null && !start.isAfter(this.published) && e.isAfter(this.published)) {
			e = this.published;
		}
		String result = start.equals(e) ? start.toString() : start + ".." + e;
		return new EventDate(start, e, precision, expr, how + " → " + result);
	}

	private static String describe(EventDate d) {
		return d.start().equals(d.end()) ? d.start().toString() : d.start() + ".." + d.end();
	}

}
