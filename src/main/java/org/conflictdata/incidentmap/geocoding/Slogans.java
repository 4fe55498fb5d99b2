package org.conflictdata.incidentmap.geocoding;

import java.util.List;
import java.util.Set;

import org.conflictdata.incidentmap.geocoding.PlaceMatcher.Hit;
import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * Place names that open a chant or a slogan: crowds "chanting 'Iran out'" or "waving
 * banners reading 'Kirkuk is Kurdish'" are somewhere else, wherever the sentence says. A
 * name right after a word of chanting or of a banner's text is dropped, and so is a name
 * a crowd rejects ("rejecting both America and Iran", "No to America, no to Iran", "down
 * with Israel"), with the names listed beside it; any other name, and an empty list, pass
 * unchanged.
 */
final class Slogans {

	private static final Set<String> CHANT_WORDS = Set.of("chanting", "chanted", "chant", "chants", "shouting",
			"shouted", "slogan", "slogans", "reading", "read", "chanting:", "chanted:");

	/** Words whose object a crowd turns against: "rejecting both America and Iran". */
	private static final Set<String> REJECTING_WORDS = Set.of("rejecting", "rejected", "reject", "rejects",
			"denouncing", "denounced");

	/** Two-word calls against what follows: "no to", "down with", "death to". */
	private static final Set<String> CALLS_AGAINST = Set.of("no to", "down with", "death to");

	/** Words a list of rejected names may hold: "both America and Iran". */
	private static final Set<String> LIST_WORDS = Set.of("both", "either", "neither", "and", "or", "nor");

	/** How many words back from a name the rejecting word may stand. */
	private static final int REJECTION_REACH = 6;

	private Slogans() {
	}

	/** {@code hits} without the names that open a chant or a slogan. */
	static List<Hit> withoutSlogans(List<Token> tokens, List<Hit> hits) {
		return hits.stream().filter((hit) -> !opensChant(tokens, hit.from()) && !rejected(tokens, hit.from())).toList();
	}

	private static boolean opensChant(List<Token> tokens, int from) {
		int before = from - 1;
		while (before >= 0 && tokens.get(before).isArticle() && before == from - 1) {
			before--;
		}
		return before >= 0 && CHANT_WORDS.contains(tokens.get(before).lower());
	}

	/**
	 * Whether the name at word {@code from} is what a crowd rejects: a rejecting word or
	 * call stands before it with only articles, list words and other capitalised names
	 * between.
	 */
	private static boolean rejected(List<Token> tokens, int from) {
		for (int i = from - 1; i >= 0 && i >= from - REJECTION_REACH; i--) {
			String word = tokens.get(i).lower();
			if (REJECTING_WORDS.contains(word)
					|| i > 0 && CALLS_AGAINST.contains(tokens.get(i - 1).lower() + " " + word)) {
				return true;
			}
			boolean listed = tokens.get(i).isArticle() || LIST_WORDS.contains(word) || tokens.get(i).capitalised();
			if (!listed) {
				return false;
			}
		}
		return false;
	}

}
