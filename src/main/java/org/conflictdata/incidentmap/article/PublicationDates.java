package org.conflictdata.incidentmap.article;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers when an article was published from its (normalised) text alone, for articles
 * that come without metadata. Evidence is tried in this order, and the first that yields
 * a date wins: (1) an explicit date line near the top ({@code date 2019-12-31},
 * {@code Published: 3 January 2020}) or a line near the top that is nothing but a full
 * date ({@code January 3, 2020}), or a date line in figures ({@code Date: 22/10/2020};
 * day first unless the numbers say otherwise) — basis "date line"; (2) a byline that ends
 * in a full date ({@code By Mark Mazzetti and Eric Schmitt, March 27, 2020}) — basis
 * "byline"; (3) a dateline that carries a full date ({@code BAGHDAD, Jan. 3, 2020 -}) —
 * basis "dateline"; (3a) any other head line whose date comes first or after a short
 * place, agency, label or byline lead ({@code Sulaimani (NRT) 26/6/2020 -}), read by
 * {@link HeadDates}; (3b) a dateline without a year ({@code ERBIL, April 15 (AFP) -})
 * dated in the latest year the text names; (3c) a head line naming the period a bulletin
 * covers ({@code Covering the period 3 - 16 May 2021}), whose end is taken — basis "end
 * of the period the report covers"; (4) the latest day the article mentions — basis
 * "latest date mentioned". For (4), yearless days ("Dec. 29", "Friday 18 July") take the
 * year that puts them nearest to the latest date that does carry a year ("December 2019",
 * "Dec 30, 2019"), because articles mostly talk about the weeks around them; when the
 * lead then reports something on a bare weekday ("the attack ... Tuesday"), the date
 * moves on to the first such weekday, since an article cannot predate what it reports.
 * This is a lower bound, and the basis says so. With no year anywhere in the text nothing
 * is inferred. Null or empty text gives empty.
 */
public final class PublicationDates {

	/** How a publication date was obtained, and the date. */
	public record Inferred(LocalDate date, String basis) {
	}

	private static final String M = MonthNames.PATTERN;

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

	private static final String FULL_DATE = "(?:(" + M + ")\\s+" + DAY + ",?\\s+(\\d{4})|" + DAY + "\\s+(?:of\\s+)?("
			+ M + "),?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))";

	private static final Pattern FULL = Pattern.compile(FULL_DATE, Pattern.CASE_INSENSITIVE);

