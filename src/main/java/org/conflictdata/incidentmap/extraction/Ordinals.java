package org.conflictdata.incidentmap.extraction;

import java.util.List;
import java.util.Locale;

/**
 * Reads the ordinal of a day of the month as news text writes it: digits with a suffix
 * ({@code 4th}, {@code 21st}) or words from {@code first} to {@code thirty-first}
 * ({@code twenty-first}, {@code twenty first}). {@link #parse(String)} returns -1 for
 * anything else, including null and ordinals past 31.
 */
final class Ordinals {

	private static final List<String> UNITS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
			"eighth", "ninth");

	private static final List<String> TEENS = List.of("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
			"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth");

	/** A regular-expression fragment for one ordinal word, to use case-insensitively. */
	static final String PATTERN = "(?:(?:twenty|thirty)[- ](?:" + String.join("|", UNITS) + ")|twentieth|thirtieth|"
			+ String.join("|", TEENS) + "|" + String.join("|", UNITS) + ")";

	private Ordinals() {
	}

	/** The value of one ordinal, 1 to 31, or -1. */
	static int parse(String ordinal) {
		if (ordinal == null || ordinal.isBlank()) {
			return -1;
		}
		String o = ordinal.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
		int value;
		if (o.matches("\\d{1,2}(?:st|nd|rd|th)")) {
			value = Integer.parseInt(o.replaceAll("\\D", ""));
		}
		else if (o.equals("twentieth") || o.equals("thirtieth")) {
			value = o.startsWith("twent") ? 20 : 30;
		}
		else if (o.startsWith("twenty-") || o.startsWith("thirty-")) {
			int unit = UNITS.indexOf(o.substring(o.indexOf('-') + 1));
			value = (unit < 0) ? -1 : (o.startsWith("twenty") ? 20 : 30) + unit + 1;
		}
		else if (TEENS.contains(o)) {
			value = 10 + TEENS.indexOf(o);
		}
		else {
			int unit = UNITS.indexOf(o);
			value = (unit < 0) ? -1 : unit + 1;
		}
		return (value >= 1 && value <= 31) ? value : -1;
	}

}
