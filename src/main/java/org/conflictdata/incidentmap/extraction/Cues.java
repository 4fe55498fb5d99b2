package org.conflictdata.incidentmap.extraction;

import java.util.List;

/**
 * A cheap necessary condition for a pattern: words of which every match of the pattern
 * contains at least one, checked with {@code contains} on text folded by {@link #fold}
 * before the regular expression runs. Folding changes only ASCII capitals, exactly the
 * letters that {@code Pattern.CASE_INSENSITIVE} (without {@code UNICODE_CASE}) treats as
 * equal, and keeps every offset; cues are written in lower case. A pattern whose matches
 * all hold a word of one list and a word of another (a noun and a verb) may carry both
 * lists ({@link #and}): the text must then hold a word of each. An empty cue list never
 * rules a text out, so a pattern without cues behaves as if it had no prefilter.
 */
record Cues(List<String> words, List<String> alsoWords) {

	Cues {
		words = List.copyOf(words);
		alsoWords = List.copyOf(alsoWords);
	}

	static Cues of(String... words) {
		return new Cues(List.of(words), List.of());
	}

	/**
	 * These cues and a second list, of which every match also contains at least one word.
	 */
	Cues and(String... words) {
		return new Cues(this.words, List.of(words));
	}

	/** False only when no match of the pattern can occur in the folded text. */
	boolean mayMatch(String folded) {
		return containsAny(folded, this.words) && containsAny(folded, this.alsoWords);
	}

	/**
	 * Like {@link #mayMatch}, for a pattern with a word boundary right before its cue: a
	 * cue counts only where no ASCII letter, digit or underscore stands before it, which
	 * admits every position where the boundary holds. The second list is not consulted.
	 */
	boolean mayBeginWord(String folded) {
		if (this.words.isEmpty()) {
			return true;
		}
		for (String word : this.words) {
			for (int i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
				if (i == 0 || !isAsciiWordChar(folded.charAt(i - 1))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isAsciiWordChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
	}

	private static boolean containsAny(String folded, List<String> words) {
		if (words.isEmpty()) {
			return true;
		}
		for (String word : words) {
			if (folded.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** {@code text} with A–Z lowered to a–z and every other character as it was. */
	static String fold(String text) {
		char[] chars = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				if (chars == null) {
					chars = text.toCharArray();
				}
				chars[i] = (char) (c + ('a' - 'A'));
			}
		}
		return (chars != null) ? new String(chars) : text;
	}

}