	private static final Pattern DATE_LINE = Pattern.compile(
			"^\\s*(?:date|dated|published|posted|updated|last updated)\\s*:?\\s*(?:on\\s+)?" + FULL_DATE,
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ONLY_DATE_LINE = Pattern.compile(
			"^\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?" + FULL_DATE + "\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BYLINE = Pattern.compile("^\\s*by\\s+[^\\n]{2,120}?[,|-]\\s*" + FULL_DATE,
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DATELINE = Pattern
		.compile("^\\s*\\p{Lu}[\\p{Lu} .'-]{2,40},\\s*(?:\\p{Lu}[\\p{L} .'-]{1,30},\\s*)?" + FULL_DATE
				+ "\\s*(?:\\([^)]{1,40}\\))?\\s*-", Pattern.CASE_INSENSITIVE);

	private static final Pattern YEARLESS_DATELINE = Pattern
		.compile("^\\s*\\p{Lu}[\\p{Lu} .'-]{2,40},\\s*(?:\\p{Lu}[\\p{L} .'-]{1,30},\\s*)?(" + M + ")\\.?\\s+" + DAY
				+ "\\s*(?:\\([^)]{1,40}\\))?\\s*-", Pattern.CASE_INSENSITIVE);

	/**
	 * A year written out in the text ("since the start of 2021", "the strike that opened
	 * 2020").
	 */
	private static final Pattern YEAR = Pattern.compile("(?<![\\d,.$-])\\b(19[5-9]\\d|20\\d\\d)\\b(?![\\d,.]\\d)");

	private static final Pattern YEARLESS = Pattern
		.compile("\\b(" + M + ")\\s+" + DAY + "\\b(?!,?\\s+\\d{4})(?!\\s*[:.]\\d)", Pattern.CASE_INSENSITIVE);

	/**
	 * "Friday 18 July", "18 July": a day written before its month, without a year; the
	 * month capitalised, so that "3 may have died" is no date.
	 */
	private static final Pattern YEARLESS_DAY_FIRST = Pattern
		.compile("(?<![\\d.,/-])\\b" + DAY + "\\s+(?:of\\s+)?(" + M + ")(?!,?[ \\t]+\\d{4})(?![ \\t]*\\d)");

	private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + M + ")\\s+(?:of\\s+)?(\\d{4})\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LEAD_WEEKDAY = Pattern.compile(
			"(?<!last |next |this |past |coming )\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!,?\\s+"
					+ M + ")");

	/**
	 * A head line stating the period a bulletin or report covers ("Covering the period 3
	 * - 16 May 2021", "Reporting period: April 28 to May 9, 2020"). Such a report comes
	 * out at or after the period's end, so its end is the publication date; dates the
	 * text announces for later ("Next issue: 30 May") are no evidence of it.
	 */
	private static final Pattern PERIOD_LINE = Pattern.compile("^\\s*(?:covering|covers|period covered|reporting period"
			+ "|for the period)\\b[^\\n]{0,30}?(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s+" + M + ")?|" + M
			+ "\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?\\s*(?:[\u2013\u2014-]|to|until|through)\\s*" + FULL_DATE,
			Pattern.CASE_INSENSITIVE);

	/**
	 * A line at the foot of a story saying when it was published ("Published by the news
	 * desk on Monday the third of February, two thousand and twenty", read after
	 * {@link SpelledDates}).
	 */
	private static final Pattern TAIL_LINE = Pattern.compile(
			"^\\s*(?:first\\s+)?(?:published|posted|updated|last updated|filed|date of publication)\\b[^\\n]{0,60}?"
					+ "(?:\\bon\\b|:)\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:the\\s+)?" + FULL_DATE,
			Pattern.CASE_INSENSITIVE);

	/** How many non-blank lines from the foot may hold a publication line. */
	private static final int TAIL_LINES = 3;

	/** How many non-blank lines from the top count as the article's head. */
	private static final int HEAD_LINES = 8;

	private PublicationDates() {
	}

	/**
	 * The publication date the text gives or implies, or empty; see the class comment.
	 */
	public static Optional<Inferred> infer(String text) {
		return infer(text, LocalDate.now(), null);
	}

	/**
	 * As {@link #infer(String)}, for a text read on {@code today} (no weekday date is put
	 * after it) with a day it is likely near ({@code hint}, or null): see
	 * {@link WeekdayYears}.
	 */
	public static Optional<Inferred> infer(String text, LocalDate today, LocalDate hint) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		List<String> head = headLines(text);
		for (String line : head) {
			String figures = SpelledDates.figures(line);
			Optional<LocalDate> d = firstDate(DATE_LINE, figures).or(() -> firstDate(ONLY_DATE_LINE, figures));
			if (d.isPresent()) {
				return Optional.of(new Inferred(d.get(), "date line"));
			}
			Optional<Inferred> numeric = FigureDates.dateLine(line);
			if (numeric.isPresent()) {
				return numeric;
			}
		}
		for (String line : tailLines(text)) {
			Optional<LocalDate> d = firstDate(TAIL_LINE, SpelledDates.figures(line));
			if (d.isPresent()) {
				return Optional.of(new Inferred(d.get(), "publication line at the end"));
			}
		}
		for (String line : head) {
			Optional<LocalDate> d = firstDate(BYLINE, line);
			if (d.isPresent()) {
				return Optional.of(new Inferred(d.get(), "byline"));
			}
		}
		for (String line : head) {
			Optional<LocalDate> d = firstDate(DATELINE, line);
			if (d.isPresent()) {
				return Optional.of(new Inferred(d.get(), "dateline"));
			}
		}
		for (String line : head) {
			Optional<Inferred> d = FigureDates.dateline(line);
			if (d.isPresent()) {
				return d;
			}
		}
		Optional<Inferred> general = HeadDates.infer(head, text);
		if (general.isPresent()) {
			return general;
		}
		for (String line : head) {
			Optional<LocalDate> d = firstDate(PERIOD_LINE, line);
			if (d.isPresent()) {
				return Optional.of(new Inferred(d.get(), "end of the period the report covers"));
			}
		}
		for (String line : head) {
			Matcher m = YEARLESS_DATELINE.matcher(line);
			if (m.find()) {
				Optional<Inferred> d = datelineYear(text, MonthNames.month(m.group(1)), Integer.parseInt(m.group(2)));
				if (d.isPresent()) {
					return d;
				}
			}
		}
		return latestMentioned(text, today, hint);
	}

