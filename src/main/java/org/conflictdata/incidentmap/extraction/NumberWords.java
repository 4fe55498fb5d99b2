package org.conflictdata.incidentmap.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads cardinal numbers as news text writes them: digits with thousands separators
 * ({@code 5,000}), number words up to the thousands ({@code twenty-five},
 * {@code one hundred}), {@code a}/{@code an}/{@code another} as one, and dozens
 * ({@code a dozen}, {@code two dozen}). Ordinals ({@code 45th}) are not cardinals.
 * {@link #parse(String)} returns -1 for anything it cannot read, including null.
 */
public final class NumberWords {

	/** A regular-expression fragment for one cardinal, to use case-insensitively. */
	public static final String PATTERN = "(?:(?:a|two|three|four|several)\\s+dozen|\\d{1,3}(?:,\\d{3})+|\\d+(?![\\d,.]*\\d*(?:st|nd|rd|th)\\b)"
			+ "|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
			+ "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
			+ "|seventeen|eighteen|nineteen)(?:\\s+(?:hundred|thousand))?|a\\s+hundred)";

	private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("a", 1),
			Map.entry("an", 1), Map.entry("another", 1), Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
			Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
			Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
			Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
			Map.entry("ninety", 90), Map.entry("several", 3));

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d{1,9}");

	private NumberWords() {
	}

	/** The value of one cardinal expression, or -1. */
	public static int parse(String expression) {
		if (expression == null || expression.isBlank()) {
			return -1;
		}
		String e = SPACES.matcher(expression.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
		if (DIGITS.matcher(e).matches()) {
			return Integer.parseInt(e.replace(",", ""));
		}
		int multiplier = 1;
		if (e.endsWith(" dozen") || e.equals("dozen")) {
			multiplier = 12;
			e = e.equals("dozen") ? "a" : e.substring(0, e.length() - " dozen".length());
		}
		else if (e.endsWith(" hundred")) {
			multiplier = 100;
			e = e.substring(0, e.length() - " hundred".length());
		}
		else if (e.endsWith(" thousand")) {
			multiplier = 1000;
			e = e.substring(0, e.length() - " thousand".length());
		}
		int value = 0;
		for (String part : e.split("-")) {
			Integer unit = UNITS.get(part);
			if (unit == null) {
				return -1;
			}
			value += unit;
		}
		return value * multiplier;
	}

}
