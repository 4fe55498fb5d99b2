package org.conflictdata.incidentmap.geocoding;

import java.util.List;
import java.util.Set;

import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * A place named as the object of a defence or the aim of an advance: "Kurdish forces
 * defending Erbil", "troops advancing on Mosul", "closing in on Tikrit", "militants
 * threatening Baghdad", "the offensive to retake Raqqa", "a checkpoint on the road to
 * Kirkuk". The fighting is on the way there, not in it: a nearer place the sentence names
 * is where it happened, and the aim stands in only when nothing else is named.
 */
final class Objectives {

	/** A verb whose object is the place defended or threatened. */
	private static final Set<String> HELD_VERBS = Set.of("defending", "defend", "defends", "defended", "protecting",
			"threatening", "threaten", "threatens", "menacing", "encircling", "besieging", "surrounding");

	/** A movement that, followed by "on", "toward(s)" or "in on", aims at the place. */
	private static final Set<String> ADVANCE_WORDS = Set.of("advance", "advances", "advancing", "advanced", "march",
			"marching", "marched", "push", "pushing", "pushed", "drive", "converging", "converged", "closing", "closed",
			"bearing", "offensive", "offensives", "thrust");

	private static final Set<String> AIM_PREPOSITIONS = Set.of("on", "toward", "towards", "upon");

	/**
	 * "to retake Raqqa": only after "to", since "forces retook Raqqa" took place there.
	 */
	private static final Set<String> TAKING_VERBS = Set.of("retake", "recapture", "liberate", "capture", "seize",
			"take", "reclaim", "free", "storm", "besiege", "encircle");

	/** "the road to Kirkuk": a way named by where it leads. */
	private static final Set<String> WAY_NOUNS = Set.of("road", "highway", "route", "way", "motorway");

	/** Words between the aim and the name: "defending the city of Erbil". */
	private static final Set<String> SKIPPED = Set.of("city", "town", "of", "village", "capital");

	private Objectives() {
	}

	/**
	 * Whether the words before the place name at {@code from} (not reaching back past
	 * {@code floor}) make it the aim of a defence or an advance.
	 */
	static boolean aimedAt(List<Token> tokens, int from, int floor) {
		int low = Math.max(0, floor);
		int p = from - 1;
		while (p >= low && !tokens.get(p + 1).breakBefore()
				&& (tokens.get(p).isArticle() || SKIPPED.contains(tokens.get(p).lower()))) {
			p--;
		}
		if (p < low || tokens.get(p + 1).breakBefore()) {
			return false;
		}
		String before = tokens.get(p).lower();
		String earlier = (p - 1 >= low) ? tokens.get(p - 1).lower() : "";
		if (HELD_VERBS.contains(before)) {
			return true;
		}
		if (AIM_PREPOSITIONS.contains(before)) {
			String mover = "in".equals(earlier) && p - 2 >= low ? tokens.get(p - 2).lower() : earlier;
			return ADVANCE_WORDS.contains(mover);
		}
		if (TAKING_VERBS.contains(before)) {
			return "to".equals(earlier);
		}
		return "to".equals(before) && WAY_NOUNS.contains(earlier);
	}

}
