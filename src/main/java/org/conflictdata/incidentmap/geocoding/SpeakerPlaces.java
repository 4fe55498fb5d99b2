package org.conflictdata.incidentmap.geocoding;

import java.util.List;
import java.util.Set;

import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * Tells a place where someone spoke from the place of the event a clause reports: "said
 * in Ankara", "told reporters in Baghdad", "a statement from Washington", "In Baghdad,
 * the ministry said ...". {@link MentionReader} reads such a name as
 * {@link Relation#SPEAKER}. Indexes outside the token list are never read; an empty list
 * has no speaker places.
 */
final class SpeakerPlaces {

	/** Verbs of speech that, right before "in"/"from"/"at", place the speaker. */
	private static final Set<String> SPEAKER_VERBS = Set.of("said", "says", "say", "told", "tells", "telling",
			"speaking", "spoke", "announced", "announces", "added", "stated", "declared", "briefed", "briefing");

	/**
	 * Words that may stand between such a verb and the preposition: "told reporters in",
	 * "said at a news conference in", "told AFP from".
	 */
	private static final Set<String> SPEAKER_FILLERS = Set.of("reporters", "journalists", "the", "a", "an", "press",
			"news", "conference", "briefing", "media", "afp", "reuters", "ap", "television", "tv", "interview",
			"statement", "at", "during", "on", "later", "today", "yesterday", "late", "earlier");

	/**
	 * "said in Ankara", "told reporters in Baghdad", "said at a news conference in
	 * Erbil", "a statement from Washington": the preposition at word {@code p} places
	 * whoever spoke, not the event the clause reports.
	 */
	static boolean isSpeakerPlace(List<Token> tokens, int p, int floor, String preposition) {
		if (!Set.of("in", "from", "at").contains(preposition)) {
			return false;
		}
		int i = p - 1;
		int fillers = 0;
		while (i >= floor && fillers < 5 && !tokens.get(i + 1).breakBefore()) {
			String word = tokens.get(i).lower();
			if (SPEAKER_VERBS.contains(word)) {
				return true;
			}
			if (word.equals("statement") && preposition.equals("from") && i == p - 1) {
				return true;
			}
			if (!SPEAKER_FILLERS.contains(word)) {
				return false;
			}
			fillers++;
			i--;
		}
		return false;
	}

	/**
	 * "In Baghdad, the interior ministry said ...": a place that opens the sentence and
	 * is followed, after a comma, by a short subject and a verb of speech.
	 */
	static boolean opensASpeakersClause(List<Token> tokens, int p, int to, String preposition) {
		boolean opens = p == 0 || tokens.get(p).breakBefore();
		if (!opens || !preposition.equals("in") || to + 1 >= tokens.size() || !tokens.get(to + 1).breakBefore()) {
			return false;
		}
		for (int i = to + 1; i < tokens.size() && i <= to + 6; i++) {
			if (i > to + 1 && tokens.get(i).breakBefore()) {
				return false;
			}
			if (SPEAKER_VERBS.contains(tokens.get(i).lower())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * People whose place of speaking a text gives ("a police officer in Kirkuk said").
	 */
	private static final Set<String> SOURCE_NOUNS = Set.of("officer", "officers", "official", "officials", "source",
			"sources", "spokesman", "spokeswoman", "spokesperson", "commander", "witness", "witnesses", "resident",
			"residents", "correspondent", "doctor", "medic", "journalist");

	/**
	 * "a police officer in Kirkuk said", "sources in Baghdad told": the place describes
	 * the person who spoke, and the verb of speech follows it directly.
	 */
	static boolean namesTheSpeaker(List<Token> tokens, int p, int to, String preposition) {
		if (!Set.of("in", "from").contains(preposition) || p < 1 || tokens.get(p).breakBefore()
				|| to + 1 >= tokens.size() || tokens.get(to + 1).breakBefore()) {
			return false;
		}
		return SOURCE_NOUNS.contains(tokens.get(p - 1).lower()) && SPEAKER_VERBS.contains(tokens.get(to + 1).lower());
	}

	/** Words between a place used as a modifier and the source it describes. */
	private static final Set<String> ROLE_FILLERS = Set.of("police", "security", "health", "army", "military",
			"provincial", "local", "municipal", "government", "hospital", "medical", "civil", "defence", "defense",
			"council", "tribal", "intelligence", "operations");

	/** Ranks and offices a place may modify as well as the sources above. */
	private static final Set<String> OFFICES = Set.of("colonel", "captain", "major", "lieutenant", "general",
			"brigadier", "sergeant", "governor", "mayor", "chief", "director", "councillor", "councilman", "lawmaker",
			"mp", "sheikh");

	/**
	 * "said a Kirkuk police officer", "a Mosul police colonel told AFP": the name at
	 * words {@code from..to} only describes who spoke, between an article and a source
	 * noun, with a verb of speech right after the noun or right before the article.
	 */
	static boolean modifiesTheSource(List<Token> tokens, int from, int to) {
		if (from < 1 || tokens.get(from).breakBefore()
				|| !Set.of("a", "an", "the", "one").contains(tokens.get(from - 1).lower())) {
			return false;
		}
		int i = to + 1;
		while (i < tokens.size() && i <= to + 2 && !tokens.get(i).breakBefore()
				&& ROLE_FILLERS.contains(tokens.get(i).lower())) {
			i++;
		}
		if (i >= tokens.size() || tokens.get(i).breakBefore()
				|| !(SOURCE_NOUNS.contains(tokens.get(i).lower()) || OFFICES.contains(tokens.get(i).lower()))) {
			return false;
		}
		boolean verbAfter = i + 1 < tokens.size() && !tokens.get(i + 1).breakBefore()
				&& SPEAKER_VERBS.contains(tokens.get(i + 1).lower());
		int article = from - 1;
		boolean verbBefore = article >= 1 && !tokens.get(article).breakBefore()
				&& (SPEAKER_VERBS.contains(tokens.get(article - 1).lower())
						|| tokens.get(article - 1).lower().equals("to"));
		return verbAfter || verbBefore;
	}

	private SpeakerPlaces() {
	}

}
