package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads killed and wounded figures from a stretch of text. A figure counts only when it
 * quantifies people next to a casualty word: "killed three members", "one U.S. contractor
 * was killed", "left 25 members of Kataib Hezbollah dead", "the death of an American
 * citizen", "injuries sustained by four soldiers", "one killed U.S. contractor"; numbers
 * of rockets, calibres, distances, troop deployments and ordinals never count.
 * Coordinated figures add up ("two American troops and one British soldier" is 3, "two
 * Iraqi and four U.S. soldiers were wounded" is 6); an "including" clause restates, so it
 * is not added. Named victims count as {@link NamedVictims} counts them; a toll another
 * source disputes becomes a range ({@link DisputedTolls}). Vague figures carry a range:
 * "at least N" is (N, N, open); "more than N" is (N+1, N+1, open), so "more than a dozen"
 * is (13, 13, open); "about N" is (N, 0.8N, 1.2N); "nearly N" is (N, 0.8N, N); "up to N"
 * is (N, 1, N); "several" is (3, 2, 9); "a few" is (3, 2, 5); "dozens" (24, 24, open);
 * "hundreds" (200, 200, open); a range "between 50 and 78", "20 to 30", "two or three" is
 * its low end up to its high end. Explicit zeroes count: "no casualties were reported" is
 * 0 killed and 0 wounded, "no loss of life" 0 killed. Two figures for the same category
 * in one stretch are merged with {@link Count#merge}, because they are usually two
 * wordings of one toll. Null or empty text gives no figures.
 */
public final class CasualtyParser {

	/** Killed and wounded figures; either may be null when the text states none. */
	public record Casualties(Count killed, Count wounded) {

		public boolean isEmpty() {
			return this.killed == null && this.wounded == null;
		}

	}

	private static final String QUALIFIER = "(?:(at least|more than|over|about|around|some|nearly|almost|up to"
			+ "|approximately|roughly|as many as|an estimated|another|the|" + Count.RANGE_START
			+ ")(?:\\s+|(?<=[-–])))?";

	private static final String AMOUNT = "(" + NumberWords.PATTERN
			+ "|tens of thousands|dozens|scores|hundreds|thousands|several|a few|both|an?|another|his|her)";

	static final String QUANT = QUALIFIER + AMOUNT + "(?:\\s+of)?";

	/**
	 * The first letters and digits of QUALIFIER and AMOUNT, as a lookahead: in front of
	 * QUANT it changes no match, but lets the matcher pass most positions with one test.
	 */
	private static final String QUANT_START = "(?=[abdefhmnorstu0-9])";

	static final String PERSON = "(?:people|persons?|civilians?|soldiers?|troops?|servicem[ae]n|service ?members?"
			+ "|fighters?|militants?|militiam[ae]n|members?|contractors?|citizens?|marines?|policem[ae]n|officers?|guards?"
			+ "|children|child|women|woman|men|man|others|personnel|protest[eo]rs?|demonstrators?|insurgents?|commanders?"
			+ "|staff|workers?|employees?|individuals?|residents?|villagers?|worshippers?|pilgrims?|journalists?|recruits?"
			+ "|gunmen|attackers?|jihadists?|rebels?|victims?|passengers?|students?|medics?|volunteers?|diplomats?"
			+ "|advis[eo]rs?|mercenar(?:y|ies)|leaders?|chiefs?|Americans?|Iraqis?|Iranians?|Israelis?|Syrians?|Kurds?"
			+ "|Britons?|Afghans?|Turks?|Saudis?|Palestinians?|Lebanese|Yemenis?|shepherds?|herders?|farmers?|fishermen"
			+ "|drivers?|bodyguards?|brothers?|sons?|relatives?|grand(?:sons?|daughters?|children|child|fathers?|mothers?)|boys?|girls?|teachers?|doctors?|nurses?|engineers?"
			+ "|traders?|shopkeepers?|companions?|colleagues?|aides?|bystanders?|pedestrians?|patients?|inmates?|prisoners?|detainees?|guests?|lawyers?|activists?|judges?|clerics?|imams?|labou?rers?|interpreters?|translators?|airm[ae]n|sailors?|tribesm[ae]n|peshmerga|cadets?|conscripts?|daughters?|wives|wife|husbands?|mother|father|sister|uncle|cousin|nephew)\\b";

	/**
	 * Up to four modifier words between a number and its noun ("U.S.-led coalition"); a
	 * preposition ends them, since "an attack on the farmers" counts no farmer.
	 */
	private static final String MODIFIERS = "(?:(?!(?:and|or|on|in|at|near|against|from|by|with|" + NumberWords.PATTERN
			+ ")\\b(?!-))[\\w'.,-]+\\s+){0,4}?";

	/**
	 * What an item's people belong to, which may stand between two items ("a commander of
	 * the local force and two of his guards").
	 */
	private static final String BELONGING = "(?:\\s+of\\s+(?:the\\s+)?(?:(?!(?:and|or)\\b)[\\w'.-]+\\s+){0,2}?(?!(?:and|or)\\b)[\\w'.-]+)?";

	/**
	 * Middle items of a series, each after a bare comma and written as a figure ("five
	 * SDF members, three tribal gunmen and a civilian"): a comma before "a" or "an" is
	 * more often an apposition, so only numerals continue a series that way.
	 */
	private static final String SERIES_ITEM = "(?:(?:at least|more than|about|some|nearly)\\s+)?(?:"
			+ NumberWords.PATTERN + "|dozens)\\s+(?:of\\s+)?" + MODIFIERS + PERSON;

	private static final String SERIES = "(?:,\\s+" + SERIES_ITEM + ")+";

	private static final String ITEM = QUANT + "\\s+" + MODIFIERS + PERSON + "(?:\\s+" + PERSON + "){0,2}";

	/**
	 * Items joined by "and": a bare comma is more often an apposition ("an American, a
	 * contractor").
	 */
	private static final String LIST = ITEM + "(?:" + BELONGING + "(?:" + SERIES + ")?,?\\s+(?:and|as well as)\\s+"
			+ ITEM + ")*";

	/**
	 * A list after its verb or noun ("the death of 11 civilians"): it ends before an item
	 * that has a casualty verb of its own ("and more than 15 others were wounded").
	 */
	private static final String OBJECT_LIST = ITEM + "(?:" + BELONGING + "(?:" + SERIES
			+ ")?,?\\s+(?:and|as well as)\\s+" + ITEM
			+ "(?!\\s+(?:(?:were|was|are|is|had been|have been|has been)\\s+)?(?:also\\s+)?"
			+ "(?:killed|dead|died|martyred|wounded|injured|hurt)\\b))*";

	private static final int FLAGS = Pattern.CASE_INSENSITIVE;

	private static final Pattern ITEM_PATTERN = Pattern.compile(ITEM, FLAGS);

	private static final Pattern ACTIVE = Pattern.compile(
			"(?<!(?:could|would|might) have )\\b(kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)|hurt(?:ing)?|sh(?:ot|ooting) dead"
					+ "|lost(?=\\s+(?:[\\w-]+\\s+){1,3}?of\\s+(?:its|their|our)\\s)"
					+ "|gunn(?:ed|ing) down|execut(?:ed|ing)|claim(?:ed|ing|s)? the lives of)\\s+(" + OBJECT_LIST + ")",
			FLAGS);

	private static final Pattern LEFT = Pattern
		.compile("\\bleft\\s+(" + LIST + ")\\s+(?:\\w+\\s+){0,4}?(dead|wounded|injured)\\b", FLAGS);

	// "two fighters of the Popular Mobilisation Forces (al-Hashd al-Shaabi) were
	// martyred": the unit they belong to, and its other name, may stand before the verb.
	// The lookahead holds the first letters and digits a list can begin with (those of
	// QUALIFIER and AMOUNT): it changes no match, but keeps the long lookbehind after it
	// from being tried at every word.
	private static final Pattern PASSIVE = Pattern
		.compile("(?<![\\w-])(?=[abdefhmnorstu0-9])(?<!(?:deaths?|killing|martyrdom|wounding|injuries|killed"
				+ "|wounded|injured) (?:of |to )?)(" + LIST
				+ ")(?:\\s+(?:of|from)\\s+(?:the\\s+)?(?:(?!(?:and|or)\\b)[\\w'.-]+\\s+){0,3}?(?!(?:and|or)\\b)[\\w'.-]+)?(?:\\s*\\([^)]{1,40}\\))?(?:,[^,]{1,60},)?"
				// "two reporters who covered the trial were shot dead": who they were
				// may stand before the verb.
				+ "(?:\\s+who\\s+(?!(?:were|was|had|have|has)\\b)[^,.;]{1,50}?)?,?\\s+(?:(?:were|was|had been"
				+ "|have been|has been|are|is|(?:had|have|has)(?=\\s+died))\\s+)?(?:among\\s+(?:those\\s+|the\\s+))?(?:also\\s+|reportedly\\s+|later\\s+)?(?:(?:confirmed|reported|believed|feared)\\s+)?(?:(?:lightly|slightly|seriously|critically|badly|severely|moderately)\\s+)?(killed|dead|died|martyred|wounded|injured|hurt"
				+ "|shot dead|gunned down|lost (?:their|his|her) lives?)\\b", FLAGS);

	/** "two service members suffered minor injuries", "one was treated for wounds". */
	private static final Pattern SUFFERED = Pattern.compile("(?<![\\w-])" + QUANT_START + "(" + LIST
			+ ")\\s+(?:(?:were|was|had been|have been|has been)\\s+)?(?:suffered|sustained|received|treated for)\\s+"
			+ "(?:(?:minor|light|slight|serious|severe|critical|moderate|gunshot|shrapnel)\\s+)?(?:injuries|wounds)\\b",
			FLAGS);

	private static final Pattern ADJECTIVAL = Pattern.compile(
			"(?<![\\w-])" + QUANT_START + QUANT + "\\s+(killed|dead|wounded|injured)\\s+" + MODIFIERS + PERSON, FLAGS);

	private static final Pattern NOUN = Pattern.compile(
			"\\b(deaths?|killing|martyrdom|injuries|wounding)\\s+(?:of|sustained by|to)\\s+(" + OBJECT_LIST + ")",
			FLAGS);

	/** "killing three and wounding seven", "17 were killed": a number with no noun. */
	private static final Pattern BARE_ACTIVE = Pattern.compile(
			"\\b(kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing))\\s+" + QUANT + "(?=\\s*(?:,|;|\\.|and\\b|$))", FLAGS);

	private static final Pattern BARE_PASSIVE = Pattern.compile("(?<![\\w,.-])" + QUANT_START + QUANT
			+ "\\s+(?:(?:were|have been|had been|have|had)\\s+)?(?:(?:confirmed|reported)\\s+)?(killed|dead|died|wounded|injured)\\b(?!\\s+(?:by|in|at|on)\\s+\\d)",
			FLAGS);

	/** "25 of its fighters were killed and 51 wounded": a bare figure after a toll. */
	private static final Pattern AND_WOUNDED = Pattern.compile("\\b(?:killed|dead|died)\\s+(?:and|,)\\s+" + QUANT
			+ "\\s+(?:others\\s+)?(?:were\\s+)?(?:wounded|injured|hurt)\\b", FLAGS);

	/**
	 * "two of the wounded later died in hospital": the wounded who died count as killed.
	 */
	private static final Pattern WOUNDED_DIED = Pattern.compile("(?<![\\w-])" + QUANT_START + QUANT
			+ "\\s+(?:the|those)\\s+(?:wounded|injured)\\s+(?:\\w+\\s+){0,2}?(?:later\\s+|subsequently\\s+)?"
			+ "(?:died|succumbed)\\b", FLAGS);

	// "the death toll from Sunday's attack rose to 14": a short phrase may name the
	// event.
	private static final Pattern DEATH_TOLL = Pattern.compile(
			"\\bdeath toll\\s+(?:(?:from|of|in)\\s+(?:[\\w'’-]+\\s+){1,5}?)?(?:has\\s+|had\\s+|now\\s+)?(?:risen to|rose to|reached|of|climbed to|stood at|stands at|is|was)\\s+"
					+ QUANT,
			FLAGS);

	private static final Pattern INCLUDING = Pattern
		.compile("(?i),\\s*(?:including|among them|of whom|among whom)\\b[^,;.]*");

	/** Where a sentence turns from one side's losses to another's. */
	private static final Pattern SIDE_TURN = Pattern.compile(";|,?\\s+(?:while|whereas)\\s+", FLAGS);

	/** "two of its fighters", "three of their own men": a side counting its own dead. */
	private static final Pattern OWN_LOSSES = Pattern
		.compile("\\b" + AMOUNT + "\\s+of\\s+(?:its|their|his)\\s+(?:own\\s+)?(?:fighters|members|men|soldiers|troops"
				+ "|personnel|comrades|policemen|guards)\\b", FLAGS);

	/**
	 * Every pattern below needs one of these words; most sentences have none. Checked on
	 * folded text (see {@link Cues}), which finds them exactly where a case-insensitive
	 * pattern of them would.
	 */
	private static final Cues CUES = Cues.of("kill", "dead", "death", "died", "martyr", "wound", "injur", "hurt",
			"lives", "lost", "harming", "succumb", "casualt", "loss of life", "fatalit", "gunned down", "gunning down",
			"execut", "assassinat", "harmed", "damage", "nobody", "no one", "no-one", "toll", "murder");

	/**
	 * Words each match of a pattern below holds (its verb or noun), checked on folded
	 * text before the pattern runs: a clause with only "killing" skips the passive
	 * patterns, whose lists are tried at almost every word.
	 */
	private static final Cues PASSIVE_CUES = Cues.of("killed", "dead", "died", "martyred", "wounded", "injured", "hurt",
			"gunned down", "lives");

	private static final Cues ADJECTIVAL_CUES = Cues.of("killed", "dead", "wounded", "injured");

	private static final Cues BARE_PASSIVE_CUES = Cues.of("killed", "dead", "died", "wounded", "injured");

	private static final Cues SUFFERED_CUES = Cues.of("injuries", "wounds");

	private static final Cues NOUN_CUES = Cues.of("death", "killing", "martyrdom", "injuries", "wounding");

	private static final Cues LEFT_CUES = Cues.of("left").and("dead", "wounded", "injured");

	private CasualtyParser() {
	}

	/** The killed and wounded figures in {@code text}; see the class comment. */
	public static Casualties parse(String text) {
		String s = TollWordings.summed(TollScope.narrow(text));
		return TollWordings.complete(s, parseWhole(s));
	}

	/** The figures in all of {@code text}, with no narrowing ({@link TollScope}). */
	static Casualties parseWhole(String text) {
		if (text == null || text.isBlank()) {
			return new Casualties(null, null);
		}
		if (!CUES.mayMatch(Cues.fold(text))) {
			return new Casualties(null, null);
		}
		Matcher turn = SIDE_TURN.matcher(text);
		while (turn.find()) {
			String rest = text.substring(turn.end());
			if (OWN_LOSSES.matcher(rest).find()) {
				// "seven IS members were killed; ... the death of two of its fighters":
				// the
				// other side's own dead, not another wording of the same toll.
				Casualties first = parseClause(text.substring(0, turn.start()));
				Casualties second = parseClause(rest);
				if (first.killed() != null && second.killed() != null) {
					Count wounded = (first.wounded() == null) ? second.wounded()
							: first.wounded().merge(second.wounded());
					return new Casualties(sum(first.killed(), second.killed()), wounded);
				}
			}
		}
		return parseClause(text);
	}

	private static Count sum(Count a, Count b) {
		Integer max = (a.max() == null || b.max() == null) ? null : a.max() + b.max();
		return new Count(a.value() + b.value(), a.min() + b.min(), max);
	}

	private static Casualties parseClause(String text) {
		String s = stripIncluding(text);
		Tally tally = new Tally();
		if (ZeroTolls.none(s)) {
			tally.add(true, Count.exactly(0));
			tally.add(false, Count.exactly(0));
		}
		if (ZeroTolls.noDeaths(s)) {
			tally.add(true, Count.exactly(0));
		}
		if (ZeroTolls.noInjuries(s)) {
			tally.add(false, Count.exactly(0));
		}
		Matcher m = ACTIVE.matcher(s);
		while (m.find()) {
			tally.add(isKilled(m.group(1)), list(m.group(2)));
		}
		String folded = Cues.fold(s);
		m = matcher(LEFT, LEFT_CUES, s, folded);
		while (m.find()) {
			tally.add(m.group(m.groupCount()).equalsIgnoreCase("dead"), list(m.group(1)));
		}
		m = matcher(PASSIVE, PASSIVE_CUES, s, folded);
		while (m.find()) {
			tally.add(isKilled(m.group(m.groupCount())), list(m.group(1)));
		}
		m = matcher(SUFFERED, SUFFERED_CUES, s, folded);
		while (m.find()) {
			tally.add(false, list(m.group(1)));
		}
		m = matcher(ADJECTIVAL, ADJECTIVAL_CUES, s, folded);
		while (m.find()) {
			tally.add(isKilled(m.group(3)), count(m.group(1), m.group(2)));
		}
		m = matcher(NOUN, NOUN_CUES, s, folded);
		while (m.find()) {
			tally.add(m.group(1).toLowerCase(Locale.ROOT).startsWith("death") || m.group(1).equalsIgnoreCase("killing")
					|| m.group(1).equalsIgnoreCase("martyrdom"), list(m.group(2)));
		}
		tally.add(true, NamedVictims.killed(s));
		if (tally.isEmpty()) {
			m = BARE_ACTIVE.matcher(s);
			while (m.find()) {
				tally.add(isKilled(m.group(1)), plausible(count(m.group(2), m.group(3))));
			}
			m = matcher(BARE_PASSIVE, BARE_PASSIVE_CUES, s, folded);
			while (m.find()) {
				tally.add(isKilled(m.group(3)), plausible(count(m.group(1), m.group(2))));
			}
		}
		tally.add(true, (tally.killed == null) ? DisputedTolls.stated(s) : null);
		m = (tally.wounded == null) ? AND_WOUNDED.matcher(s) : AND_WOUNDED.matcher("");
		while (m.find()) {
			tally.add(false, count(m.group(1), m.group(2)));
		}
		m = WOUNDED_DIED.matcher(s);
		while (m.find()) {
			tally.add(true, count(m.group(1), m.group(2)));
		}
		m = DEATH_TOLL.matcher(s);
		while (m.find()) {
			tally.add(true, count(m.group(1), m.group(2)));
		}
		return new Casualties(DisputedTolls.widen(s, tally.killed), tally.wounded);
	}

	/**
	 * A matcher of {@code pattern} over {@code s}, or over no text when {@code s} lacks
	 * the words every match holds (none of these patterns matches empty text).
	 */
	private static Matcher matcher(Pattern pattern, Cues cues, String s, String folded) {
		return pattern.matcher(cues.mayMatch(folded) ? s : "");
	}

	/**
	 * "killed three members ..., including two Americans": the clause restates the toll.
	 */
	private static String stripIncluding(String text) {
		return INCLUDING.matcher(text).replaceAll("");
	}

	private static boolean isKilled(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		return w.startsWith("kill") || w.equals("dead") || w.equals("died") || w.equals("martyred")
				|| w.endsWith(" dead") || w.startsWith("gunn") || w.startsWith("execut") || w.startsWith("claim")
				|| w.startsWith("lost");
	}

	/**
	 * The sum of the coordinated items of a list such as "two Iraqi and four U.S.
	 * soldiers".
	 */
	private static Count list(String listText) {
		Matcher m = ITEM_PATTERN.matcher(listText);
		List<Count> items = new ArrayList<>();
		while (m.find()) {
			Count c = count(m.group(1), m.group(2));
			if (c != null) {
				items.add(c);
			}
		}
		int value = 0;
		int min = 0;
		Integer max = 0;
		for (Count c : items) {
			value += c.value();
			min += c.min();
			max = (max == null || c.max() == null) ? null : max + c.max();
		}
		return items.isEmpty() ? null : new Count(value, min, max);
	}

	/** One quantity with its qualifier; null when it is not a number at all. */
	static Count count(String qualifier, String amount) {
		return Count.read(qualifier, amount);
	}

	/** A bare number that reads like a year ("in 2019 killed") is no toll. */
	private static Count plausible(Count c) {
		return (c == null || (c.value() >= 1900 && c.value() <= 2100)) ? null : c;
	}

	/** Running figures; a second figure for a category merges with the first. */
	private static final class Tally {

		private Count killed;

		private Count wounded;

		boolean isEmpty() {
			return this.killed == null && this.wounded == null;
		}

		void add(boolean isKilled, Count count) {
			if (count == null) {
				return;
			}
			if (isKilled) {
				this.killed = (this.killed == null) ? count : this.killed.merge(count);
			}
			else {
				this.wounded = (this.wounded == null) ? count : this.wounded.merge(count);
			}
		}

	}

}
