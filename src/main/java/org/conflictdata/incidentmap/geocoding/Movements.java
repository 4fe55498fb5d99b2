package org.conflictdata.incidentmap.geocoding;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictdata.incidentmap.geocoding.MentionReader.Reading;
import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * Verbs and nouns of movement around a place name, for {@link MentionReader}: movement
 * towards it makes it a destination ("troops were sent to Iraq"), and forcing someone out
 * of it places the event there ("security forces cleared protesters from the bridge"),
 * unlike a plain "from", which is an origin. Indexes before {@code floor} are never read;
 * an empty token list has no movement.
 */
final class Movements {

	private static final Set<String> MOTION_WORDS = Set.of("sent", "send", "sending", "flew", "fly", "flying", "flown",
			"deployed", "deploy", "deploying", "deployment", "travelled", "traveled", "travel", "travelling",
			"traveling", "went", "go", "going", "moved", "move", "moving", "returned", "return", "returning",
			"transferred", "transfer", "transferring", "shipped", "ship", "shipping", "headed", "heading", "dispatched",
			"dispatch", "trip", "trips", "visit", "visits", "route", "routes", "smuggled", "smuggling", "evacuated",
			"troops", "reinforcements", "exported", "delivered", "supplied", "fled", "flee", "fleeing", "flees",
			"escaped");

	/** Words that open a "the direction of" phrase, with what they make of the place. */
	private static final Map<String, Relation> DIRECTION_OPENERS = Map.of("from", Relation.ORIGIN, "in",
			Relation.DESTINATION, "towards", Relation.DESTINATION, "toward", Relation.DESTINATION);

	/** Verbs that force people out of the place named after "from". */
	private static final Set<String> ROAD_NOUNS = Set.of("road", "roads", "highway", "motorway", "expressway");

	private static final Set<String> CLEARING_VERBS = Set.of("clear", "cleared", "clearing", "clears", "evict",
			"evicted", "evicting", "expel", "expelled", "expelling", "disperse", "dispersed", "dispersing", "oust",
			"ousted", "ousting", "dislodge", "dislodged", "dislodging", "flush", "flushed", "flushing", "purge",
			"purged");

	private Movements() {
	}

	/**
	 * "troops were sent to Iraq" is a destination, "havoc to the US Embassy" is not: a
	 * verb or noun of movement must come shortly before the "to".
	 */
	static boolean motionBefore(List<Token> tokens, int to, int floor) {
		return wordBefore(tokens, to, floor, 4, MOTION_WORDS);
	}

	/**
	 * "fired from militant positions south of Fallujah": a "from" at most three words
	 * before word {@code start}, in the same clause and not after a clearing verb, makes
	 * what follows an origin.
	 */
	static boolean fromBefore(List<Token> tokens, int start, int floor) {
		for (int i = start - 1; i >= floor && i >= start - 4; i--) {
			if (tokens.get(i).lower().equals("from")) {
				return !clearedFrom(tokens, i, floor);
			}
			if (tokens.get(i + 1).breakBefore()) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "cleared protesters from the Zaitoun bridge", "expelled Islamic State fighters from
	 * Hajin": a clearing verb at most five words before the "from" at {@code from}, in
	 * the same clause.
	 */
	static boolean clearedFrom(List<Token> tokens, int from, int floor) {
		return wordBefore(tokens, from, floor, 5, CLEARING_VERBS);
	}

	/**
	 * How a way towards a place reads, for the word {@code p} before the name: "from/in
	 * the direction of X" (see {@link #directionOf}), and "a town on the road to X",
	 * somewhere towards X, near it but ranked below a place named as where something
	 * happened, and "close to the Kasnazan road", a road named after the town at words
	 * {@code p + 2..to}: the road runs from the town, so the text is only somewhere along
	 * it, ranked the same way. Null for any other wording.
	 */
	static Reading wayTowards(List<Token> tokens, int p, int floor, int to) {
		if (namesARoad(tokens, p, to)) {
			return new Reading(Relation.NEAR, p, null, null, false);
		}
		String word = tokens.get(p).lower();
		if (word.equals("direction")) {
			Relation relation = directionOf(tokens, p + 1, floor);
			return (relation != null) ? new Reading(relation, p - 2, null, null) : null;
		}
		boolean road = p - 1 >= floor && !tokens.get(p).breakBefore()
				&& Set.of("road", "highway").contains(tokens.get(p - 1).lower());
		return (word.equals("to") && road) ? new Reading(Relation.NEAR, p - 1, null, null, false) : null;
	}

	/**
	 * "the Kasnazan road", "the Tikrit highway": the words after "the" at {@code p + 1}
	 * up to {@code to} are a name that only qualifies the road noun straight after it, in
	 * one clause. "the road to Kirkuk" and "Kirkuk's roads" are not such names.
	 */
	static boolean namesARoad(List<Token> tokens, int p, int to) {
		if (p + 1 >= tokens.size() || to + 1 >= tokens.size() || !tokens.get(p + 1).lower().equals("the")
				|| tokens.get(to).possessive()) {
			return false;
		}
		for (int i = p + 1; i <= to; i++) {
			if (tokens.get(i).breakBefore()) {
				return false;
			}
		}
		if (!tokens.get(to + 1).breakBefore() && ROAD_NOUNS.contains(tokens.get(to + 1).lower())) {
			return true;
		}
		return joinedToOtherEnd(tokens, to);
	}

	/**
	 * "the Nasiriyah–Kut highway", "the Baghdad-Tuz Khurmatu road": the name at
	 * {@code to} is one end of a road between two towns when a dash with no space joins
	 * it to one or two capitalised words followed straight by a road noun.
	 */
	private static boolean joinedToOtherEnd(List<Token> tokens, int to) {
		Token next = tokens.get(to + 1);
		boolean dashed = tokens.get(to).hyphenAfter()
				|| (next.breakBefore() && next.start() - tokens.get(to).end() == 1);
		if (!dashed || !next.capitalised()) {
			return false;
		}
		for (int i = to + 2; i <= to + 3 && i < tokens.size() && !tokens.get(i).breakBefore(); i++) {
			if (ROAD_NOUNS.contains(tokens.get(i).lower())) {
				return true;
			}
			if (!tokens.get(i).capitalised()) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "advanced from the direction of Tuz Khurmatu" names where a force came from, "fled
	 * in the direction of Kirkuk" where it went: neither is where the event happened. The
	 * relation for an "of" at {@code of} closing such a phrase in one clause, or null
	 * when the words before it are not "from/in/towards the direction".
	 */
	static Relation directionOf(List<Token> tokens, int of, int floor) {
		if (of - 3 < floor || of >= tokens.size() || !tokens.get(of).lower().equals("of")
				|| !tokens.get(of - 1).lower().equals("direction") || !tokens.get(of - 2).lower().equals("the")) {
			return null;
		}
		for (int i = of - 2; i > of - 4; i--) {
			if (tokens.get(i).breakBefore()) {
				return null;
			}
		}
		return DIRECTION_OPENERS.get(tokens.get(of - 3).lower());
	}

	/**
	 * Whether one of {@code words} stands at most {@code reach} words before word
	 * {@code at}, in the same clause and not before {@code floor}.
	 */
	private static boolean wordBefore(List<Token> tokens, int at, int floor, int reach, Set<String> words) {
		for (int i = at - 1; i >= floor && i >= at - reach; i--) {
			if (words.contains(tokens.get(i).lower())) {
				return true;
			}
			if (tokens.get(i).breakBefore()) {
				return false;
			}
		}
		return false;
	}

}
