package org.conflictdata.incidentmap.article;

import java.util.Locale;

/**
 * English month names and their abbreviations as news text writes them ("December",
 * "Dec.", "Dec", "Sept.", "DECEMBER"), shared by the publication-date and event-date
 * readers. {@link #month(String)} returns 0 for anything that is not a month, including
 * null.
 */
public final class MonthNames {

	/**
	 * A regular-expression fragment matching one month name or abbreviation; use it with
	 * {@code CASE_INSENSITIVE}. Longer forms come first so that "September" is not read
	 * as "Sep".
	 */
	public static final String PATTERN = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
			+ "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![\\p{L}])";

	private static final String[] PREFIXES = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
			"nov", "dec" };

	private MonthNames() {
	}

	/** 1 to 12 for a month name or abbreviation, else 0. */
	public static int month(String token) {
		if (token == null) {
			return 0;
		}
		String t = token.trim().toLowerCase(Locale.ROOT);
		if (t.endsWith(".")) {
			t = t.substring(0, t.length() - 1);
		}
		if (t.length() < 3) {
			return 0;
		}
		for (int i = 0; i < PREFIXES.length; i++) {
			if (t.startsWith(PREFIXES[i]) && fullName(i).startsWith(t)) {
				return i + 1;
			}
		}
		return 0;
	}

	private static String fullName(int index) {
		return java.time.Month.of(index + 1).name().toLowerCase(Locale.ROOT);
	}

}
