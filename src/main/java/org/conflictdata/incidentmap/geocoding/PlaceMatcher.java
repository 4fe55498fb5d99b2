package org.conflictdata.incidentmap.geocoding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * Finds the gazetteer names written in a text: every run of up to
 * {@link Gazetteer#longestNameWords()} words inside one clause is folded into a
 * {@link PlaceNames#key key} and looked up, so a sentence costs a few hundred hash
 * lookups, never a scan of the gazetteer. Overlapping hits keep the longest ("Camp Taji"
 * over "Taji"). A name must start with a capital or a digit after any article ("al-Qaim"
 * yes, "rockets hit" no), and a one-word GeoNames-only hit is ignored when the word is a
 * common English word or stands first in its sentence, where English capitalises
 * anything, or when the word only opens Arabic names ("Tal", "Ain"). Null or empty text
 * has no hits.
 */
final class PlaceMatcher {

	/**
	 * One place name found in the text.
	 *
	 * @param from index of its first word
	 * @param to index of its last word
	 * @param candidates places with that name, in gazetteer order
	 * @param contextual true when only a generic name matched ("the US embassy"), which
	 * counts only if the text also names a place around it
	 */
	record Hit(int from, int to, List<Place> candidates, boolean contextual) {

		int length() {
			return this.to - this.from + 1;
		}

		boolean overlaps(Hit other) {
			return this.from <= other.to && other.from <= this.to;
		}

	}

	private static final Set<String> ENGLISH_WORDS = Set.of("the", "of", "and", "in", "on", "at", "to", "for", "by",
			"with", "from", "as", "is", "was", "but", "not", "this", "that", "he", "she", "it", "we", "they", "his",
			"her", "their", "our", "its", "you", "i", "a", "an", "or", "if", "so", "no", "yes", "all", "one", "two",
			"new", "more", "most", "some", "any", "after", "before", "over", "under", "up", "down", "out", "off",
			"then", "now", "read", "like", "save", "share", "click", "home", "also", "still", "only", "just", "even",
			"may", "can", "will", "would", "should", "could", "mark", "gen", "general", "president", "state", "city",
			"town", "army", "force", "forces", "news", "press", "time", "times", "post", "mr", "mrs", "ms", "dr", "sir",
			"saint", "sun", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "january",
			"february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
			"bush", "trump", "obama", "biden", "america", "american", "western", "eastern", "northern", "southern",
			"central", "ali", "hussein", "hassan", "karim", "said", "kazem", "mohsen", "abu", "bin", "ibn", "umm",
			"sheikh", "imam", "islamic", "muslim", "sunni", "shia", "shiite", "kurdish", "arab", "british", "french",
			"russian", "chinese", "fatah", "hamas");

	/**
	 * Town names that are also common English words, written capitalised in headlines.
	 */
	private static final Set<String> HOMONYMS = Set.of("hit", "tower", "ana", "bala", "derik", "kale");

	/**
	 * News agencies written in capitals that fold like places: "SANA said" is Syria's
	 * state agency, not Sana'a; "FARS reported" the Iranian agency, not Fars province.
	 */
	private static final Set<String> AGENCY_ACRONYMS = Set.of("sana", "fars", "ina", "nina", "irna", "isna", "mehr");

	/** Words that open Arabic place names and are not names by themselves. */
	private static final Set<String> NAME_PREFIXES = Set.of("albu", "abu", "umm", "um", "tal", "tall", "tell", "ain",
			"ein", "ayn", "ras", "bir", "khan", "deir", "jurf", "qasr", "beit", "bayt", "kafr", "wadi", "jabal",
			"jebel", "sheikh", "shaykh", "bani", "beni", "hay", "hayy");

	/**
	 * Nouns that end the name of a structure ("the Qara Qozak bridge"): a lone town word
	 * before another capitalised word and one of these opens a longer name the gazetteer
	 * lacks, not the town.
	 */
	private static final Set<String> STRUCTURE_NOUNS = Set.of("bridge", "dam", "crossing", "road", "highway",
			"roundabout", "square", "hospital", "mosque", "market", "school", "stadium", "tunnel", "canal", "field",
			"oilfield", "plant", "refinery", "factory", "camp", "base", "airport", "prison");

	/**
	 * Prepositions and conjunctions that a sentence may open with, capitalised, before a
	 * place name with an article: not the given name of a person.
	 */
	private static final Set<String> OPENING_WORDS = Set.of("in", "near", "at", "from", "outside", "around", "inside",
			"across", "along", "between", "beyond", "throughout", "toward", "towards", "into", "on", "and", "but",
			"while", "since", "after", "before", "by", "for", "to", "of", "as", "with", "within", "south", "north",
			"east", "west");

	private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "of", "at", "from", "to", "outside",
			"around", "into", "toward", "towards", "inside");

	private final Gazetteer gazetteer;

	PlaceMatcher(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	List<Hit> find(List<Token> tokens) {
		List<Hit> hits = new ArrayList<>();
		int maxWords = this.gazetteer.longestNameWords();
		for (int i = 0; i < tokens.size(); i++) {
			if (!canStart(tokens, i)) {
				continue;
			}
			StringBuilder key = new StringBuilder();
			int firstWord = -1;
			for (int j = i; j < tokens.size() && j < i + maxWords; j++) {
				Token token = tokens.get(j);
				if (j > i && token.breakBefore()) {
					break;
				}
				if (token.isArticle() && j + 1 < tokens.size()) {
					continue;
				}
				if (firstWord < 0) {
					firstWord = j;
					if (!token.capitalised()) {
						break;
					}
				}
				key.append(token.folded());
				lookUp(tokens, i, j, firstWord, key.toString(), hits);
			}
		}
		return Slogans.withoutSlogans(tokens, LandmarkNames.withoutLabels(tokens, keepLongest(hits)));
	}

	private void lookUp(List<Token> tokens, int from, int to, int firstWord, String key, List<Hit> hits) {
		List<Place> places = this.gazetteer.byKey(key);
		if (!places.isEmpty()) {
			boolean singleWord = from == to || firstWord == to;
			boolean doubtful = singleWord ? isDoubtfulSingleWord(tokens, firstWord, places)
					: isDoubtfulPhrase(tokens, firstWord, to, places);
			if (!doubtful) {
				hits.add(new Hit(from, to, places, false));
			}
			return;
		}
		List<Place> generic = this.gazetteer.byContextKey(key);
		if (!generic.isEmpty()) {
			hits.add(new Hit(from, to, generic, true));
		}
	}

	/**
	 * Folding joins words, so "To be" or "Or do" can spell a GeoNames town: such towns
	 * must be written as names (every word capitalised, none a lone letter), and no name
	 * is made of lone letters alone ("C-S-A").
	 */
	private static boolean isDoubtfulPhrase(List<Token> tokens, int from, int to, List<Place> places) {
		boolean loneLetters = true;
		boolean writtenAsName = true;
		for (int i = from; i <= to; i++) {
			Token token = tokens.get(i);
			loneLetters &= token.text().length() == 1 && !Character.isDigit(token.text().charAt(0));
			writtenAsName &= token.isArticle() || (token.capitalised() && token.text().length() > 1);
		}
		return loneLetters || (!writtenAsName && onlyGeoNames(places)) || startsWithEnglishThe(tokens, from, places);
	}

	/**
	 * "The car" folds like "Thi Qar": a phrase opened by the English article counts only
	 * for a place that is itself written with it ("the Golan").
	 */
	private static boolean startsWithEnglishThe(List<Token> tokens, int from, List<Place> places) {
		if (!tokens.get(from).lower().equals("the")) {
			return false;
		}
		return places.stream()
			.flatMap((place) -> Stream.concat(Stream.of(place.name()), place.aliases().stream()))
			.noneMatch((name) -> name.regionMatches(true, 0, "the ", 0, 4));
	}

	private static boolean onlyGeoNames(List<Place> places) {
		return places.stream().allMatch((place) -> place.id().startsWith("geonames:"));
	}

	private static boolean isDoubtfulSingleWord(List<Token> tokens, int index, List<Place> places) {
		Token token = tokens.get(index);
		if (ENGLISH_WORDS.contains(token.lower()) || token.text().length() < 2) {
			return true;
		}
		if (index > 0 && !token.breakBefore() && NAME_PREFIXES.contains(tokens.get(index - 1).lower())) {
			// "Albu Karma", "Tal Afar", "Umm Qasr": the word is the second half of
			// another name.
			return true;
		}
		if (NAME_PREFIXES.contains(token.lower()) && onlyGeoNames(places)) {
			// "near the village of Tal Shayer": "Tal" (hill), "Ain" (spring) and the like
			// open names the gazetteer lacks; alone they fold like GeoNames towns such
			// as At Tall.
			return true;
		}
		if (AGENCY_ACRONYMS.contains(token.lower()) && token.text().equals(token.text().toUpperCase(Locale.ROOT))) {
			return true;
		}
		if (HOMONYMS.contains(token.lower())) {
			// "Hit" the town, not "rockets Hit": only after a preposition that places it.
			return index == 0 || !PLACE_PREPOSITIONS.contains(tokens.get(index - 1).lower());
		}
		if (!onlyGeoNames(places)) {
			return false;
		}
		boolean acronym = token.text().length() > 1 && token.text().equals(token.text().toUpperCase(Locale.ROOT));
		boolean sentenceStart = index == 0 || token.breakBefore();
		// "Mark T. Esper": a capitalised word before a lone word makes it a person's
		// name.
		boolean afterName = !sentenceStart && tokens.get(index - 1).capitalised() && !tokens.get(index - 1).isArticle();
		return sentenceStart || afterName || surnameAfterArticle(tokens, index) || acronym || token.lower().length() < 3
				|| opensLongerName(tokens, index);
	}

	/**
	 * "Prime Minister Haider al-Abadi": a given name before an Arabic article makes the
	 * word after it a family name, not the GeoNames town it folds like. A name prefix
	 * before the article ("Tal al-Abyad") opens a place name instead, and so does a
	 * preposition or conjunction capitalised only because it opens the sentence ("From
	 * al-Shatra, 40 km north of Nasiriyah", "In as-Suwayra").
	 */
	private static boolean surnameAfterArticle(List<Token> tokens, int index) {
		if (index < 2 || tokens.get(index).breakBefore() || tokens.get(index - 1).breakBefore()
				|| !tokens.get(index - 1).isArticle()) {
			return false;
		}
		Token given = tokens.get(index - 2);
		return given.capitalised() && !given.isArticle() && !NAME_PREFIXES.contains(given.lower())
				&& !OPENING_WORDS.contains(given.lower());
	}

	/**
	 * "near the Qara Qozak bridge", "around the Bab al-Tob market": the word is the first
	 * of a structure's name, since a second capitalised word (after a hyphenated article)
	 * and a structure noun follow it in the same clause.
	 */
	private static boolean opensLongerName(List<Token> tokens, int index) {
		int next = index + 1;
		if (next < tokens.size() && tokens.get(next).isArticle() && tokens.get(next).hyphenAfter()) {
			next++;
		}
		if (next + 1 >= tokens.size()) {
			return false;
		}
		for (int i = index + 1; i <= next + 1; i++) {
			if (tokens.get(i).breakBefore()) {
				return false;
			}
		}
		Token word = tokens.get(next);
		return word.capitalised() && !word.isArticle() && STRUCTURE_NOUNS.contains(tokens.get(next + 1).lower());
	}

	/**
	 * An article may open a name only as "al"/"el" or when hyphenated ("as-Sakhar"), so
	 * that "at Baghdad" is read as a preposition, not as part of the name.
	 */
	private static boolean canStart(List<Token> tokens, int i) {
		Token token = tokens.get(i);
		if (!token.isArticle()) {
			return token.capitalised();
		}
		boolean arabicArticle = token.lower().equals("al") || token.lower().equals("el") || token.hyphenAfter();
		return arabicArticle && i + 1 < tokens.size();
	}

	private static List<Hit> keepLongest(List<Hit> hits) {
		List<Hit> byLength = new ArrayList<>(hits);
		byLength.sort(Comparator.comparingInt(Hit::length)
			.reversed()
			.thenComparing(Hit::contextual)
			.thenComparingInt(Hit::from));
		List<Hit> kept = new ArrayList<>();
		for (Hit hit : byLength) {
			if (kept.stream().noneMatch(hit::overlaps)) {
				kept.add(hit);
			}
		}
		kept.sort(Comparator.comparingInt(Hit::from));
		return kept;
	}

}
