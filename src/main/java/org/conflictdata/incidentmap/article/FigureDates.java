package org.conflictdata.incidentmap.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.article.PublicationDates.Inferred;

/**
 * Publication dates written in figures at the head of an article: a date line
 * ({@code Date: 22/10/2020}, {@code 3.11.2019}, {@code 2020/10/22}) and a dateline that
 * puts the date after the place ({@code Baghdad – 2019/08/13 – Network}). Year first is
 * always year-month-day. Otherwise a first number above 12 can only be the day and a
 * second one above 12 only the day.
 */
final class FigureDates {

	private static final String FIGURES = "(?:(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})|(\\d{4})([./-])(\\d{1,2})\\6(\\d{1,2}))";

	/** A date line written in figures, with an optional label and weekday. */
	private static final Pattern DATE_LINE = Pattern.compile(
			"^\\s*(?:(?:date|dated|published|posted|updated|last updated)\\s*:?\\s*(?:on\\s+)?)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?"
					+ FIGURES + "\\s*(?:(?:[|,;-]|\\d{1,2}:\\d{2}).{0,60})?$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A dateline whose date is in figures. The place is one to four capitalised words;
	 * the date is followed by a dash, a bar or the end of the line, so that a score
	 * ("Zakho 2-1") or a version ("Release 2.10.2019b") is no date.
	 */
	private static final Pattern DATELINE = Pattern
		.compile("^\\s*\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,3}\\s*[,\u2013\u2014|-]\\s*"
				+ FIGURES.replace("(\\d{4})", "((?:19|20)\\d\\d)") + "\\s*(?:[\u2013\u2014|-]|$)");

	private FigureDates() {
	}

	/**
	 * The date of a date line in figures. When both numbers could be months the day is
	 * taken first, as the press of the region writes it (22/10/2020, 3.11.2019), and the
	 * basis says the order was assumed.
	 */
	static Optional<Inferred> dateLine(String line) {
		Matcher m = DATE_LINE.matcher(line);
		return m.find() ? read(m, false, "date line") : Optional.empty();
	}

	/**
	 * The date of a dateline in figures after the place; two numbers that could both be
	 * months give none, so the basis needs no word on the order.
	 */
	static Optional<Inferred> dateline(String line) {
		Matcher m = DATELINE.matcher(line);
		return m.find() ? read(m, true, "dateline in figures") : Optional.empty();
	}

	private static Optional<Inferred> read(Matcher m, boolean strict, String basis) {
		try {
			if (m.group(5) != null) {
				return Optional.of(new Inferred(LocalDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(7)),
						Integer.parseInt(m.group(8))), basis));
			}
			int first = Integer.parseInt(m.group(1));
			int second = Integer.parseInt(m.group(3));
			int year = Integer.parseInt(m.group(4));
			if (second > 12 && first <= 12) {
				return Optional
					.of(new Inferred(LocalDate.of(year, first, second), strict ? basis : basis + " (month first)"));
			}
			if (first <= 12 && strict) {
				return Optional.empty();
			}
			String order = (first > 12) ? " (day first)" : " (day first assumed, as the region's press writes it)";
			return Optional.of(new Inferred(LocalDate.of(year, second, first), strict ? basis : basis + order));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
