package org.conflictdata.incidentmap.extraction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts victims a report names instead of numbering. A named person after a killing verb
 * is one ("killed Kazem Mohsen"); a second name joined by "and" is two, even when each
 * name carries its own description ("killing Colonel Ali Saleh, the head of the district
 * police, who was driving home, and Omar Haddad, his deputy"). A definite singular role
 * is one ("killing the driver", "killed the village headman"); a plural ("killing the
 * guards") or a thing ("killed the deal") is none. Null or empty text, or text with no
 * such victim, gives null.
 */
final class NamedVictims {

	/** Roles that name one person when they stand in the singular after "the". */
	private static final String ROLE = "(?:driver|commander|owner|guard|soldier|officer|policeman|policewoman|mayor"
			+ "|headman|mukhtar|chief|leader|imam|director|governor|pilot|shepherd|farmer|man|woman|boy|girl|child"
			+ "|gunman|bomber|attacker|fighter|militant|contractor|journalist|doctor|teacher|judge|cleric|official"
			+ "|victim|passenger|occupant|son|daughter|brother|father|mother|husband|wife)";

	private static final String NAME = "\\p{Lu}[\\p{L}'-]+";

	/**
	 * A second name after the first one's descriptions: up to three comma-separated
	 * phrases, then "and" and a name of at least two words that is not the subject of a
	 * new clause ("and Islamic State claimed it").
	 */
	private static final String SECOND = "((?:,[^,;]{1,90}){0,3},?\\s+(?:as well as|and)\\s+" + NAME + "\\s+\\p{Lu}"
			+ "(?![\\p{L}'-]*\\s+(?:said|says|claimed|blamed|denied|has|have|had|was|is|were|are|called)\\b))?";

	private static final Pattern NAMED = Pattern
		.compile("\\b(kill(?:ed|ing)|assassinat(?:ed|ing))\\s+((?:(?:Maj|Brig|Lt|Gen|Col"
				+ "|Dr|Mr|Sheikh|General|Major|Brigadier|Colonel|Commander)\\.?\\s+)*" + NAME
				+ "(?:\\s+(?:al-|el-|bin\\s+|abu\\s+)?" + NAME + "){1,3})(?!\\s+(?i:" + CasualtyParser.PERSON + "))"
				+ SECOND);

	private static final Pattern DEFINITE_ROLE = Pattern.compile("\\b(?:kill(?:ed|ing)|shot dead|assassinat(?:ed|ing))"
			+ "\\s+the\\s+(?:(?!the\\b)[\\w'-]+\\s+){0,2}?" + ROLE + "\\b(?!['’]s|-)", Pattern.CASE_INSENSITIVE);

	/**
	 * "A contractor's death", "an officer's killing": one person, in a headline's way.
	 */
	private static final Pattern POSSESSIVE_DEATH = Pattern
		.compile("(?<!(?:for|after|since|over|following|of|to|avenge|with) )\\b(?:an?|one)\\s+(?:[\\w-]+\\s+){0,2}?"
				+ ROLE + "['’]s\\s+(?:death|killing|assassination)\\b", Pattern.CASE_INSENSITIVE);

	/** A capitalised word that starts a clause but names nobody. */
	private static final String NOT_A_NAME = "(?!(?:The|This|That|These|Those|He|She|It|His|Her|Their|One|A|An|Each"
			+ "|Every|No|Another|Neither|Either|Which|Who|Whoever|Someone|Somebody|Anyone|Nobody|Later|Also)\\b)";

	/**
	 * "Soad al-Ali, a rights activist, was assassinated", "Ozden and at least one
	 * companion were killed": a named subject of a killing verb in the passive, alone
	 * ("was") or with others counted after "and" (group 2).
	 */
	private static final Pattern NAMED_SUBJECT = Pattern.compile("(?<![\\p{L}'-]\\s)" + NOT_A_NAME + "(" + NAME
			+ "(?:\\s+(?:al-|el-|bin\\s+|abu\\s+)?" + NAME
			+ "){0,3})(?:,[^,;]{1,120},)?\\s+(?:(?:was|has been|had been)"
			+ "|(?:and|along with)\\s+([^,;.]{1,60}?\\s+(?:were|have been|had been)))\\s+(?:reportedly\\s+|later\\s+|also\\s+)?"
			+ "(?:killed|assassinated|shot dead|gunned down|executed|murdered|stabbed to death)\\b");

	private NamedVictims() {
	}

	/** The named subjects killed in the passive in {@code text}, or null. */
	private static Count namedSubjects(String text) {
		Count found = null;
		Matcher m = NAMED_SUBJECT.matcher(text);
		while (m.find()) {
			Count c = Count.exactly(1);
			if (m.group(2) != null) {
				Count others = CasualtyParser.parseWhole(m.group(2) + " killed").killed();
				if (others == null) {
					continue;
				}
				Integer max = (others.max() == null) ? null : others.max() + 1;
				c = new Count(others.value() + 1, others.min() + 1, max);
			}
			found = (found == null) ? c : found.merge(c);
		}
		return found;
	}

	/** The killed figure of the named or singular victims in {@code text}, or null. */
	static Count killed(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		// Each pattern needs a word the text must hold; most clauses hold none of them.
		String lower = text.toLowerCase(Locale.ROOT);
		boolean killing = lower.contains("kill") || lower.contains("assassinat");
		Count found = (killing || lower.contains("dead") || lower.contains("murdered") || lower.contains("executed")
				|| lower.contains("gunned down")) ? namedSubjects(text) : null;
		Matcher m = killing ? NAMED.matcher(text) : null;
		while (m != null && m.find()) {
			Count c = Count.exactly(m.group(3) != null ? 2 : 1);
			found = (found == null) ? c : found.merge(c);
		}
		if (found == null && ((killing || lower.contains("shot dead")) && DEFINITE_ROLE.matcher(text).find()
				|| (lower.contains("death") || lower.contains("killing") || lower.contains("assassination"))
						&& POSSESSIVE_DEATH.matcher(text).find())) {
			found = Count.exactly(1);
		}
		return found;
	}

}
