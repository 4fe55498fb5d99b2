package org.conflictdata.incidentmap.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a date written out in words, or in figures year first, into the figures the
 * date patterns read: "the third of February, two thousand and twenty" becomes "3 of
 * February, 2020", "March the twenty-first, twenty twenty" becomes "March 21, 2020" and
 * "2020/2/3" becomes "3 February 2020". Translated and broadcast copy spells dates out
 * this way. Only a day next to a month name and a year right after such a day are
 * rewritten, so that "the third attack" or "two thousand fighters" stay as they are; a
 * year-first figure date that is no date (2020/13/40) is left alone. Null gives null.
 */
final class SpelledDates {

	private static final String M = MonthNames.PATTERN;

	private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
			"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
			"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

	private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
			"six", 6, "seven", 7, "eight", 8, "nine", 9);

	private static final Map<String, Integer> TEENS = Map.ofEntries(Map.entry("ten", 10), Map.entry("eleven", 11),
			Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
			Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));

	private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
			"sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

	/** "third", "twenty-first", "thirtieth", "thirty first". */
	private static final String ORDINAL = "(?:(?:twenty|thirty)[- ])?(?:" + String.join("|", ORDINALS) + ")|thirtieth";

	/** "twenty", "nineteen", "ninety-one", "two thousand and twenty", "oh five". */
	private static final String TWO_DIGITS = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
			+ "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
			+ "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
			+ "|(?:oh|o)[- ](?:one|two|three|four|five|six|seven|eight|nine))";

	private static final String YEAR_WORDS = "(?:two thousand(?:,? and)?(?: (?:" + TWO_DIGITS
			+ "|one|two|three|four|five|six|seven|eight|nine))?|(?:nineteen|twenty)[- ]" + TWO_DIGITS + ")";

	private static final Pattern DAY_BEFORE_MONTH = Pattern
		.compile("\\b(?:the\\s+)?(" + ORDINAL + ")(\\s+(?:of\\s+)?" + M + ")", Pattern.CASE_INSENSITIVE);

	private static final Pattern DAY_AFTER_MONTH = Pattern.compile("(" + M + ")\\s+(?:the\\s+)?(" + ORDINAL + ")\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern YEAR_AFTER_DAY = Pattern.compile(
			"((?:\\d{1,2}\\s+(?:of\\s+)?" + M + "|" + M
					+ "\\s+\\d{1,2})(?:,?\\s+|\\s+(?:in\\s+)?(?:the\\s+year\\s+)?))(" + YEAR_WORDS + ")\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern YEAR_FIRST = Pattern.compile("(?<![\\d/.-])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d/])");

	private SpelledDates() {
	}

	/** The line with every spelled-out or year-first date in figures; see the class. */
	static String figures(String line) {
		if (line == null) {
			return null;
		}
		// "the second may be worse": a month name only in capitals after a spelled day.
		String s = replace(DAY_BEFORE_MONTH, line,
				(m) -> m.group(2).strip().startsWith("may") ? m.group() : ordinal(m.group(1)) + m.group(2));
		s = replace(DAY_AFTER_MONTH, s,
				(m) -> m.group(1).equals("may") ? m.group() : m.group(1) + " " + ordinal(m.group(2)));
		s = replace(YEAR_AFTER_DAY, s, (m) -> {
			int year = year(m.group(2));
			return (year > 0) ? m.group(1) + year : m.group();
		});
		return replace(YEAR_FIRST, s, (m) -> {
			try {
				LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
				return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
						+ d.getYear();
			}
			catch (DateTimeException ex) {
				return m.group();
			}
		});
	}

	private static String replace(Pattern p, String s, Function<Matcher, String> with) {
		Matcher m = p.matcher(s);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** 1 to 31 for an ordinal word such as "twenty-first". */
	static int ordinal(String words) {
		String w = words.toLowerCase(Locale.ROOT).replace('-', ' ');
		if (w.equals("thirtieth")) {
			return 30;
		}
		int tens = 0;
		if (w.startsWith("twenty ")) {
			tens = 20;
			w = w.substring(7);
		}
		else if (w.startsWith("thirty ")) {
			tens = 30;
			w = w.substring(7);
		}
		return tens + ORDINALS.indexOf(w) + 1;
	}

	/**
	 * The year a phrase such as "two thousand and twenty" or "nineteen ninety-one" names,
	 * or 0.
	 */
	static int year(String words) {
		String w = words.toLowerCase(Locale.ROOT).replace('-', ' ').replace(",", "").replaceAll("\\s+", " ");
		if (w.startsWith("two thousand")) {
			String rest = w.substring("two thousand".length()).replaceFirst("^ and", "").strip();
			return rest.isEmpty() ? 2000 : (twoDigits(rest) >= 0 ? 2000 + twoDigits(rest) : 0);
		}
		int space = w.indexOf(' ');
		int century = (space > 0) ? twoDigits(w.substring(0, space)) : -1;
		int rest = (space > 0) ? twoDigits(w.substring(space + 1)) : -1;
		return (century == 19 || century == 20) && rest >= 0 ? century * 100 + rest : 0;
	}

	/** 0 to 99 for "nine", "oh five", "nineteen", "ninety one"; -1 otherwise. */
	private static int twoDigits(String w) {
		String[] parts = w.split(" ");
		if (parts.length == 2 && (parts[0].equals("oh") || parts[0].equals("o"))) {
			return UNITS.getOrDefault(parts[1], -1);
		}
		if (parts.length == 1) {
			Integer v = UNITS.containsKey(w) ? UNITS.get(w) : TEENS.containsKey(w) ? TEENS.get(w) : TENS.get(w);
			return (v != null) ? v : -1;
		}
		if (parts.length == 2 && TENS.containsKey(parts[0]) && UNITS.containsKey(parts[1])) {
			return TENS.get(parts[0]) + UNITS.get(parts[1]);
		}
		return -1;
	}

}