	/**
	 * A wire dateline often drops the year ("BAGHDAD, Jan 13 (Reuters) -"). The story is
	 * then dated in the latest year its text names; a day that falls before a month of
	 * that year the text already talks about ("December 2020") belongs to the next year.
	 */
	private static Optional<Inferred> datelineYear(String text, int month, int day) {
		int latestYear = latestYear(text);
		if (latestYear < 0) {
			return Optional.empty();
		}
		LocalDate latestMonthOfYear = null;
		Matcher monthYear = MONTH_YEAR.matcher(text);
		while (monthYear.find()) {
			if (Integer.parseInt(monthYear.group(2)) == latestYear) {
				LocalDate start = LocalDate.of(latestYear, MonthNames.month(monthYear.group(1)), 1);
				latestMonthOfYear = (latestMonthOfYear == null || start.isAfter(latestMonthOfYear)) ? start
						: latestMonthOfYear;
			}
		}
		try {
			LocalDate date = LocalDate.of(latestYear, month, day);
			if (latestMonthOfYear != null && date.isBefore(latestMonthOfYear)) {
				date = LocalDate.of(latestYear + 1, month, day);
			}
			return Optional
				.of(new Inferred(date, "dateline without a year; the year from the latest year the text names"));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** The latest year the text writes out, or -1. */
	private static int latestYear(String text) {
		int latest = -1;
		for (Matcher y = YEAR.matcher(text); y.find();) {
			latest = Math.max(latest, Integer.parseInt(y.group(1)));
		}
		return latest;
	}

	/** The last non-blank lines, where some sites print when a story was published. */
	private static List<String> tailLines(String text) {
		String[] lines = text.strip().split("\n");
		List<String> tail = new ArrayList<>();
		for (int i = lines.length - 1; i >= 0 && tail.size() < TAIL_LINES; i--) {
			if (!lines[i].isBlank()) {
				tail.add(lines[i]);
			}
		}
		return tail;
	}

	private static List<String> headLines(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (!line.isBlank()) {
				lines.add(line);
				if (lines.size() == HEAD_LINES) {
					break;
				}
			}
		}
		return lines;
	}

	private static Optional<LocalDate> firstDate(Pattern pattern, String line) {
		Matcher m = pattern.matcher(line);
		if (!m.find()) {
			return Optional.empty();
		}
		// The full-date groups are the last nine groups of every head pattern.
		int base = m.groupCount() - 9;
		return fullDate(m, base);
	}

	/** Reads the nine FULL_DATE groups starting after group {@code base}. */
	private static Optional<LocalDate> fullDate(Matcher m, int base) {
		try {
			if (m.group(base + 1) != null) {
				return Optional.of(LocalDate.of(Integer.parseInt(m.group(base + 3)),
						MonthNames.month(m.group(base + 1)), Integer.parseInt(m.group(base + 2))));
			}
			if (m.group(base + 4) != null) {
				return Optional.of(LocalDate.of(Integer.parseInt(m.group(base + 6)),
						MonthNames.month(m.group(base + 5)), Integer.parseInt(m.group(base + 4))));
			}
			return Optional.of(LocalDate.of(Integer.parseInt(m.group(base + 7)), Integer.parseInt(m.group(base + 8)),
					Integer.parseInt(m.group(base + 9))));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Inferred> latestMentioned(String text, LocalDate today, LocalDate hint) {
		LocalDate latestFull = null;
		Matcher full = FULL.matcher(text);
		while (full.find()) {
			LocalDate d = fullDate(full, 0).orElse(null);
			if (d != null && (latestFull == null || d.isAfter(latestFull))) {
				latestFull = d;
			}
		}
		LocalDate anchor = latestFull;
		Matcher monthYear = MONTH_YEAR.matcher(text);
		while (monthYear.find()) {
			int year = Integer.parseInt(monthYear.group(2));
			if (year < 1900 || year > 2100) {
				continue;
			}
			LocalDate end = LocalDate.of(year, MonthNames.month(monthYear.group(1)), 1)
				.with(TemporalAdjusters.lastDayOfMonth());
			if (anchor == null || end.isAfter(anchor)) {
				anchor = end;
			}
		}
		if (anchor == null) {
			// No year anywhere: the weekdays given with days may still fix one.
			Optional<Inferred> weekday = WeekdayYears.infer(text, today, hint);
			if (weekday.isEmpty()) {
				return Optional.empty();
			}
			// The days the weekdays date are in that year; a yearless day put near them
			// could cross into another.
			return weekday;
		}
		// Weekdays that contradict the years named (often only in history) date the text.
		Optional<Inferred> weekdays = WeekdayYears.overrule(text, anchor, latestYear(text), latestFull != null, today,
				hint);
		if (weekdays.isPresent()) {
			return weekdays;
		}
		LocalDate found = latestFull;
		Matcher yearless = YEARLESS.matcher(text);
		while (yearless.find()) {
			LocalDate d = nearest(anchor, MonthNames.month(yearless.group(1)), Integer.parseInt(yearless.group(2)));
			if (d != null && (found == null || d.isAfter(found))) {
				found = d;
			}
		}
		// A live page's day headings ("Friday 18 July") are written day first.
		Matcher dayFirst = YEARLESS_DAY_FIRST.matcher(text);
		while (dayFirst.find()) {
			LocalDate d = nearest(anchor, MonthNames.month(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1)));
			if (d != null && (found == null || d.isAfter(found))) {
				found = d;
			}
		}
		if (found == null) {
			return Optional.empty();
		}
		LocalDate latest = found;
		Optional<DayOfWeek> leadWeekday = leadWeekday(text);
		LocalDate moved = leadWeekday.map((day) -> latest.with(TemporalAdjusters.next(day))).orElse(latest);
		// Only a weekday just after the latest date is read as the day being reported.
		if (leadWeekday.isPresent() && latest.getDayOfWeek() != leadWeekday.get()
				&& moved.toEpochDay() - latest.toEpochDay() <= 3) {
			return Optional.of(new Inferred(moved, "latest date mentioned (" + latest + "), moved to the "
					+ leadWeekday.get().name().toLowerCase(Locale.ROOT) + " the lead reports"));
		}
		return Optional.of(new Inferred(latest, "latest date mentioned"));
	}

	/**
	 * The month/day in the year (one either side of the anchor's) nearest to the anchor.
	 */
	private static LocalDate nearest(LocalDate anchor, int month, int day) {
		LocalDate best = null;
		for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
			try {
				LocalDate d = LocalDate.of(year, month, day);
				if (best == null || Math.abs(d.toEpochDay() - anchor.toEpochDay()) < Math
					.abs(best.toEpochDay() - anchor.toEpochDay())) {
					best = d;
				}
			}
			catch (DateTimeException ex) {
				// 30 February and the like are not dates; skip them.
			}
		}
		return best;
	}

	/** A bare weekday in the first body paragraph: "the attack ... Tuesday". */
	private static Optional<DayOfWeek> leadWeekday(String text) {
		int seen = 0;
		for (String paragraph : text.split("\n")) {
			if (paragraph.length() < 120) {
				continue;
			}
			Matcher m = LEAD_WEEKDAY.matcher(paragraph);
			if (m.find()) {
				return Optional.of(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
			}
			if (++seen == 1) {
				break;
			}
		}
		return Optional.empty();
	}

}
