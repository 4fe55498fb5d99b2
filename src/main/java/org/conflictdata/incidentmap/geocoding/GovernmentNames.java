package org.conflictdata.incidentmap.geocoding;

import java.util.List;
import java.util.Set;

import org.conflictdata.incidentmap.geocoding.PlaceMatcher.Hit;
import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * Tells a place name that stands for a government from one that places an event: "Ankara
 * denied any role", "and Washington said", "prompting Baghdad to recall its envoy",
 * "demanding that Ankara do more". News text uses a capital (or a country) as the subject
 * of a verb of speech, of diplomacy or of a modal; the clause then says what a government
 * did, never where the reported incident happened. {@link MentionReader} reads such a
 * name as an actor. Indexes outside the token list are never read; a name at the end of
 * the text is never a government.
 */
final class GovernmentNames {

	/** Verbs whose subject is a speaker or a government: "Ankara denied ...". */
	private static final Set<String> SPEECH_VERBS = Set.of("says", "said", "say", "denies", "denied", "accuses",
			"accused", "blames", "blamed", "claims", "claimed", "insists", "insisted", "maintains", "maintained",
			"warns", "warned", "argues", "argued", "condemned", "condemns", "rejected", "rejects", "vowed", "vows",
			"recalled", "summoned", "protested", "responded", "retaliated", "threatened", "demanded", "urged");

