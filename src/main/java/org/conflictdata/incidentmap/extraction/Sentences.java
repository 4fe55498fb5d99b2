package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits normalised article text into sentences with their character offsets. A line
 * break always ends a sentence (news text puts one paragraph per line); inside a line a
 * sentence ends at {@code .}, {@code !} or {@code ?} (plus any closing quotes or
 * brackets) followed by a space and a capital, digit or quote, except after known
 * abbreviations ({@code Dec.}, {@code Lt. Gen.}, {@code Mr.}, {@code St.}, {@code No.},
 * {@code a.m.}) and initials ({@code Robert P. White}). {@code U.S.} ends a sentence only
 * when the next word is a typical sentence opener ("... attacked the U.S. The militia
 * ..."). A full stop glued to a capitalised word after a lowercase word
 * ({@code troops.Credit}) also ends a sentence, since web copy often loses that space.
 * Each sentence is trimmed; blank stretches produce nothing. Null or empty text gives an
 * empty list.
 */
public final class Sentences {

	/** One sentence and where it sits in the text. */
	public record Sentence(String text, int start, int end, int paragraph) {
	}

	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj",
			"capt", "cpt", "sgt", "cmdr", "cdr", "adm", "brig", "cpl", "pvt", "gov", "sen", "rep", "rev", "st", "mt",
			"ft", "no", "nos", "jr", "sr", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun",
			"jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "al", "fig", "vol", "p", "pp");

	/** Dotted abbreviations that may also end a sentence ("... the U.S. The ..."). */
	private static final Set<String> DOTTED_NAMES = Set.of("u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a");

	private static final Set<String> SENTENCE_OPENERS = Set.of("the", "this", "that", "these", "those", "it", "its",
			"he", "she", "they", "we", "i", "but", "and", "in", "on", "at", "a", "an", "there", "after", "when",
			"while", "meanwhile", "however", "earlier", "later", "his", "her", "their", "our");

	private Sentences() {
	}

	/** The sentences of {@code text}, in order. */
	public static List<Sentence> split(String text) {
		List<Sentence> out = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return out;
		}
		int paragraph = 0;
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			if (!text.substring(lineStart, lineEnd).isBlank()) {
				splitLine(text, lineStart, lineEnd, paragraph++, out);
			}
			lineStart = lineEnd + 1;
		}
		return out;
	}

	private static void splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
		int start = from;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c != '.' && c != '!' && c != '?') {
				continue;
			}
			int end = i + 1;
			while (end < to && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
				end++;
			}
			while (end < to && "\"')]".indexOf(text.charAt(end)) >= 0) {
				end++;
			}
			if (isBoundary(text, i, end, to)) {
				add(text, start, end, paragraph, out);
				start = end;
				i = end - 1;
			}
		}
		add(text, start, to, paragraph, out);
	}

	private static boolean isBoundary(String text, int mark, int end, int lineEnd) {
		if (end >= lineEnd) {
			return true;
		}
		char next = text.charAt(end);
		if (next != ' ') {
			return isGluedBoundary(text, mark, end, lineEnd);
		}
		int nextWordStart = end;
		while (nextWordStart < lineEnd && text.charAt(nextWordStart) == ' ') {
			nextWordStart++;
		}
		if (nextWordStart >= lineEnd) {
			return true;
		}
		char first = text.charAt(nextWordStart);
		if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '\''
				|| first == '(')) {
			return false;
		}
		if (text.charAt(mark) != '.') {
			return true;
		}
		String word = wordBefore(text, mark);
		String lower = word.toLowerCase(Locale.ROOT);
		if (DOTTED_NAMES.contains(lower)) {
			return SENTENCE_OPENERS.contains(nextWord(text, nextWordStart, lineEnd).toLowerCase(Locale.ROOT));
		}
		if (ABBREVIATIONS.contains(lower) || lower.equals("a.m") || lower.equals("p.m")) {
			// "at 6 a.m. Iraqi time" continues; "at 6 a.m. The" does not.
			return (lower.equals("a.m") || lower.equals("p.m"))
					&& SENTENCE_OPENERS.contains(nextWord(text, nextWordStart, lineEnd).toLowerCase(Locale.ROOT));
		}
		// An initial ("Robert P. White") or a dotted acronym ("D.C.") does not end a
		// sentence.
		if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
			return false;
		}
		return !(word.contains(".") && word.length() <= 5);
	}

	/**
	 * "troops.Credit": a lowercase word, a full stop, then a capitalised word, no space.
	 */
	private static boolean isGluedBoundary(String text, int mark, int end, int lineEnd) {
		if (text.charAt(mark) != '.' || end != mark + 1 || end + 1 >= lineEnd || mark < 2) {
			return false;
		}
		return Character.isUpperCase(text.charAt(end)) && Character.isLowerCase(text.charAt(end + 1))
				&& Character.isLowerCase(text.charAt(mark - 1)) && Character.isLowerCase(text.charAt(mark - 2))
				&& !isWebAddress(text, mark);
	}

	/** The word ending at {@code mark}, keeping inner dots ("U.S" for "U.S."). */
	private static String wordBefore(String text, int mark) {
		int i = mark;
		while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
			i--;
		}
		return text.substring(i, mark);
	}

	private static String nextWord(String text, int from, int lineEnd) {
		int i = from;
		while (i < lineEnd && Character.isLetter(text.charAt(i))) {
			i++;
		}
		return text.substring(from, i);
	}

	private static boolean isWebAddress(String text, int mark) {
		int i = mark;
		while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
			i--;
		}
		String token = text.substring(i, mark);
		return token.contains("/") || token.contains("@") || token.startsWith("www");
	}

	private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
		int s = start;
		int e = end;
		while (s < e && Character.isWhitespace(text.charAt(s))) {
			s++;
		}
		while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		if (s < e) {
			out.add(new Sentence(text.substring(s, e), s, e, paragraph));
		}
	}

}
