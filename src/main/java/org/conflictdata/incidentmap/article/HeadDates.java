package org.conflictdata.incidentmap.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.article.PublicationDates.Inferred;

/**
 * The general reader of a publication date in an article's head, for the many shapes a
 * dateline or date line takes that the specific readers do not know: "Sulaimani (NRT)
 * 26/6/2020 –", "Zakho, Duhok — 2022/10/20 —", "HIT, Anbar province | Fri Oct 3, 2014
 * 6:41am EDT", "Damascus, 31.03.2016 (agencies)", "2020-09-14T08:12:00+03:00", "By Staff
 * Reporter | April 16, 2014", "Updated 3.2.2020".
 *
 * <p>
 * A head line counts when it holds a full date (month name with day and year, ISO, or
 * day, month and year in figures) that comes at its start or after a short lead of the
 * kind datelines and bylines have: capitalised place or agency words, a label ("Posted",
 * "Last updated"), "By" and a name, separated by commas, brackets, dashes or bars, with
 * no figures and at most two lower-case words. After the date comes the end of the line,
 * a separator, a time or an agency in brackets. A sentence that merely mentions a date
 * ("Three were killed on 12 May 2020") has too many lower-case words before it, and "3/4
 * of the town" has no year, so neither counts.
 *
 * <p>
 * Figures are read year first when the year leads; otherwise a number above 12 shows
 * which is the day. When both could be months, the outlet's own style decides: month
 * first when its head carries a US time zone (EDT, PST, ET) or the text writes its dates
 * month first ("July 28, 2014") more often than day first; day first otherwise, as most
 * outlets outside the US write them. The basis says which order was assumed. Two-digit
 * years are read in 1950–2049. Arabic-Indic digits are read as digits.
 */
final class HeadDates {

	private static final String M = MonthNames.PATTERN;

	private static final String WEEKDAY = "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

	/**
	 * Groups, after the lead's group 1: 2-4 month day year; 5-7 day month year; 8-10 ISO;
	 * 11 and 13-14 figures day or month first; 15 and 17-18 figures year first.
	 */
	private static final String DATE = WEEKDAY + "(?:(" + M + ")\\s+" + DAY + ",?\\s+(\\d{4})|" + DAY
			+ "\\s+(?:of\\s+)?(" + M + "),?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})(?=$|[T\\s,|(\u2013\u2014-])"
			+ "|(\\d{1,2})(?<s1>[./-])(\\d{1,2})\\k<s1>(\\d{4}|\\d{2})(?![\\d./-])"
			+ "|(\\d{4})(?<s2>[./])(\\d{1,2})\\k<s2>(\\d{1,2})(?![\\d.]))";

	/** What may precede the date: place, agency, label or byline, without figures. */
	private static final String LEAD = "^\\s*([^\\d\\n]{0,70}?)";

	/** What may follow the date. */
	private static final String TAIL = "\\s*(?:$|[\u2013\u2014|\u00b7,;:(\\[-]|\\d{1,2}[:.]\\d{2}|at\\s+\\d|T\\d|GMT|UTC)";

	private static final Pattern HEAD_DATE = Pattern.compile(LEAD + DATE + TAIL,
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'-])\\p{Ll}[\\p{L}'-]*");

