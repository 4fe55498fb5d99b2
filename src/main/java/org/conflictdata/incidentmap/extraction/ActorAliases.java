package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The actors the extractor knows, each with one canonical name and the spellings news
 * text uses for it (Kataib Hezbollah is also "Kata'ib Hizbollah", "Ketaib Hezbollah",
 * "Khatib Hezbollah", "KH" and "Hezbollah Battalions"; the United States is also "U.S.",
 * "Washington", "American", "CENTCOM" and "the Pentagon"). A spelling used as the first
 * half of a compound ("U.S.-led", "Iranian-backed", "Iran-made") or after "pro-"/"anti-"
 * describes something else and is not an actor mention; nor is a country or capital named
 * as a place ("in Iraq", "from Washington"). Null or empty text has no mentions.
 */
public final class ActorAliases {

	/** One actor mention; offsets are relative to the text searched. */
	public record Mention(String name, int start, int end) {
	}

	private record Alias(Cues cues, String name, Pattern pattern, boolean place) {
	}

	public static final String KATAIB_HEZBOLLAH = "Kataib Hezbollah";

	public static final String UNITED_STATES = "United States";

	/**
	 * More specific actors first, so that "Kataib Hezbollah" is never read as
	 * "Hezbollah". Each alias's cues are lower-case words every match of its pattern
	 * contains (see {@link Cues}); they must be kept in step with the pattern.
	 */
	private static final List<Alias> ALIASES = List.of(group(Cues.of("hizb", "hezbollah", "kh"), KATAIB_HEZBOLLAH,
			"kKH",
			"(?i:kata'?e?ib|ketaib|khatib|kataeb)\\s+(?i:hizb[ou]llah|hezbollah)|Hezbollah\\s+(?:Battalions|Brigades)|\\bKH\\b"),
			group(Cues.of("al-haq", "aah"), "Asaib Ahl al-Haq", "Asa'?ib\\s+Ahl\\s+al-Haq|\\bAAH\\b"),
			group(Cues.of("badr"), "Badr Organization", "Badr\\s+(?:Organi[sz]ation|Brigades?|Corps)"),
			group(Cues.of("popular", "pm", "hashd"), "Popular Mobilization Forces",
					"(?i:popular\\s+mobili[sz]a?ti?on\\s+(?:forces|units|front|committee))"
							+ "|\\bPM[FU]s?\\b|\\bHashd(?:\\s+al-Shaabi)?\\b"),
			group(Cues.of("coalition", "inherent", "oir"), "US-led coalition", "UiagcO",
					"(?:U\\.?S\\.?-led\\s+|international\\s+|anti-ISIS\\s+|global\\s+)(?:anti-ISIS\\s+)?"
							+ "coalition(?:\\s+forces)?|Operation\\s+Inherent\\s+Resolve|\\bOIR\\b|coalition\\s+forces"),
			group(Cues.of("islamic", "isis", "isil", "daesh"), "Islamic State", "ID",
					"Islamic\\s+State(?:\\s+of\\s+Iraq\\s+and\\s+(?:Syria|the\\s+Levant))?|\\bISIS\\b|\\bISIL\\b|\\bDaesh\\b"),
			group(Cues.of("iraq"), "Iraqi security forces", "I",
					"Iraqi\\s+(?:security|armed|special|government)\\s+forces"
							+ "|Iraqi\\s+(?:[Aa]rmy|military|troops|soldiers|police|forces|servicemen|personnel)"
							+ "|Iraq's\\s+(?:regular\\s+)?(?:military|army|security\\s+forces)"),
			group(Cues.of("police", "security forces"), "Police",
					"(?i:\\bpolice(?:men)?\\b|\\bsecurity forces\\b|\\briot police\\b)"),
			group(Cues.of("hezbollah", "hizb"), "Hezbollah", "(?:Lebanese\\s+)?Hezbollah|Hizb[ou]llah"),
			group(Cues.of("democratic", "sdf"), "Syrian Democratic Forces", "Syrian\\s+Democratic\\s+Forces|\\bSDF\\b"),
			group(Cues.of("syrian", "assad"), "Syria",
					"Syrian\\s+(?:government|regime|army|forces|troops)|Assad\\s+(?:government|regime|forces)"),
			group(Cues.of("houthi", "ansar"), "Houthis", "\\bHouthis?\\b|Ansar\\s*Allah"),
			group(Cues.of("hamas"), "Hamas", "\\bHamas\\b"), group(Cues.of("taliban"), "Taliban", "\\bTaliban\\b"),
			group(Cues.of("al-qa"), "al-Qaeda", "\\b[Aa]l-Qa'?[ei]?da\\b"),
			place(Cues.of("united", "u.s.", "us", "washington", "americ", "centcom", "central", "pentagon",
					"department", "trump", "marines"), UNITED_STATES, "UWACPDTM",
					"United\\s+States|\\bU\\.S\\.(?:A\\.)?|\\bUS\\b|\\bUSA\\b|\\bWashington\\b|\\bAmerican?s?\\b"
							+ "|\\bCENTCOM\\b|Central\\s+Command|\\bPentagon\\b|Department\\s+of\\s+Defense|Trump\\s+administration"
							+ "|\\bMarines\\b"),
			place(Cues.of("israel", "idf", "zionist"), "Israel",
					"\\bIsrael(?:i|is)?\\b|\\bIDF\\b|Israel\\s+Defense\\s+Forces|\\bZionists?\\b"),
			place(Cues.of("iran", "irgc", "revolutionary", "quds", "tehran"), "Iran", "IRQT",
					"\\bIran(?:ian|ians)?\\b|\\bIRGC\\b|Revolutionary\\s+Guards?(?:\\s+Corps)?|Quds\\s+Force|\\bTehran\\b"),
			place(Cues.of("british", "britain", "u.k.", "uk", "united"), "United Kingdom", "BU",
					"\\bBritish\\b|\\bBritain\\b|\\bU\\.K\\.|\\bUK\\b|United\\s+Kingdom"),
			place(Cues.of("turk"), "Turkey", "\\bTurk(?:ey|ish)\\b"),
			place(Cues.of("russia"), "Russia", "\\bRussian?\\b"),
			group(Cues.of("civilian"), "Civilians", "(?i:\\bcivilians?\\b)"),
			group(Cues.of("mob", "crowd", "rioters"), "Rioters", "(?i:\\bmobs?\\b|\\bcrowds?\\b|\\brioters\\b)"),
			group(Cues.of("protest", "demonstrators"), "Protesters", "(?i:\\bprotest[eo]rs\\b|\\bdemonstrators\\b)"));

