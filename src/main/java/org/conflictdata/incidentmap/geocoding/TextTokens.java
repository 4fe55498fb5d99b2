package org.conflictdata.incidentmap.geocoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits running text into words that keep their offsets, so that a matched place name
 * can be quoted exactly as the article wrote it. Apostrophes inside a word are kept out
 * of it (Qa'im → Qaim), a trailing possessive 's is cut and remembered (Baghdad's →
 * Baghdad), dotted initials form one word (U.S. → US), and a word remembers whether a
 * clause break (. , ; : ! ? brackets, quotes, dashes with spaces) separates it from the
 * previous one. Null or empty text has no words.
 */
final class TextTokens {

	/**
	 * One word of the text.
	 *
	 * @param text the word as written, apostrophes removed
	 * @param lower lower case, diacritics removed
	 * @param folded {@link PlaceNames#fold folded}
	 * @param start offset of its first character in the text
	 * @param end offset after its last character (before any possessive 's)
	 * @param capitalised starts with an upper-case letter or a digit
	 * @param breakBefore a clause break separates it from the previous word
	 * @param hyphenAfter joined to the next word by a hyphen
	 * @param possessive followed by 's
	 */
	record Token(String text, String lower, String folded, int start, int end, boolean capitalised, boolean breakBefore,
			boolean hyphenAfter, boolean possessive) {

		boolean isArticle() {
			return PlaceNames.isArticle(this.lower);
		}

	}

	private TextTokens() {
	}

	static List<Token> of(String text) {
		List<Token> tokens = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return tokens;
		}
		int n = text.length();
		int i = 0;
		boolean pendingBreak = false;
		while (i < n) {
			char c = text.charAt(i);
			if (!Character.isLetterOrDigit(c) || isApostrophe(c)) {
				pendingBreak |= isClauseBreak(text, i);
				i++;
				continue;
			}
			int start = i;
			StringBuilder word = new StringBuilder();
			boolean possessive = false;
			while (i < n) {
				char ch = text.charAt(i);
				if (isApostrophe(ch)) {
					if (i + 1 >= n || !Character.isLetter(text.charAt(i + 1))) {
						break;
					}
					boolean endsWithS = Character.toLowerCase(text.charAt(i + 1)) == 's'
							&& (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)));
					if (endsWithS) {
						possessive = true;
						break;
					}
					i++;
				}
				else if (Character.isLetterOrDigit(ch) || Character.getType(ch) == Character.NON_SPACING_MARK) {
					word.append(ch);
					i++;
				}
				else if (ch == '.' && isDottedInitial(text, start, i)) {
					i++;
				}
				else {
					break;
				}
			}
			int end = i;
			if (possessive) {
				i += 2;
			}
			boolean hyphenAfter = i + 1 < n && isHyphen(text.charAt(i))
					&& Character.isLetterOrDigit(text.charAt(i + 1));
			String surface = word.toString();
			String lower = PlaceNames.stripMarks(PlaceNames.kurdishReading(surface)).toLowerCase(Locale.ROOT);
			boolean capitalised = Character.isUpperCase(surface.charAt(0)) || Character.isDigit(surface.charAt(0));
			tokens.add(new Token(surface, lower, PlaceNames.fold(lower), start, end, capitalised, pendingBreak,
					hyphenAfter, possessive));
			pendingBreak = false;
		}
		return tokens;
	}

	/** The text from the first to the last of the given words, as written. */
	static String quote(String text, List<Token> tokens, int from, int to) {
		return text.substring(tokens.get(from).start(), tokens.get(to).end());
	}

	private static boolean isClauseBreak(String text, int i) {
		char c = text.charAt(i);
		if (c == '-' || c == '–' || c == '—') {
			boolean spaced = (i > 0 && Character.isWhitespace(text.charAt(i - 1)))
					|| (i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)));
			return spaced || c != '-';
		}
		return ".,;:!?()[]{}\"“”«»|\n".indexOf(c) >= 0;
	}

	/** A dot that belongs to initials such as U.S. or U.N., not a sentence end. */
	private static boolean isDottedInitial(String text, int start, int dot) {
		boolean singleLetterBefore = dot - 1 >= start && Character.isUpperCase(text.charAt(dot - 1))
				&& (dot - 2 < start || text.charAt(dot - 2) == '.');
		boolean initialAfter = dot + 2 < text.length() && Character.isUpperCase(text.charAt(dot + 1))
				&& text.charAt(dot + 2) == '.';
		boolean closesInitials = dot - 2 >= start && text.charAt(dot - 2) == '.';
		return singleLetterBefore && (initialAfter || closesInitials);
	}

	private static boolean isApostrophe(char c) {
		return PlaceNames.isApostrophe(c);
	}

	private static boolean isHyphen(char c) {
		return c == '-' || c == '‐' || c == '‑';
	}

}