	/** Lower-case words that belong to place names in datelines ("Anbar province"). */
	private static final Pattern PLACE_WORD = Pattern.compile("province|governorate|region|district|and|of|al|el",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LABEL = Pattern.compile(
			"(?:last\\s+)?(?:posted|published|updated|modified|date|dated|first\\s+published)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BY = Pattern.compile("by\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern US_ZONE = Pattern.compile("\\b(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET)\\b");

	private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + M + "\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s+\\d{4}",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DAY_FIRST = Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + M + ",?\\s+\\d{4}",
			Pattern.CASE_INSENSITIVE);

	private HeadDates() {
	}

	/** The first head line's date, read as the class comment says, or empty. */
	static Optional<Inferred> infer(List<String> head, String text) {
		for (String raw : head) {
			String line = asciiDigits(raw);
			Matcher m = HEAD_DATE.matcher(line);
			if (m.find() && isLead(m.group(1))) {
				Optional<Inferred> d = read(m, line, text);
				if (d.isPresent()) {
					return d;
				}
			}
		}
		return Optional.empty();
	}

	private static boolean isLead(String lead) {
		if (lead.contains(". ") && !lead.matches("(?s).*\\b\\p{Lu}\\p{L}{0,3}\\. .*")) {
			return false;
		}
		String rest = lead.strip();
		Matcher label = LABEL.matcher(rest);
		if (label.lookingAt()) {
			rest = rest.substring(label.end()).replaceFirst("^\\s*:?\\s*(?:on|at)?", "");
		}
		else if (BY.matcher(rest).lookingAt()) {
			rest = rest.substring(2);
		}
		int lower = 0;
		Matcher w = LOWER_WORD.matcher(rest);
		while (w.find()) {
			if (!PLACE_WORD.matcher(w.group()).matches() && ++lower > 1) {
				return false;
			}
		}
		return true;
	}

	private static Optional<Inferred> read(Matcher m, String line, String text) {
		String lead = m.group(1).strip();
		String basis = (lead.isEmpty() || LABEL.matcher(lead).lookingAt()) ? "date line"
				: BY.matcher(lead).lookingAt() ? "byline" : "dateline";
		try {
			if (m.group(2) != null) {
				return Optional.of(new Inferred(LocalDate.of(Integer.parseInt(m.group(4)), MonthNames.month(m.group(2)),
						Integer.parseInt(m.group(3))), basis));
			}
			if (m.group(5) != null) {
				return Optional.of(new Inferred(LocalDate.of(Integer.parseInt(m.group(7)), MonthNames.month(m.group(6)),
						Integer.parseInt(m.group(5))), basis));
			}
			if (m.group(8) != null) {
				return Optional.of(new Inferred(LocalDate.of(Integer.parseInt(m.group(8)), Integer.parseInt(m.group(9)),
						Integer.parseInt(m.group(10))), basis));
			}
			if (m.group(15) != null) {
				return Optional.of(new Inferred(LocalDate.of(Integer.parseInt(m.group(15)),
						Integer.parseInt(m.group(17)), Integer.parseInt(m.group(18))), basis + " in figures"));
			}
			return figures(Integer.parseInt(m.group(11)), Integer.parseInt(m.group(13)), year(m.group(14)), line, text,
					basis + " in figures");
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static int year(String digits) {
		int y = Integer.parseInt(digits);
		if (digits.length() == 2) {
			return (y < 50) ? 2000 + y : 1900 + y;
		}
		return y;
	}

	private static Optional<Inferred> figures(int first, int second, int year, String line, String text, String basis) {
		if (first > 12 && second <= 12) {
			return Optional.of(new Inferred(LocalDate.of(year, second, first), basis + " (day first)"));
		}
		if (second > 12 && first <= 12) {
			return Optional.of(new Inferred(LocalDate.of(year, first, second), basis + " (month first)"));
		}
		if (first > 12) {
			return Optional.empty();
		}
		if (monthFirstOutlet(line, text)) {
			return Optional.of(new Inferred(LocalDate.of(year, first, second),
					basis + " (month first assumed: the outlet writes dates the US way)"));
		}
		return Optional
			.of(new Inferred(LocalDate.of(year, second, first), basis + " (day first assumed: not a US-style outlet)"));
	}

	private static boolean monthFirstOutlet(String line, String text) {
		if (US_ZONE.matcher(line).find()) {
			return true;
		}
		return count(MONTH_FIRST, text) > count(DAY_FIRST, text);
	}

	private static int count(Pattern p, String text) {
		int n = 0;
		Matcher m = p.matcher(text);
		while (m.find()) {
			n++;
		}
		return n;
	}

	/** The line with Arabic-Indic and other decimal digits written as ASCII digits. */
	static String asciiDigits(String line) {
		StringBuilder sb = null;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c > 127 && Character.isDigit(c)) {
				if (sb == null) {
					sb = new StringBuilder(line);
				}
				sb.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
			}
		}
		return (sb == null) ? line : sb.toString();
	}

}