	private static final Pattern DEMONYM_END = Pattern.compile("(?:ian|ians|i|is|ish|American|Americans)$");

	private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "inside", "from", "to", "into", "near", "across",
			"throughout", "of", "out", "over", "through", "around", "within", "leaves", "entered", "visit");

	private static final Pattern ATTRIBUTIVE = Pattern.compile("\\s+(?:\\p{Lu}\\p{Ll}+|(?:embassy|forces|troops|bases?"
			+ "|soldiers|military|personnel|convoy|consulate|compound|contractors?|citizens?|drones?|aircraft|warplanes"
			+ "|officials|diplomats|servicemen|service members|positions|facilities|installations?|patrols?)\\b)");

	// A sentence's actors are asked for once per mention drafted from it.
	private static final RecentResults<List<Mention>> RECENT = new RecentResults<>(256);

	private ActorAliases() {
	}

	private static Alias group(Cues cues, String name, String regex) {
		return new Alias(cues, name, Pattern.compile(regex), false);
	}

	private static Alias place(Cues cues, String name, String regex) {
		return new Alias(cues, name, Pattern.compile(regex), true);
	}

	// An alias given the characters its matches can begin with (case as written) is
	// compiled with a lookahead of them: it changes no match, but lets the matcher pass
	// most positions of a sentence with one test; like the cues, it must be kept in step
	// with the pattern.

	private static Alias group(Cues cues, String name, String starts, String regex) {
		return group(cues, name, "(?=[" + starts + "])(?:" + regex + ")");
	}

	private static Alias place(Cues cues, String name, String starts, String regex) {
		return place(cues, name, "(?=[" + starts + "])(?:" + regex + ")");
	}

	/** The actor mentions in {@code text}, in order, without overlaps. */
	public static List<Mention> find(String text) {
		if (text == null || text.isEmpty()) {
			return new ArrayList<>();
		}
		return new ArrayList<>(RECENT.get(text, ActorAliases::scan));
	}

	private static List<Mention> scan(String text) {
		List<Mention> found = new ArrayList<>();
		String folded = Cues.fold(text);
		for (Alias alias : ALIASES) {
			if (!alias.cues().mayMatch(folded)) {
				continue;
			}
			Matcher m = alias.pattern().matcher(text);
			while (m.find()) {
				int start = m.start();
				int end = m.end();
				boolean overlaps = found.stream().anyMatch((f) -> f.start() < end && start < f.end());
				if (!overlaps && !isModifier(text, start, end) && !(alias.place() && isPlace(text, start, end))) {
					found.add(new Mention(alias.name(), start, end));
				}
			}
		}
		found.sort(Comparator.comparingInt(Mention::start));
		return List.copyOf(found);
	}

	/** The canonical name for one spelling, or null when it is no known actor. */
	public static String canonical(String spelling) {
		List<Mention> mentions = find(spelling);
		return (mentions.size() == 1 && mentions.get(0).end() - mentions.get(0).start() == spelling.strip().length())
				? mentions.get(0).name() : null;
	}

	/** "U.S.-led", "Iranian-backed", "pro-Iranian": the name qualifies something else. */
	private static boolean isModifier(String text, int start, int end) {
		if (end < text.length() - 1 && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))) {
			return true;
		}
		String before = text.substring(Math.max(0, start - 5), start).toLowerCase(java.util.Locale.ROOT);
		return before.endsWith("pro-") || before.endsWith("anti-");
	}

	/**
	 * "in Iraq", "from Washington": a country or capital named as a place, not as an
	 * actor.
	 */
	private static boolean isPlace(String text, int start, int end) {
		String matched = text.substring(start, end);
		if (!matched.equals(DEMONYM_END.matcher(matched).replaceAll(""))) {
			// Demonyms ("Iranian", "Israeli", "British") name people, never places.
			return false;
		}
		if (ATTRIBUTIVE.matcher(text.substring(end)).lookingAt()) {
			// "near the U.S. Embassy": the name qualifies what is there.
			return false;
		}
		return PLACE_PREPOSITIONS.contains(wordBeforeArticle(text, start));
	}

	/** The word before a name, looking past "the", "a" or "an". */
	static String wordBeforeArticle(String text, int start) {
		String word = previousWord(text, start);
		if (word.equals("the") || word.equals("a") || word.equals("an")) {
			int articleEnd = start;
			while (articleEnd > 0 && text.charAt(articleEnd - 1) == ' ') {
				articleEnd--;
			}
			return previousWord(text, articleEnd - word.length());
		}
		return word;
	}

	/**
	 * The lower-cased word that ends before {@code at}, skipping spaces; "" when none.
	 */
	static String previousWord(String text, int at) {
		if (at <= 0 || at > text.length()) {
			return "";
		}
		int i = at - 1;
		while (i >= 0 && text.charAt(i) == ' ') {
			i--;
		}
		int end = i + 1;
		while (i >= 0 && Character.isLetter(text.charAt(i))) {
			i--;
		}
		return text.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT);
	}

}
