package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.article.MonthNames;

/**
 * A span of days that runs into the next month ("27 June - 8 July 2021", "June 27 to July
 * 8"). It names a period, not its last day: read as one, the end day alone would date
 * whatever the sentence reports to the day the period closed.
 */
final class CrossMonthRanges {

	private static final String M = MonthNames.PATTERN;

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

	private static final String TO = "\\s*(?:-|\u2013|\u2014|to|until|through)\\s*";

	private static final Pattern RANGE = Pattern.compile(
			"(?=[adfjmnos0-9])(?:\\b" + DAY + "\\s+(" + M + ")" + TO + DAY + "\\s+(" + M + ")|\\b(" + M + ")\\s+" + DAY
					+ TO + "(" + M + ")\\s+" + DAY + "\\b(?!\\s*[:.]\\d))" + "(?:,?\\s+(\\d{4})\\b)?",
			Pattern.CASE_INSENSITIVE);

	private CrossMonthRanges() {
	}

	static void find(String s, Calendars cal, List<DateResolver.DateMention> out) {
		Matcher m = RANGE.matcher(s);
		while (m.find()) {
			boolean dayFirst = m.group(1) != null;
			int fromMonth = MonthNames.month(dayFirst ? m.group(2) : m.group(5));
			int toMonth = MonthNames.month(dayFirst ? m.group(4) : m.group(7));
			String fromDay = dayFirst ? m.group(1) : m.group(6);
			String toDay = dayFirst ? m.group(3) : m.group(8);
			if (fromMonth == toMonth) {
				continue;
			}
			String expr = m.group().strip();
			EventDate end = cal.day(expr, toMonth, toDay, m.group(9), null);
			if (end == null) {
				continue;
			}
			int year = (fromMonth > toMonth) ? end.start().getYear() - 1 : end.start().getYear();
			LocalDate start;
			try {
				start = LocalDate.of(year, fromMonth, Integer.parseInt(fromDay));
			}
			catch (java.time.DateTimeException ex) {
				continue;
			}
			long days = ChronoUnit.DAYS.between(start, end.start());
			if (days <= 0 || days > 62) {
				continue;
			}
			DatePrecision precision = (days <= 7) ? DatePrecision.WEEK : DatePrecision.MONTH;
			EventDate range = new EventDate(start, end.start(), precision, expr,
					"'" + expr + "', a period running into the next month → " + start + ".." + end.start());
			DateResolver.add(out, m, range, DateResolver.Kind.ABSOLUTE);
		}
	}

}
