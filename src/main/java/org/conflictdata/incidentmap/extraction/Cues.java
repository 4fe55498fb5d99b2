package org.conflictdata.incidentmap.extraction;

import java.util.List;

/**
 * A cheap necessary condition for a pattern: words of which every match of the pattern
 * contains at least one, checked with {@code contains} on text folded by {@link #fold}
 * before the regular expression runs. Folding changes only ASCII capitals, exactly the
 * letters that {@code Pattern.CASE_INSENSITIVE} (without {@code UNICODE_CASE}) treats as
 * equal, and keeps every offset; cues are written in lower case. An empty cue list never
 * rules a text out, so a pattern without cues behaves as if it had no prefilter.
 */
record Cues(List<String> words) {

	Cues {
		words = List.copyOf(words);
	}

	static Cues of(String... words) {
		return new Cues(List.of(words));
	}

	/** False only when no match of the pattern can occur in the folded text. */
	boolean mayMatch(String folded) {
		if (this.words.isEmpty()) {
			return true;
		}
		for (String word : this.words) {
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
