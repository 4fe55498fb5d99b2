package org.conflictdata.incidentmap.extraction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tolls worded without a casualty verb on a counted group, and counts that are no toll of
 * one event. The dead counted as bodies ("four bodies were recovered from the rubble",
 * "rescuers pulled seven bodies out") and a toll that rose ("the toll rose to 12",
 * "bringing the toll to nine") are killed figures. One person named with a number of
 * others ("the commander and two of his bodyguards were killed", "killing a colonel and
 * three of his men") counts as all of them. The dead a sentence counts among ("the dead
 * included two children") are a lowest figure. A report that rules out injuries and
 * counts no dead ("there were no injuries") rules out deaths too. A count over a war, an
 * uprising or a period ("the war has killed between 300,000 and 500,000", "more than 600
 * protesters have been killed since the start of the uprising") is an aggregate, which
 * belongs to no event.
 */
final class TollWordings {

	private static final String QUANT = CasualtyParser.QUANT;

	/** "four bodies were recovered", "12 more bodies had been found". */
	private static final Pattern BODIES_FOUND = Pattern.compile("(?<![\\w-])(?=[abdefhmnorstu0-9])" + QUANT
			+ "\\s+(?:more\\s+|other\\s+)?bodies\\s+(?:were\\s+|had been\\s+|have been\\s+|was\\s+)?(?:later\\s+)?"
			+ "(?:recovered|found|retrieved|pulled|dug|brought|taken|removed|arrived|reached)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "rescuers pulled seven bodies from the rubble", "the hospital received five
	 * bodies".
	 */
	private static final Pattern FOUND_BODIES = Pattern.compile(
			"\\b(?:recovered|found|retrieved|pulled(?:\\s+out)?|dug\\s+out|received|removed)\\s+(?:the\\s+)?"
					+ "(?=[abdefhmnorstu0-9])" + QUANT + "\\s+(?:more\\s+|other\\s+)?bodies\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "the toll rose to 12", "bringing the toll to nine" ("death toll" is read
	 * elsewhere).
	 */
	private static final Pattern TOLL_ROSE = Pattern.compile("(?<!death\\s)\\btoll\\s+(?:(?:from|of|in)\\s+"
			+ "(?:[\\w'’-]+\\s+){1,4}?)?(?:has\\s+|had\\s+|now\\s+)?(?:risen to|rose to|reached|climbed to|increased to"
			+ "|jumped to|stood at|stands at|to)\\s+(?=[abdefhmnorstu0-9])" + QUANT, Pattern.CASE_INSENSITIVE);

	/**
	 * "Among the dead were three policemen", "the dead included two children": a part.
	 */
	private static final Pattern AMONG_DEAD = Pattern.compile("\\b(?:among\\s+(?:the\\s+)?(?:dead|those killed|victims"
			+ "|the victims|fatalities)\\s+(?:were|was|are|is)|(?:the dead|those killed|the victims|the fatalities)\\s+"
			+ "(?:included|include))\\s+([^.;:]{1,80})", Pattern.CASE_INSENSITIVE);

	/** Titles of one person that the list of people in general lacks. */
	private static final String RANK = "(?:colonel|general|major|captain|lieutenant|sergeant|brigadier|corporal|official"
			+ "|governor|mayor|emir|sheikh|head|deputy|director|spokesman|reporter|photographer|cameraman|mukhtar)\\b";

	/**
	 * "the commander and two of his bodyguards": one person (group 1 the noun) and a
	 * number of others (group 2).
	 */
	private static final Pattern ONE_AND_OTHERS = Pattern
		.compile("\\b(?:the|a|an|one)\\s+(?:(?!(?:and|or|of)\\b)" + "[\\w'.-]+\\s+){0,2}?(" + CasualtyParser.PERSON
				+ "|" + RANK + ")(?:\\s+of\\s+(?:the\\s+)?(?:(?!(?:and|or)\\b)[\\w'.-]+\\s+)"
				+ "{0,2}?(?!(?:and|or)\\b)[\\w'.-]+)?,?\\s+(?:and|as well as|along with|together with)\\s+("
				+ NumberWords.PATTERN + ")\\s+(?:of\\s+(?:his|her|its|their)\\s+|other\\s+|more\\s+)?(?:[\\w-]+\\s+)?"
				+ CasualtyParser.PERSON, Pattern.CASE_INSENSITIVE);

	private static final Pattern VERB_BEFORE = Pattern
		.compile("\\b(?:kill(?:ed|ing|s)|wound(?:ed|ing|s)|injur(?:ed|ing|es)|sh(?:ot|ooting) dead|gunn(?:ed|ing) down"
				+ "|execut(?:ed|ing)|deaths? of|among them|including)\\s+$", Pattern.CASE_INSENSITIVE);

	private static final Pattern VERB_AFTER = Pattern.compile("^,?\\s+(?:(?:were|was|had been|have been|are)\\s+)?"
			+ "(?:also\\s+|reportedly\\s+|later\\s+)?(?:(?:lightly|slightly|seriously|critically|badly)\\s+)?"
			+ "(?:killed|dead|died|wounded|injured|hurt|shot dead|gunned down)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern PLURAL = Pattern
		.compile("(?i).*(?:s|men|children|people|staff|personnel|peshmerga|Lebanese)");

	private static final String LONG_STRIFE = "(?:civil\\s+)?(?:war|conflict|insurgency|uprising|crackdown|violence"
			+ "|unrest|revolt|revolution|occupation|protest movement|protests|bloodshed|siege)";

	/**
	 * "The war has killed", "in the conflict so far", "since the start of", "over the
	 * past two years", "the toll of the uprising".
	 */
	private static final Pattern AGGREGATE = Pattern.compile("\\b(?:the|this|a|its|their)\\s+(?:[\\w'-]+\\s+){0,3}?"
			+ LONG_STRIFE + ",?\\s+(?:that\\s+|which\\s+)?(?:has|have|had)\\s+(?:so far\\s+|now\\s+|already\\s+)?"
			+ "(?:killed|claimed|left|cost)\\b"
			+ "|\\b(?:have|has)\\s+(?:been\\s+)?(?:killed|died)\\s+(?:in|during)\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,3}?"
			+ LONG_STRIFE + "\\b" + "|\\bsince\\s+(?:the\\s+)?(?:start|beginning|outbreak)\\s+of\\b"
			+ "|\\b(?:over|in|during)\\s+the\\s+(?:past|last)\\s+(?:[\\w-]+\\s+)?(?:years|months|decades?)\\b"
			+ "|\\b(?:so far|to date) (?:this|in) (?:year|month)\\b"
			+ "|\\btoll\\s+(?:of|from|in)\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,3}?" + LONG_STRIFE + "\\b",
			Pattern.CASE_INSENSITIVE);

	private TollWordings() {
	}

	/**
	 * {@code text} with each person named with a number of others around a casualty verb
	 * written as one count ("the commander and two of his bodyguards were killed" reads
	 * "3 people were killed"); null stays null.
	 */
	static String summed(String text) {
		if (text == null || text.indexOf(" and ") < 0 && text.indexOf(" with ") < 0) {
			return text;
		}
		Matcher m = ONE_AND_OTHERS.matcher(text);
		StringBuilder out = new StringBuilder();
		int at = 0;
		while (m.find()) {
			int others = NumberWords.parse(m.group(2));
			boolean verb = VERB_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()
					|| VERB_AFTER.matcher(text.substring(m.end())).find();
			if (others > 0 && verb && !PLURAL.matcher(m.group(1)).matches()) {
				out.append(text, at, m.start()).append(others + 1).append(" people");
				at = m.end();
			}
		}
		return (at == 0) ? text : out.append(text.substring(at)).toString();
	}

	/**
	 * {@code c}, the figures read from {@code s}, with a killed figure added from bodies
	 * counted or injuries ruled out when it has none; a toll that rose to more than its
	 * killed figure replaces it.
	 */
	static CasualtyParser.Casualties complete(String s, CasualtyParser.Casualties c) {
		if (s == null) {
			return c;
		}
		String lower = s.toLowerCase(Locale.ROOT);
		// "Two more died, bringing the toll to nine": the total, not the increment.
		Count toll = (lower.contains("toll") && !aggregate(s)) ? first(TOLL_ROSE, s) : null;
		if (toll != null && (c.killed() == null || c.killed().value() < toll.value())) {
			return new CasualtyParser.Casualties(toll, c.wounded());
		}
		if (c.killed() != null) {
			return c;
		}
		Count killed = null;
		if (lower.contains("bodies")) {
			killed = first(BODIES_FOUND, s);
			killed = (killed != null) ? killed : first(FOUND_BODIES, s);
		}
		if (killed == null && (lower.contains("dead") || lower.contains("killed") || lower.contains("victims"))) {
			Matcher m = AMONG_DEAD.matcher(s);
			Count part = m.find() ? CasualtyParser.parseWhole(m.group(1) + " were killed").killed() : null;
			killed = (part == null || part.value() == 0) ? null : new Count(part.value(), part.min(), null);
		}
		if (killed == null && c.wounded() != null && c.wounded().value() == 0 && ZeroTolls.noInjuries(s)) {
			killed = Count.exactly(0);
		}
		return (killed == null) ? c : new CasualtyParser.Casualties(killed, c.wounded());
	}

	private static Count first(Pattern p, String s) {
		Matcher m = p.matcher(s);
		return m.find() ? Count.read(m.group(1), m.group(2)) : null;
	}

	/** Whether {@code text} counts the dead of a war, an uprising or a period. */
	static boolean aggregate(String text) {
		return text != null && AGGREGATE.matcher(text).find();
	}

}
