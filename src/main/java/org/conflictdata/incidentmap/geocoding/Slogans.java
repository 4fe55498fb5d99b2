package org.conflictdata.incidentmap.geocoding;

import java.util.List;
import java.util.Set;

import org.conflictdata.incidentmap.geocoding.PlaceMatcher.Hit;
import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * Place names that open a chant or a slogan: crowds "chanting 'Iran out'" or "waving
 * banners reading 'Kirkuk is Kurdish'" are somewhere else, wherever the sentence says. A
 * name right after a word of chanting or of a banner's text is dropped; any other name,
 * and an empty list, pass unchanged.
 */
final class Slogans {

	private static final Set<String> CHANT_WORDS = Set.of("chanting", "chanted", "chant", "chants", "shouting",
			"shouted", "slogan", "slogans", "reading", "read", "chanting:", "chanted:");

	private Slogans() {
	}

	/** {@code hits} without the names that open a chant or a slogan. */
	static List<Hit> withoutSlogans(List<Token> tokens, List<Hit> hits) {
		return hits.stream().filter((hit) -> !opensChant(tokens, hit.from())).toList();
	}

	private static boolean opensChant(List<Token> tokens, int from) {
		int before = from - 1;
		while (before >= 0 && tokens.get(before).isArticle() && before == from - 1) {
			before--;
		}
		return before >= 0 && CHANT_WORDS.contains(tokens.get(before).lower());
	}

}
