package org.conflictdata.incidentmap.article;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw article text into the canonical form the pipeline stores and extracts from:
 * line breaks become LF, odd spaces become plain spaces, zero-width characters vanish,
 * curly quotes become straight ones, dashes become {@code -} (inside a number range or a
 * compound) or {@code " - "} (as punctuation), and the ellipsis becomes three dots. Text
 * that has visibly lost its apostrophes and dashes (a copy through a lossy encoder) is
 * repaired only where the repair is safe: contractions ({@code cant}), possessives of
 * names the article also uses bare ({@code Irans} next to {@code Iran}), a dateline glued
 * to the first word ({@code JERUSALEMIf}) and a known word glued to a function word
 * ({@code Statea fact}). Normalisation is applied before an article is stored, so every
 * character offset downstream refers to the normalised text, never to the raw input. A
 * null input gives the empty string.
 */
public final class TextNormalizer {

	private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");

	private static final Pattern ODD_SPACE = Pattern
		.compile("[\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\t\\f\\u000B]");

	private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u02BC]");

	private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]");

	/**
	 * An en dash, em dash, horizontal bar or minus sign with whatever spaces surround it.
	 */
	private static final Pattern DASH = Pattern.compile("( *)([\\u2012\\u2013\\u2014\\u2015\\u2212])( *)");

	private static final Pattern TRAILING_SPACE = Pattern.compile(" +(?=\\n|$)");

	private static final Pattern CONTRACTION = Pattern.compile(
			"\\b(can|don|doesn|didn|isn|wasn|aren|weren|couldn|wouldn|shouldn|hasn|haven|hadn|mustn)t\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CAPITALISED_S = Pattern.compile("(?<![\\p{L}'-])(\\p{Lu}\\p{Ll}+)s(?![\\p{L}'-])");

	private static final Pattern GLUED_DATELINE = Pattern.compile("(?m)^(\\p{Lu}{4,})(\\p{Lu}\\p{Ll}+)\\b");

	private static final Pattern GLUED_FUNCTION_WORD = Pattern
		.compile("(?<![\\p{L}'-])(\\p{Lu}\\p{Ll}{2,}?)(a|an|and|but|the|which|who|while|or|that|not)(?![\\p{L}'-])");

	/**
	 * Capitalised plurals that must never become possessives: demonyms and group nouns
	 * whose singular the article may also use ("the Americans" next to "American").
	 */
	private static final Pattern PLURAL_LIKE_BASE = Pattern.compile(
			".*(ian|can|ean|ghan|ese|ite|ist|er|ni|di|qi|li|ti|ri|hi)$|kurd|arab|turk|jew|shia|muslim|marine|democrat"
					+ "|state|force|unit|nation|affair|guard|brigade|battalion|division|regiment|ranger|seal|christian");

	private TextNormalizer() {
	}

	/**
	 * A paragraph opening with a place in capitals glued to the first word of the story
	 * ("NAJAFThe coffins", "AL-QAIMThe convoy"), which copy that lost its punctuation
	 * shows; a heading (a short line) is left alone.
	 */
	private static final Pattern GLUED_LEAD_DATELINE = Pattern
		.compile("(?m)^((?:\\p{Lu}{2,}[ -]){0,2}\\p{Lu}{3,})(?=\\p{Lu}\\p{Ll}+\\s[^\\n]{80})");

	/**
	 * The canonical form of {@code raw}; see the class comment. Never null.
	 */
	public static String normalize(String raw) {
		if (raw == null || raw.isEmpty()) {
			return "";
		}
		boolean apostrophesLost = raw.length() > 400 && raw.indexOf('\'') < 0 && raw.indexOf('\u2019') < 0
				&& raw.indexOf('\u02BC') < 0;
		boolean dashesLost = raw.length() > 400 && DASH.matcher(raw).results().findAny().isEmpty()
				&& !raw.contains(" - ") && !raw.contains("--");
		String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
		text = ZERO_WIDTH.matcher(text).replaceAll("");
		text = ODD_SPACE.matcher(text).replaceAll(" ");
		text = SINGLE_QUOTES.matcher(text).replaceAll("'");
		text = DOUBLE_QUOTES.matcher(text).replaceAll("\"");
		text = text.replace("\u2026", "...");
		text = replaceDashes(text);
		if (apostrophesLost) {
			text = restoreApostrophes(text);
		}
		if (dashesLost) {
			text = restoreDashes(text);
		}
		// "NAJAFThe coffins came ...": a dateline whose dash was lost with the
		// punctuation.
		text = GLUED_LEAD_DATELINE.matcher(text).replaceAll("$1 - ");
		return TRAILING_SPACE.matcher(text).replaceAll("");
	}

	/**
	 * A dash between digits ("2019–2020") or between two capitalised words with no spaces
	 * ("Iraq–Syria border") is a hyphen; any other dash is punctuation and gets one space
	 * on each side, so that "State—a fact" reads "State - a fact".
	 */
	private static String replaceDashes(String text) {
		Matcher m = DASH.matcher(text);
		StringBuilder out = new StringBuilder(text.length() + 16);
		while (m.find()) {
			boolean spaced = !m.group(1).isEmpty() || !m.group(3).isEmpty();
			char before = (m.start() > 0) ? text.charAt(m.start() - 1) : '\n';
			char after = (m.end() < text.length()) ? text.charAt(m.end()) : '\n';
			boolean numeric = Character.isDigit(before) && Character.isDigit(after);
			boolean compound = m.group(2).charAt(0) != '\u2014' && Character.isUpperCase(after)
					&& Character.isLetter(before) && isCapitalisedWordBefore(text, m.start());
			String replacement;
			if (!spaced && (numeric || compound)) {
				replacement = "-";
			}
			else if (before == '\n' || m.start() == 0) {
				replacement = "- ";
			}
			else if (after == '\n' || m.end() == text.length()) {
				replacement = " -";
			}
			else {
				replacement = " - ";
			}
			m.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static boolean isCapitalisedWordBefore(String text, int end) {
		int i = end;
		while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
			i--;
		}
		return i < end && Character.isUpperCase(text.charAt(i));
	}

	private static String restoreApostrophes(String text) {
		Matcher c = CONTRACTION.matcher(text);
		text = c.replaceAll((r) -> Matcher.quoteReplacement(r.group(1) + "'t"));
		Set<String> bareNames = bareCapitalisedWords(text);
		Matcher m = CAPITALISED_S.matcher(text);
		StringBuilder out = new StringBuilder(text.length() + 32);
		while (m.find()) {
			String base = m.group(1);
			boolean possessive = bareNames.contains(base) && base.length() >= 3
					&& !PLURAL_LIKE_BASE.matcher(base.toLowerCase(Locale.ROOT)).matches()
					&& !followsCapitalisedWord(text, m.start()) && startsWordAfter(text, m.end());
			m.appendReplacement(out, Matcher.quoteReplacement(possessive ? base + "'s" : m.group()));
		}
		m.appendTail(out);
		return out.toString();
	}

	/**
	 * Capitalised words the text uses mid-sentence without a trailing s; only these can
	 * be names whose possessive lost its apostrophe ("It" only ever starts sentences, so
	 * "Its" stays).
	 */
	private static Set<String> bareCapitalisedWords(String text) {
		Set<String> names = new HashSet<>();
		Matcher m = Pattern.compile("(?<=[\\p{Ll},;] )(\\p{Lu}\\p{Ll}+)(?![\\p{L}'-])").matcher(text);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	/** "United States", "Mobilization Forces": the s-word ends a multi-word name. */
	private static boolean followsCapitalisedWord(String text, int start) {
		int i = start - 1;
		if (i < 0 || text.charAt(i) != ' ') {
			return false;
		}
		int end = i;
		while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
			i--;
		}
		if (i == end || !Character.isUpperCase(text.charAt(i))) {
			return false;
		}
		// A capitalised word that starts the sentence is just capitalised, not a name.
		int j = i - 1;
		while (j >= 0 && text.charAt(j) == ' ') {
			j--;
		}
		return j >= 0 && ".!?\n\"".indexOf(text.charAt(j)) < 0;
	}

	/** A possessive is followed by the noun it qualifies. */
	private static boolean startsWordAfter(String text, int end) {
		return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLetter(text.charAt(end + 1));
	}

	private static String restoreDashes(String text) {
		text = GLUED_DATELINE.matcher(text).replaceAll("$1 - $2");
		Set<String> words = bareCapitalisedWords(text);
		Matcher m = GLUED_FUNCTION_WORD.matcher(text);
		StringBuilder out = new StringBuilder(text.length() + 16);
		while (m.find()) {
			String head = m.group(1);
			// A real word of this shape ("Indiana") recurs; a lost dash happens once.
			boolean glued = words.contains(head) && text.indexOf(m.group(), m.end()) < 0
					&& text.lastIndexOf(m.group(), m.start() - 1) < 0;
			m.appendReplacement(out, Matcher.quoteReplacement(glued ? head + " - " + m.group(2) : m.group()));
		}
		m.appendTail(out);
		return out.toString();
	}

}
