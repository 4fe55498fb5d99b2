package org.conflictdata.incidentmap.article;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates a text that names no year by the weekdays it gives with its days: "On Friday, 29
 * November" can only be in a year whose 29 November is a Friday (2019, 2024, ...). The
 * years tried are those from {@value #YEARS_BACK} years before the reference day up to
 * it, a date after the reference day being no report yet; every weekday-and-day the text
 * gives must fit the year. When several years fit, the one nearest to a hint (for
 * instance the dates of the other documents read with this one) is taken, else the most
 * recent; the basis names the other years that fit, so that a reader can check. A text
 * without a weekday next to a day and month, or whose weekdays fit no year, gives empty.
 */
final class WeekdayYears {

	/** How many years back a yearless weekday date is looked for. */
	static final int YEARS_BACK = 12;

	/** What every basis of this inference begins with. */
	static final String BASIS = "weekday with day and month";

	private static final String M = MonthNames.PATTERN;

	private static final String WEEKDAY = "(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";

	/** "Friday, 29 November", "Friday the 29th of November", "Friday, Nov. 29". */
	private static final Pattern WEEKDAY_DATE = Pattern
		.compile(
				"\\b" + WEEKDAY + ",?\\s+(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + M + ")|(" + M
						+ ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)(?!,?\\s*\\d{4})(?![ \\t]*\\d)",
				Pattern.CASE_INSENSITIVE);

	private WeekdayYears() {
	}

	/**
	 * The latest weekday-and-day the text gives, dated in the year its weekdays fit (see
	 * the class), with the basis.
	 * @param today the reference day; no date after it is taken
	 * @param hint a day the text is likely near, or null
	 */
	static Optional<PublicationDates.Inferred> infer(String text, LocalDate today, LocalDate hint) {
		List<int[]> dates = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		Matcher m = WEEKDAY_DATE.matcher(text);
		while (m.find()) {
			int day = Integer.parseInt((m.group(2) != null) ? m.group(2) : m.group(5));
			int month = MonthNames.month((m.group(3) != null) ? m.group(3) : m.group(4));
			int weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT) + "DAY").getValue();
			dates.add(new int[] { month, day, weekday });
			phrases.add(m.group().strip());
		}
		if (dates.isEmpty()) {
			return Optional.empty();
		}
		TreeSet<Integer> fitting = new TreeSet<>();
		for (int year = today.getYear() - YEARS_BACK; year <= today.getYear(); year++) {
			if (fitsAll(dates, year, today)) {
				fitting.add(year);
			}
		}
		if (fitting.isEmpty()) {
			return Optional.empty();
		}
		int year = fitting.last();
		String why = "the most recent";
		if (fitting.size() > 1 && hint != null) {
			year = fitting.stream()
				.min((a, b) -> Integer.compare(Math.abs(a - hint.getYear()), Math.abs(b - hint.getYear())))
				.orElse(year);
			why = "nearest to " + hint + ", the date of the documents read with it";
		}
		LocalDate latest = null;
		for (int[] d : dates) {
			LocalDate date = LocalDate.of(year, d[0], d[1]);
			latest = (latest == null || date.isAfter(latest)) ? date : latest;
		}
		String basis = BASIS + " ('" + phrases.get(0) + "') fits " + fitting.descendingSet() + "; " + year + " is "
				+ why;
		return Optional.of(new PublicationDates.Inferred(latest, basis));
	}

	private static boolean fitsAll(List<int[]> dates, int year, LocalDate today) {
		for (int[] d : dates) {
			try {
				LocalDate date = LocalDate.of(year, d[0], d[1]);
				if (date.isAfter(today) || date.getDayOfWeek().getValue() != d[2]) {
					return false;
				}
			}
			catch (DateTimeException ex) {
				return false;
			}
		}
		return true;
	}

}
