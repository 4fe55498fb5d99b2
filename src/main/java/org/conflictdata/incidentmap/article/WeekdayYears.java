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
		return infer(text, today, hint, today.getYear() - YEARS_BACK, false);
	}

	/**
	 * The weekday dates of a text whose other evidence (the latest year it names, often
	 * in a history sentence: "In September 2018, missiles killed 16 people") would put
	 * them near {@code anchor}, dated anew when their weekdays contradict that: "Monday,
	 * November 14" near 2018 is no Monday, and a text does not name a weekday wrongly
	 * twice as often as it looks back on earlier years. The years tried run from the
	 * latest year the text names ({@code fromYear}) to {@code today}; of those that fit,
	 * the one nearest the hint, else the earliest (nearest to what the text names), is
	 * taken. Empty when the text gives no weekday-and-day, when they fit the anchor's
	 * dating, or when no year tried fits them all. When the text also gives a full date
	 * with its year ({@code fullDate}), one wrong weekday is taken for a slip, and two
	 * are needed.
	 */
	static Optional<PublicationDates.Inferred> overrule(String text, LocalDate anchor, int fromYear, boolean fullDate,
			LocalDate today, LocalDate hint) {
		List<int[]> dates = new ArrayList<>();
		read(text, dates, new ArrayList<>());
		long wrong = dates.stream().filter((d) -> !fitsNear(d, anchor)).count();
		if (wrong == 0 || (fullDate && wrong < 2)) {
			return Optional.empty();
		}
		return infer(text, today, hint, fromYear, true);
	}

	private static Optional<PublicationDates.Inferred> infer(String text, LocalDate today, LocalDate hint, int fromYear,
			boolean earliest) {
		List<int[]> dates = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		read(text, dates, phrases);
		if (dates.isEmpty()) {
			return Optional.empty();
		}
		TreeSet<Integer> fitting = new TreeSet<>();
		for (int year = fromYear; year <= today.getYear(); year++) {
			if (fitsAll(dates, year, today)) {
				fitting.add(year);
			}
		}
		if (fitting.isEmpty()) {
			return Optional.empty();
		}
		int year = earliest ? fitting.first() : fitting.last();
		String why = earliest ? "the earliest from " + fromYear + ", the latest year the text names"
				: "the most recent";
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

	/** Collects each weekday-and-day as {month, day, weekday} with its phrase. */
	private static void read(String text, List<int[]> dates, List<String> phrases) {
		Matcher m = WEEKDAY_DATE.matcher(text);
		while (m.find()) {
			int day = Integer.parseInt((m.group(2) != null) ? m.group(2) : m.group(5));
			int month = MonthNames.month((m.group(3) != null) ? m.group(3) : m.group(4));
			int weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT) + "DAY").getValue();
			dates.add(new int[] { month, day, weekday });
			phrases.add(m.group().strip());
		}
	}

	/**
	 * Whether the day, in the year (one either side of the anchor's) nearest to it, has
	 * its weekday.
	 */
	private static boolean fitsNear(int[] d, LocalDate anchor) {
		LocalDate best = null;
		for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
			try {
				LocalDate date = LocalDate.of(year, d[0], d[1]);
				if (best == null || Math.abs(date.toEpochDay() - anchor.toEpochDay()) < Math
					.abs(best.toEpochDay() - anchor.toEpochDay())) {
					best = date;
				}
			}
			catch (DateTimeException ex) {
				// 30 February and the like are not dates.
			}
		}
		return best == null || best.getDayOfWeek().getValue() == d[2];
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
