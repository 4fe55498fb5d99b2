package org.conflictdata.incidentmap.geocoding;

import java.util.List;

import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * Where the line holding a word starts, for reading a dateline. A sentence located with
 * its context follows that context after a blank line, and its dateline still opens it. A
 * dateline filed from two places ("WASHINGTON/BEIRUT, Feb. 8 —") names both as where
 * reporters are: the line is read from the last of the slashed names, so that each of
 * them opens it.
 */
final class Datelines {

	private Datelines() {
	}

	/** The first word of the line holding word {@code at}, as a dateline reads it. */
	static int lineStart(String text, List<Token> tokens, int at) {
		int i = at;
		while (i > 0 && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).indexOf('\n') < 0) {
			if (slashedCapitals(text, tokens, i - 1, i)) {
				// "WASHINGTON/BEIRUT": BEIRUT opens the dateline as much as WASHINGTON.
				return i;
			}
			i--;
		}
		return i;
	}

	/**
	 * Whether the name at words {@code from..to} opens its line and is followed by a
	 * slash and another name in capitals: "WASHINGTON" in "WASHINGTON/BEIRUT, Feb. 8".
	 */
	static boolean opensSlashedDateline(String text, List<Token> tokens, int from, int to) {
		return to + 1 < tokens.size() && lineStart(text, tokens, from) == from && isCapitals(tokens.get(from))
				&& slashedCapitals(text, tokens, to, to + 1);
	}

	/** Both words in capitals, written with only a slash between them. */
	private static boolean slashedCapitals(String text, List<Token> tokens, int a, int b) {
		String between = text.substring(tokens.get(a).end(), tokens.get(b).start()).strip();
		return between.equals("/") && isCapitals(tokens.get(a)) && isCapitals(tokens.get(b));
	}

	private static boolean isCapitals(Token token) {
		String word = token.text();
		return word.length() >= 2 && word.chars().anyMatch(Character::isLetter)
				&& word.equals(word.toUpperCase(java.util.Locale.ROOT));
	}

}