	/** Words that open a new clause inside a sentence: "..., and Ankara denied". */
	private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "while", "whereas", "although", "though",
			"as", "after", "when", "since", "because", "yet", "so");

	/** Verbs that make the next name the doer of the infinitive: "prompting Kabul to". */
	private static final Set<String> CAUSATIVES = Set.of("prompting", "prompted", "forcing", "forced", "leading", "led",
			"pushing", "pushed", "urging", "urged", "asking", "asked", "pressing", "pressed", "calling", "called", "on",
			"for", "causing");

	/** Acts of a government after "to": "prompting Islamabad to recall its envoy". */
	private static final Set<String> GOVERNMENT_ACTS = Set.of("recall", "summon", "expel", "deny", "condemn", "protest",
			"retaliate", "respond", "reject", "suspend", "sever", "cut", "close", "lodge", "demand", "issue", "warn",
			"threaten", "announce", "declare");

	private static final Set<String> MODALS = Set.of("do", "does", "did", "should", "must", "would", "will", "could",
			"can", "shall", "might");

	private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "was", "is");

	/** Prepositions that place what follows rather than make it a subject. */
	private static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("in", "at", "inside", "within", "into", "on",
			"through", "along", "throughout", "across", "over", "against");

	/**
	 * True when the name at words {@code from..to} is the subject of a verb of speech at
	 * the start of a clause ("Ankara says", "..., and Ankara denied"), the doer of a
	 * government's act after a causative ("prompting Islamabad to recall"), or, for a
	 * country or city, the subject of a modal ("demanding that Ankara do more").
	 */
	static boolean standsForGovernment(List<Token> tokens, int from, int to, int floor, Place place) {
		if (to + 1 >= tokens.size() || tokens.get(to + 1).breakBefore()) {
			return false;
		}
		String next = tokens.get(to + 1).lower();
		boolean clauseStart = tokens.get(from).breakBefore() || from <= floor;
		String before = clauseStart ? "" : tokens.get(from - 1).lower();
		boolean opensClause = clauseStart || CLAUSE_OPENERS.contains(before);
		if (opensClause && SPEECH_VERBS.contains(next)) {
			return true;
		}
		if (next.equals("to") && to + 2 < tokens.size() && !tokens.get(to + 2).breakBefore()
				&& GOVERNMENT_ACTS.contains(tokens.get(to + 2).lower()) && CAUSATIVES.contains(before)) {
			return true;
		}
		boolean government = place.kind() == PlaceKind.COUNTRY || place.kind() == PlaceKind.CITY;
		if (government && next.equals("itself") && !LOCATIVE_PREPOSITIONS.contains(before) && to + 2 < tokens.size()
				&& !tokens.get(to + 2).breakBefore()) {
			// "the first time Iran itself had claimed a strike": the state as doer; "in
			// Iraq itself" still places.
			String verb = tokens.get(to + 2).lower();
			return SPEECH_VERBS.contains(verb) || AUXILIARIES.contains(verb) || MODALS.contains(verb);
		}
		return government && MODALS.contains(next) && !LOCATIVE_PREPOSITIONS.contains(before);
	}

	/** Bodies a place name can head: "the Dohuk health directorate". */
	private static final Set<String> INSTITUTIONS = Set.of("directorate", "ministry", "authorities", "authority",
			"council", "administration", "government", "command", "agency", "department", "officials", "presidency",
			"parliament", "court");

	/** Words that may stand between the name and the body: "Dohuk health directorate". */
	private static final Set<String> INSTITUTION_MODIFIERS = Set.of("health", "security", "interior", "foreign",
			"defence", "defense", "provincial", "regional", "police", "municipal", "local", "operations", "media",
			"education", "civil", "general");

	/**
	 * Words before the name that make the body the target: "shells hit the Dohuk
	 * council".
	 */
	private static final Set<String> TARGETING_WORDS = Set.of("struck", "strike", "hit", "hitting", "targeted",
			"targeting", "attacked", "attack", "attacking", "stormed", "shelled", "bombed", "raided", "on", "at",
			"inside", "near", "outside", "into");

	/**
	 * True when the name at words {@code from..to} heads the name of a body that speaks
	 * or counts ("according to the Dohuk health directorate", "the Kurdistan Region
	 * Security Council said"): the body reports the event, which need not be where it
	 * sits. A body that is itself struck ("drones hit the Dohuk governorate building")
	 * keeps its place.
	 */
	static boolean headsAnInstitution(List<Token> tokens, int from, int to, int floor) {
		int i = to + 1;
		while (i < tokens.size() && i <= to + 3 && !tokens.get(i).breakBefore()
				&& INSTITUTION_MODIFIERS.contains(tokens.get(i).lower())) {
			i++;
		}
		if (i >= tokens.size() || tokens.get(i).breakBefore() || !INSTITUTIONS.contains(tokens.get(i).lower())) {
			return false;
		}
		if (i + 1 < tokens.size() && !tokens.get(i + 1).breakBefore()
				&& MentionReader.FACILITY_NOUNS.contains(tokens.get(i + 1).lower())
				|| i + 1 < tokens.size() && Set.of("building", "buildings").contains(tokens.get(i + 1).lower())) {
			return false;
		}
		int b = from - 1;
		if (b >= floor && !tokens.get(from).breakBefore() && tokens.get(b).lower().equals("the")) {
			b--;
		}
		return b < floor || tokens.get(b + 1).breakBefore() || !TARGETING_WORDS.contains(tokens.get(b).lower());
	}

	/**
	 * Head nouns of a named force or office: "Quds Force", "Revolutionary Guard Corps".
	 */
	private static final Set<String> BODY_HEADS = Set.of("force", "forces", "corps", "guard", "guards", "army", "navy",
			"brigade", "brigades", "units", "ministry", "minister", "council", "parliament", "government", "cabinet",
			"party", "movement", "committee", "commission", "agency", "service", "services", "intelligence", "police",
			"president", "leader", "office", "command");

	/**
	 * True when the possessive name at word {@code to} is followed by a capitalised name
	 * of at most five words that ends in a force or an office: "Iran's Quds Force",
	 * "Iraq's Popular Mobilisation Forces", "Turkey's Foreign Minister". The country owns
	 * the body; it does not place the incident. "Syria's Hasakah province" names no body.
	 */
	static boolean namesItsBody(List<Token> tokens, int to) {
		for (int i = to + 1; i < tokens.size() && i <= to + 5; i++) {
			Token word = tokens.get(i);
			if (word.breakBefore() || !word.capitalised()) {
				return false;
			}
			if (BODY_HEADS.contains(word.lower())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Nouns after a capitalised name that make it a place: "Syria's Hasakah province".
	 */
	private static final Set<String> PLACE_NOUNS = Set.of("province", "governorate", "city", "town", "village",
			"district", "region", "area", "desert", "mountains", "valley", "countryside", "border", "sub-district",
			"camp", "base", "airport");

	/**
	 * True when a country's possessive ("Iran's", "Turkey's") is followed by a
	 * capitalised name that is no place: "Iran's Guards fired missiles", "Turkey's
	 * Erdogan said". The country owns or heads what is named; only a place named next
	 * ("Syria's Hasakah", "Iraq's Kurdistan Region") or a name followed by a word for a
	 * place ("Syria's Khasham village") makes the possessive locate.
	 */
	static boolean ownsNamedBody(List<Token> tokens, Hit hit, List<Hit> hits, Place place) {
		int to = hit.to();
		if (place.kind() != PlaceKind.COUNTRY || !tokens.get(to).possessive() || to + 1 >= tokens.size()
				|| tokens.get(to + 1).breakBefore() || !tokens.get(to + 1).capitalised()) {
			return false;
		}
		if (hits.stream().anyMatch((h) -> h.from() == to + 1)) {
			return false;
		}
		int i = to + 1;
		while (i < tokens.size() && i <= to + 5 && !tokens.get(i).breakBefore() && tokens.get(i).capitalised()) {
			i++;
		}
		boolean placeWord = i < tokens.size() && !tokens.get(i).breakBefore()
				&& PLACE_NOUNS.contains(tokens.get(i).lower());
		return !placeWord;
	}

	private GovernmentNames() {
	}

}
