package org.conflictdata.incidentmap.geocoding;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause of a sentence that holds the words that made it an incident (its trigger):
 * "The strikes on Shingal came days after a drone hit a car near Makhmour" has the clause
 * "after a drone hit a car near Makhmour" for the trigger "drone hit". Clauses are cut at
 * semicolons, dashes between spaces and the conjunctions that join two events (after,
 * before, while, whereas, but, following, since, as well as); commas are not cuts, since
 * appositions ("Tarmiyah, just north of Baghdad") belong to their clause. A trigger that
 * is null, blank or not in the sentence has no clause.
 */
final class TriggerClauses {

	private static final Pattern CUT = Pattern.compile(
			";|\\s[–—-]\\s|\\b(?:after|before|while|whereas|but|following|since|as well as)\\b",
			Pattern.CASE_INSENSITIVE);

	private TriggerClauses() {
	}

	/**
	 * Where the trigger starts in the sentence, ignoring case; -1 when it is not there.
	 */
	static int indexOf(String sentence, String trigger) {
		if (sentence == null || trigger == null || trigger.isBlank()) {
			return -1;
		}
		return sentence.toLowerCase(Locale.ROOT).indexOf(trigger.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * The clause around offset {@code at}: from the last cut at or before it (the
	 * conjunction included) to the next cut after the trigger's first word.
	 */
	static String clauseAt(String sentence, int at) {
		int start = 0;
		int end = sentence.length();
		Matcher matcher = CUT.matcher(sentence);
		while (matcher.find()) {
			if (matcher.start() <= at) {
				start = matcher.start();
			}
			else {
				end = matcher.start();
				break;
			}
		}
		return sentence.substring(start, end).strip();
	}

}
