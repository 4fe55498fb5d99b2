package org.conflictdata.incidentmap.geocoding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds place names so that spellings and transliterations of one name compare equal:
 * "Al-Qa'im", "al-Qaim", "al-Qaem" and "Qaim" all become {@code kaim}; "Albukamal",
 * "al-Bukamal" and "Al Bu Kamal" all become {@code bukamal} once the spaces are dropped
 * ({@link #key}).
 * <p>
 * What is folded, in order: case; diacritics (NFD, combining marks removed, so ā→a, ḩ→h,
 * ş→s; dotless ı and barred ł, which do not decompose, become i and l); apostrophes and
 * ayn/hamza marks (' ’ ‘ ʿ ʾ ` ´) are dropped inside words; a possessive 's is dropped
 * (Baghdad's→baghdad); hyphens, slashes and other punctuation separate words; dotted
 * initials become one word (U.S.→us); Arabic article words (al, el, ar, as, ad, an, at,
 * az, ash, ez, ...) are dropped, and so is an "al" glued to a word of seven or more
 * letters before a consonant (Albukamal→bukamal, but Aleppo stays), and so is the "al" of
 * the fused word "Albu" (Albu Kamal→bu kamal, as Al-Bu Kamal); then inside each word x→kh
 * (the Kurdish Latin spelling: Zaxo is Zakho), gh→g, dh→d, ph→f, q→k, c→k, e→i, o→u, y→i,
 * doubled letters are collapsed (ss→s, ee→i, ou→u) and a final h after a vowel is dropped
 * (Fallujah→falluja→faluja). The folding is lossy on purpose; it is only used to compare
 * names, never to display them. Null or blank input folds to the empty string.
 */
public final class PlaceNames {

	private static final Set<String> ARTICLES = Set.of("al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "ath",
			"adh", "ez", "es", "ed", "er", "ul", "ud", "ur", "un", "uz", "ush");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private PlaceNames() {
	}

	/**
	 * The folded words of a name, articles removed, joined by single spaces, e.g. "Ain
	 * al-Asad Air Base" → "ain asad air basi".
	 */
	public static String normalise(String name) {
		return String.join(" ", words(name));
	}

	/**
	 * The lookup key of a name: its folded words without spaces, so that "K-1", "K1" and
	 * "K 1" or "air base" and "airbase" meet, e.g. "K-1 Air Base" → "k1airbasi".
	 */
	public static String key(String name) {
		return String.join("", words(name));
	}

	/** The folded words of a name, articles removed; empty for null or blank input. */
	public static List<String> words(String name) {
		return words(name, true);
	}

	/**
	 * The key of a name folded without the spelling variants of {@link #spellingVariant}:
	 * only used to check that the variants join no two places that were apart.
	 */
	static String keyWithoutVariants(String name) {
		return String.join("", words(name, false));
	}

	private static List<String> words(String name, boolean variants) {
		List<String> words = new ArrayList<>();
		if (name == null || name.isBlank()) {
			return words;
		}
		String text = stripMarks(name);
		int n = text.length();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (isApostrophe(c)) {
				boolean possessive = i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
						&& (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)));
				if (possessive) {
					i++;
				}
			}
			else if (Character.isLetterOrDigit(c)) {
				word.append(Character.toLowerCase(c));
			}
			else if (c != '.' || !isInitialDot(text, i)) {
				add(words, word, variants);
			}
		}
		add(words, word, variants);
		return words;
	}

	private static void add(List<String> words, StringBuilder word, boolean variants) {
		if (!word.isEmpty()) {
			String lower = word.toString();
			if (!isArticle(lower)) {
				words.add(fold(lower, variants));
			}
			word.setLength(0);
		}
	}

	/**
	 * The first dot of "U.S." or "U.N.": it joins the initials instead of ending a word.
	 */
	private static boolean isInitialDot(String text, int i) {
		return i >= 1 && Character.isLetter(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2)))
				&& i + 2 < text.length() && Character.isLetter(text.charAt(i + 1)) && text.charAt(i + 2) == '.';
	}

	static boolean isApostrophe(char c) {
		return c == '\'' || c == '’' || c == '‘' || c == 'ʿ' || c == 'ʾ' || c == '`' || c == '´';
	}

	/**
	 * True for the Arabic definite article in its transliterated forms (al, el, ar, ...).
	 */
	public static boolean isArticle(String lowerCaseWord) {
		return ARTICLES.contains(lowerCaseWord);
	}

	/**
	 * Reads the cedilla letters as a Kurdish (and Turkish) reader says them: ş as sh and
	 * ç as ch, so that "Şingal" meets "Shingal" and "Çiya" meets "Chiya". Stripping the
	 * marks alone would make them s and c. Other text is returned unchanged.
	 */
	public static String kurdishReading(String text) {
		if (text == null || text.chars().allMatch((c) -> c < 0x80)) {
			return text;
		}
		return text.replace("ş", "sh").replace("Ş", "Sh").replace("ç", "ch").replace("Ç", "Ch");
	}

	/** Removes diacritics: decomposes the text and drops the combining marks. */
	public static String stripMarks(String text) {
		if (text.chars().allMatch((c) -> c < 0x80)) {
			return text;
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L');
	}

	/**
	 * Folds one lower-case word without diacritics (see the class comment for the rules);
	 * digits pass through.
	 */
	public static String fold(String word) {
		return fold(word, true);
	}

	private static String fold(String word, boolean variants) {
		String w = hasGluedArticle(word) ? word.substring(2) : word;
		if (variants) {
			w = spellingVariant(w);
		}
		if (w.equals("albu") || w.equals("ilbu")) {
			// "Albu Kamal" is "Al Bu Kamal" with the article fused to "Bu" (the tribal
			// "family of"), which the article rule cannot see in a four-letter word.
			w = "bu";
		}
		// Kurdish Latin script writes the kh sound as x (Zaxo, Xebat, Peshxabur), so x is
		// read as kh before the other rules.
		w = w.replace("x", "kh").replace("gh", "g").replace("dh", "d").replace("ph", "f");
		StringBuilder out = new StringBuilder(w.length());
		for (int i = 0; i < w.length(); i++) {
			char c = switch (w.charAt(i)) {
				case 'q', 'c' -> 'k';
				case 'e', 'y' -> 'i';
				case 'o' -> 'u';
				default -> w.charAt(i);
			};
			if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
				out.append(c);
			}
		}
		int last = out.length() - 1;
		if (out.length() > 3 && out.charAt(last) == 'h' && isVowel(out.charAt(last - 1))) {
			out.setLength(last);
		}
		return out.toString();
	}

	/**
	 * Spellings of one Arabic sound that English writers vary, brought to one form before
	 * the letter rules: the final -iyeh (or -ieh) of a nisba name is the -iya also
	 * written -iyah (Mahmudiyeh, Mahmudiya; Salamiyeh, Salamiyah). Turkish -iye
	 * (Mahmudiye) and a bare final -eh (Garmeh, Garma) stay, since other places are
	 * written so; ei and ai stay apart too, since folding them makes the general
	 * "Suleimani" the city "Sulaimani".
	 */
	private static String spellingVariant(String word) {
		if (word.endsWith("iyeh") || word.endsWith("ieh")) {
			return word.substring(0, word.length() - 2) + "a";
		}
		return word;
	}

	/**
	 * "Albukamal", "Alqaim": an article written as part of the word, before a consonant.
	 */
	private static boolean hasGluedArticle(String word) {
		return word.length() >= 7 && word.startsWith("al") && "aeiouy".indexOf(word.charAt(2)) < 0;
	}

	private static boolean isVowel(char c) {
		return c == 'a' || c == 'i' || c == 'u';
	}

}
