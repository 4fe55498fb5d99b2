package org.conflictdata.incidentmap.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Narrows a stretch of text to the words that tell one event's toll. Three kinds of words
 * tell none of it:
 * <ul>
 * <li>an aside between paired dashes or a parenthesis that breaks a figure down, which
 * restates or disputes part of a list ("killing two Americans — a soldier and a
 * contractor according to one official, two soldiers according to another — and a British
 * army medic" counts two Americans and a medic);
 * <li>an earlier event named as the occasion of this one, with its own toll ("wounding
 * five people, just days after a similar attack on the same base killed three members"):
 * a stretch from "days after", "hours after", "weeks before", or "after", "since" or
 * "following" with "a similar", "an earlier", "the previous", "last week's" and the like,
 * to the end of its clause;
 * <li>a second event told after the first in the same sentence ("a rocket attack that
 * killed an American contractor and struck the group's bases two days later, killing 25
 * fighters"): a toll belongs to the nearest event clause it follows, so when the words
 * before a new strike verb already hold a toll, the rest is left out.
 * </ul>
 * Null text stays null.
 */
final class TollScope {

	/** Paired dashes around at most 160 characters of one sentence. */
	private static final Pattern DASH_ASIDE = Pattern
		.compile("\\s[—–]\\s[^—–.;]{1,160}?\\s[—–]\\s|\\s--\\s[^.;]{1,160}?\\s--\\s");

	/**
	 * A parenthesis that breaks down a figure: "two U.S. troops (a soldier and an
	 * airman)".
	 */
	private static final Pattern COUNT_ASIDE = Pattern
		.compile("\\s\\((?:an?|one|two|three|four|five|six|both|all)\\s[^()]{1,100}\\)", Pattern.CASE_INSENSITIVE);

	private static final String EVENT_NOUN = "(?:attacks?|strikes?|air\\s?strikes?|raids?|barrages?|salvos?|volleys?"
			+ "|bombings?|blasts?|explosions?|ambush(?:es)?|assaults?|rockets?|missiles?|shelling|shooting|clash(?:es)?)";

	private static final Pattern EARLIER_EVENT = Pattern.compile("\\b(?:(?:(?:just\\s+|only\\s+)?(?:(?:a|two|three"
			+ "|four|five|six|several|a few|\\d+)\\s+)?(?:days?|hours?|weeks?|months?)\\s+(?:after|before))"
			+ "|(?:after|since|following)(?=\\s+(?:a|an|the|last\\s+\\w+'s|\\w+'s)\\s+(?:similar|earlier|previous|prior"
			+ "|deadly|last|first|recent|separate|other)\\b))\\s+(?:a|an|the|last\\s+\\w+'s|\\w+'s)\\s+(?:[\\w'’-]+\\s+){0,3}?"
			+ EVENT_NOUN + "\\b(?<own>[^,;]*)(?<rest>[^;]*)", Pattern.CASE_INSENSITIVE);

	/**
	 * ", which killed three", ", in which two died": the earlier event's clause goes on.
	 */
	private static final Pattern RELATIVE = Pattern.compile(",\\s*(?:in which|during which|which|that|when|where)\\b",
			Pattern.CASE_INSENSITIVE);

	/** A new strike verb after "and" or a comma: the start of a second event clause. */
	private static final Pattern NEXT_EVENT = Pattern.compile(
			",?\\s+(?:and|then|and then|before)\\s+(?:later\\s+)?(?:struck|hit|bombed|shelled|raided|attacked|targeted"
					+ "|stormed|ambushed|pounded|fired (?:on|at))\\b",
			Pattern.CASE_INSENSITIVE);

	private TollScope() {
	}

	/**
	 * {@code text} without the earlier events it names with their tolls. A phrase that
	 * tells no toll up to its first comma ("A day after the bombing, a roadside bomb hit
	 * a patrol, wounding two", "about an hour before the strike, and the aircraft fired,
	 * killing ten") only dates this event: it is left out up to that comma, and the toll
	 * after it is this event's.
	 */
	private static String withoutEarlierEvents(String text) {
		Matcher m = EARLIER_EVENT.matcher(text);
		StringBuilder out = new StringBuilder();
		int from = 0;
		while (m.find()) {
			out.append(text, from, m.start());
			boolean ownToll = !CasualtyParser.parseWhole(m.group("own")).isEmpty()
					|| RELATIVE.matcher(m.group("rest")).lookingAt();
			from = ownToll ? m.end() : m.end("own");
		}
		return out.append(text.substring(from)).toString();
	}

	/** {@code text} without the words that tell another event's toll; see the class. */
	static String narrow(String text) {
		if (text == null) {
			return null;
		}
		String s = DASH_ASIDE.matcher(text).replaceAll(" ");
		s = COUNT_ASIDE.matcher(s).replaceAll("");
		s = withoutEarlierEvents(s);
		Matcher next = NEXT_EVENT.matcher(s);
		while (next.find()) {
			String before = s.substring(0, next.start());
			if (!CasualtyParser.parseWhole(before).isEmpty()) {
				return before;
			}
		}
		return s;
	}

}
