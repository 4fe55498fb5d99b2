package org.conflictdata.incidentmap.geocoding;

import java.util.List;

import org.conflictdata.incidentmap.geocoding.MentionReader.Reading;
import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * A sentence that opens with "From" and a place, then a colon, heads a report sent from
 * that place: "From al-Shatra, about 40 km north of Nasiriyah: angry young men set fire
 * to an office", "From Mosul: residents say the bridge was hit". What follows happened
 * there, so the place is where, not where someone came from. A "From" inside a sentence
 * ("fighters came from Mosul"), or one whose clause goes on without a colon ("From Syria,
 * the group sent fighters into Iraq"), stays an origin.
 */
final class ReportedFrom {

	/** How many characters may lie between the place and the colon. */
	private static final int COLON_WITHIN = 70;

	private ReportedFrom() {
	}

	/**
	 * The reading of a place that heads a report, or {@code reading} unchanged when the
	 * place is no such heading.
	 */
	static Reading read(String text, List<Token> tokens, int nameEnd, Reading reading) {
		if (reading.relation() != Relation.ORIGIN) {
			return reading;
		}
		int at = reading.phraseStart();
		Token from = tokens.get(at);
		boolean opensSentence = at == 0 || from.breakBefore();
		if (!from.lower().equals("from") || !from.capitalised() || !opensSentence) {
			return reading;
		}
		int end = tokens.get(nameEnd).end();
		int limit = Math.min(text.length(), end + COLON_WITHIN);
		for (int i = end; i < limit; i++) {
			char c = text.charAt(i);
			if (c == ':') {
				return new Reading(Relation.AT, at, null, null, true);
			}
			if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';') {
				return reading;
			}
		}
		return reading;
	}

}
