package org.conflictdata.incidentmap.extraction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A casualty figure: the chosen value and the range the sources span. A single exact
 * figure has {@code min == value == max}; "at least one" is {@code (1, 1, null)};
 * "several" is a vague figure with a range. A null {@code max} means open-ended.
 *
 * @param value the figure to report
 * @param min the lowest figure any source gives
 * @param max the highest figure any source gives, or null when open-ended
 */
public record Count(int value, int min, Integer max) {

	/**
	 * The first half of a range of figures, as a qualifier of the second: "between 50
	 * and", "from 20 to", "20 to", "two or" (of "two or three").
	 */
	static final String RANGE_START = "between\\s+" + NumberWords.PATTERN + "\\s+and|from\\s+" + NumberWords.PATTERN
			+ "\\s+to|" + NumberWords.PATTERN + "(?:\\s+to|\\s+or|\\s*[-–](?=\\s*\\d))";

	private static final Pattern RANGE_LOW = Pattern
		.compile("^(?:between\\s+|from\\s+)?(.+?)\\s*(?:\\band|\\bto|\\bor|[-–])$");

	public static Count exactly(int n) {
		return new Count(n, n, n);
	}

	/**
	 * The figure that covers both: the larger chosen value, and the union of the ranges.
	 */
	public Count merge(Count other) {
		if (other == null) {
			return this;
		}
		Integer hi = (this.max == null || other.max == null) ? null : Math.max(this.max, other.max);
		return new Count(Math.max(this.value, other.value), Math.min(this.min, other.min), hi);
	}

	public boolean isRange() {
		return this.max == null || this.min != this.max;
	}

	/**
	 * The killed figure of a report that counts its wounded but names no dead: none were
	 * killed ("a roadside bomb wounded three policemen" is 0 killed, 3 wounded), as an
	 * analyst codes it. A stated killed figure, or a report without any figure, is kept.
	 */
	public static Count killedBeside(Count killed, Count wounded) {
		return (killed == null && wounded != null && wounded.value() > 0) ? Count.exactly(0) : killed;
	}

	/**
	 * One quantity as the text words it, with its qualifier ("at least", "about", "up
	 * to"): a number, a number word or a vague amount ("several", "dozens"); null when it
	 * is not a number at all.
	 */
	static Count read(String qualifier, String amount) {
		String a = amount.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		Count vague = switch (a) {
			case "both" -> Count.exactly(2);
			case "several" -> new Count(3, 2, 9);
			case "a few" -> new Count(3, 2, 5);
			case "dozens" -> new Count(24, 24, null);
			case "scores" -> new Count(40, 40, null);
			case "hundreds" -> new Count(200, 200, null);
			case "thousands" -> new Count(2000, 2000, null);
			case "tens of thousands" -> new Count(20000, 20000, null);
			default -> null;
		};
		if (vague != null) {
			return vague;
		}
		// "a girl and her mother", "his brother": one relative.
		int n = (a.equals("his") || a.equals("her")) ? 1 : NumberWords.parse(a);
		if (n < 0) {
			return null;
		}
		String q = (qualifier == null) ? "" : qualifier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		Matcher range = RANGE_LOW.matcher(q);
		if (!q.isEmpty() && !q.equals("up to") && range.matches()) {
			int low = NumberWords.parse(range.group(1));
			if (low >= 0 && low < n) {
				return new Count(low, low, n);
			}
			return (low >= 0) ? Count.exactly(n) : null;
		}
		return switch (q) {
			case "at least" -> new Count(n, n, null);
			case "more than", "over" -> new Count(n + 1, n + 1, null);
			case "about", "around", "some", "approximately", "roughly", "an estimated" ->
				new Count(n, (int) Math.floor(n * 0.8), (int) Math.ceil(n * 1.2));
			case "nearly", "almost" -> new Count(n, (int) Math.floor(n * 0.8), n);
			case "up to", "as many as" -> new Count(n, Math.min(1, n), n);
			default -> Count.exactly(n);
		};
	}

}
