package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.article.MonthNames;

/**
 * Sentence-level cues the extractor weighs besides the event phrase itself: whether a
 * report is history or an aggregate rather than one incident ("six months of rocket
 * fire", "at least seven attacks", "has attacked", an event two years before
 * publication), whether a sentence continues the previous one's story ("Then", "later",
 * "retaliated" mark a later event; "It", "The attack" the same one), and whether a
 * sentence names a place of its own ("in Kirkuk", "at Camp Taji") or leans on its
 * neighbour ("the Iraqi base"). Null text has no cues.
 */
final class ReportSignals {

	/** Cues that a phrase counts or spans many events, whatever date comes with it. */
	private static final Pattern COUNTED = Pattern.compile("\\b(?:(?:more than|at least|about|some|nearly|over|up to"
			+ "|as many as)\\s+(?:" + NumberWords.PATTERN
			+ "|a dozen)\\s+(?:[\\w-]+\\s+){0,2}?(?:(?:and|or)\\s+[\\w-]+\\s+)?(?:attacks|airstrikes|air strikes"
			+ "|strikes|incidents|raids|assaults)|(?<=\\b(?:out|launched|conducted|with|of|and|than|by|the|those|these|all|some|over"
			+ "|counted|recorded|logged|documented|tallied|registered)\\s)\\d[\\d,]*\\s+(?:[\\w-]+\\s+)?(?:(?:and|or)\\s+[\\w-]+\\s+)?(?:attacks|airstrikes|strikes|raids)"
			+ "|dozens of (?:[\\w-]+\\s+){0,4}?(?:attacks|strikes|bombings|raids))\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * A day named in the words ("on Tuesday", "overnight", "on March 3"), not the day a
	 * report came out ("said on Tuesday").
	 */
	private static final Pattern ONE_DAY = Pattern.compile("(?<!\\b(?:said|says|reported|announced|added|stated|claimed"
			+ "|published|released|issued)\\s(?:on\\s)?)\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
			+ "|yesterday|overnight|last night|(?:early|late)\\s+today|this morning|" + MonthNames.PATTERN
			+ "\\s+\\d{1,2}\\b|\\d{1,2}\\s+" + MonthNames.PATTERN + ")", Pattern.CASE_INSENSITIVE);

	/**
	 * A count kept over a span or over many places ("since March", "so far this year",
	 * "in 2021", "across the province"), or a monitor's tally.
	 */
	private static final Pattern COUNT_SPAN = Pattern.compile("\\b(?:since|so far|to date|this (?:year|month|week)"
			+ "|last (?:year|month|week)|(?:in|during|of) (?:19|20)\\d\\d|weeks|months|years|across|between|over the"
			+ "|during the|a day|per day|each day|every day|daily|nightly|counted|recorded|logged|documented|tallied"
			+ "|registered|total|in all)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern AGGREGATE = Pattern.compile("\\b(?:"
			+ "(?:a|an)\\s+(?:series|string|wave|spate|campaign|pattern)\\s+of" + "|every (?:year|month|week)"
			+ "|(?:days|weeks|months|years|decades) of|sustained campaign|throughout|in the past (?:\\w+\\s+)?(?:days|weeks"
			+ "|months|years)|over the (?:past|last) (?:\\w+\\s+)?(?:days|weeks|months|years)|in recent (?:years|months)"
			+ "|for years|for decades|since at least|in the first decade|history|memories|reminiscent|evokes|numerous"
			+ "|steady stream|tit-for-tat|culminat\\w*|escalations? of"
			// "attacks have averaged about 25 a month", "three raids a week": a rate.
			+ "|averag(?:ed|es|ing)\\s+(?:about\\s+|some\\s+|nearly\\s+|roughly\\s+|more than\\s+)?(?:\\d|"
			+ NumberWords.PATTERN + ")|(?:\\d[\\d,]*|" + NumberWords.PATTERN
			+ ")\\s+(?:[\\w-]+\\s+)?(?:a|per|each)\\s+(?:week|month|year)\\b"
			// "Rockets hit the base at least three times in the spring": a count of
			// attacks on one target, not one of them.
			+ "|(?:hit|struck|targeted|attacked|shelled|bombed)\\b[^,.;]{0,40}?\\b(?:twice|(?:" + NumberWords.PATTERN
			+ "|several|many|multiple|a dozen|dozens of)\\s+times)"
			// "one of several strikes this week", "put the number of roadside bombs at":
			// one of a count, or the count itself.
			+ "|one of (?:the\\s+)?(?:several|many|numerous|dozens of|a number of|a string of|a series of)"
			+ "|the number of (?:[\\w-]+\\s+){0,2}?(?:attacks|bombs|bombings|strikes|raids|incidents)"
			// "the monitor has documented the deaths of more than 1,400 people": a tally
			// kept over time, not one event.
			+ "|(?:has|have|had)\\s+(?:so far\\s+)?(?:documented|recorded|counted|tallied|registered)\\s+(?:the\\s+)?"
			+ "(?:deaths?|killings?)\\s+of)\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * Cues of habit or of a present-perfect summary; they count only without a day date.
	 */
	private static final Pattern HABITUAL = Pattern.compile(
			"\\b(?:repeated|regularly|routinely|(?:become|became|is|are|was|were|been)\\s+(?:\\w+\\s+)?routine|frequently|often|usually"
					+ "|typically|ongoing|campaign against|multiple attacks|pattern|since|(?:is|are|were|was) carrying out|carr(?:y|ies) out"
					+ "|(?:has|have) (?:been )?(?:attack|strik|target|carr|launch|hit)\\w*|stepped up|step(?:ping)? up"
					+ "|(?:attacks|strikes|raids) (?:on|against) (?:[\\w.-]+ ){0,2}(?:bases|positions|targets|facilities|troops"
					+ "|forces))\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "such attacks have become routine", "the shelling has not stopped": a state that
	 * lasts, or its end, not an event, whatever day the story around it gives.
	 */
	private static final Pattern LASTING = Pattern
		.compile("\\b(?:(?:become|became|is|are|was|were|been)\\s+(?:\\w+\\s+)?routine|regularly|routinely|frequently"
				+ "|usually|typically|ongoing|(?:has|have|had)\\s+(?:not|never|largely|mostly)\\s+(?:stopped|ceased|abated"
				+ "|subsided|let up)|(?:has|have|had)\\s+(?:stopped|ceased|abated|subsided)"
				+ "|(?:almost|nearly|virtually)\\s+(?:every\\s+(?:day|night)|daily|nightly)|on\\s+a\\s+daily\\s+basis)\\b",
				Pattern.CASE_INSENSITIVE);

	// Words every match of AGGREGATE, or of HABITUAL, contains (see Cues).
	private static final Cues AGGREGATE_CUES = Cues.of("attacks", "strikes", "incidents", "raids", "assaults", "series",
			"string", "wave", "spate", "campaign", "pattern", "days", "weeks", "months", "years", "decade",
			"throughout", "since", "history", "memories", "reminiscent", "evokes", "numerous", "stream", "tit-for-tat",
			"culminat", "escalation", "every", "twice", "times", "one of", "number of", "documented", "recorded",
			"counted", "tallied", "registered", "averag", "week", "month", "year");

	private static final Cues HABITUAL_CUES = Cues.of("repeated", "regularly", "routine", "frequently", "often",
			"usually", "typically", "ongoing", "campaign", "attacks", "pattern", "since", "carry", "carri", "has",
			"have", "step", "strikes", "raids");

	private static final Pattern LATER = Pattern.compile(
			"^(?:[\\w'\".,-]+\\s+){0,6}?\\b(?:then|later|subsequently"
					+ "|afterwards|in response|in retaliation|retaliated|retaliating|responded)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PLACE_NAMED = Pattern
		.compile("\\b(?=[acefinosvw])(?:in|at|near|outside|inside|into|on|from|over|north of"
				+ "|south of|east of|west of|around|outskirts of|edges? of|cent(?:re|er) of|suburbs? of|vicinity of)\\s+(?:the\\s+)?(?:town|city|village|province|district|base|camp"
				+ "|airport|border|region|area)?\\s*(?:of\\s+)?(?:al-|Al-)?(\\p{Lu}[\\p{L}'-]*|K-?\\d)");

	/** A place-naming phrase that ends in "the" and one word ("from the Saad"). */
	private static final Pattern THE_AND_WORD = Pattern.compile("(?s).*\\bthe\\s+\\S+$");

	private static final Pattern QUARTER = Pattern
		.compile("\\s+(?:[\\p{L}'-]+\\s+)?(?:neighbou?rhood|quarter|district)\\b");

	private static final Pattern NOT_A_PLACE = Pattern.compile("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
			+ "|Sunday|" + MonthNames.PATTERN + ")|.*(?:ian|ese|ish|i)$");

	/**
	 * "Throughout the month, activists report that friends have been abducted", "For
	 * months, militias have shelled the town", "Over the past weeks, ...": a sentence
	 * opened by a span of weeks or more tells of many events over it. A day or a night
	 * ("throughout the night") is one event's span and is left out.
	 */
	private static final Pattern SPAN_OPENER = Pattern.compile("^\\s*(?:(?:Throughout|All through|Across)\\s+"
			+ "(?:the|this|last|that|recent)\\s+(?:[\\w-]+\\s+)?(?:weeks?|months?|years?|period|autumn|fall|winter|spring"
			+ "|summer|season|campaign|protests|uprising|war|conflict)|(?:Throughout|All through)\\s+"
			+ MonthNames.PATTERN
			+ "|For\\s+(?:(?:several|many|some|two|three|four|five|six)\\s+)?(?:weeks|months|years|decades)"
			+ "|(?:Over|In|During)\\s+(?:the\\s+)?(?:past|last|recent)\\s+(?:[\\w-]+\\s+)?(?:weeks|months|years))\\s*,",
			Pattern.CASE_INSENSITIVE);

	/** How far back an event may lie and still be news rather than history. */
	private static final int HISTORY_DAYS = 730;

	private ReportSignals() {
	}

	/**
	 * "six months of rocket fire", "at least seven attacks"; or, when the report has no
	 * day date, "Israel has attacked", "often involved lobbing mortars".
	 */
	static boolean isAggregate(String text, EventDate date) {
		return isAggregate(text, text, date);
	}

	/**
	 * {@link #isAggregate(String, EventDate)} for the phrase at {@code start..end} of
	 * {@code segment}, read in its clause; a count of strikes the segment dates to one
	 * day ("at least ten raids on Raqqa on Tuesday") is that day's one event.
	 */
	static boolean isAggregate(String segment, int start, int end, EventDate date) {
		return segment != null && isAggregate(clauseAround(segment, start, end), segment, date);
	}

	private static boolean isAggregate(String text, String segment, EventDate date) {
		if (text == null) {
			return false;
		}
		boolean dayDated = date != null && date.precision() == DatePrecision.DAY;
		String folded = Cues.fold(text);
		return (AGGREGATE_CUES.mayMatch(folded) && AGGREGATE.matcher(text).find())
				|| (AGGREGATE_CUES.mayMatch(folded) && COUNTED.matcher(text).find() && !toldOfOneDay(segment))
				|| (!dayDated && HABITUAL_CUES.mayMatch(folded) && HABITUAL.matcher(text).find());
	}

	/**
	 * The words date the count to one day and to no span ("on Tuesday", not "since", nor
	 * two days: "17 air strikes on Sunday and Monday").
	 */
	private static boolean toldOfOneDay(String segment) {
		if (COUNT_SPAN.matcher(segment).find()) {
			return false;
		}
		Matcher days = ONE_DAY.matcher(segment);
		String first = null;
		while (days.find()) {
			String day = days.group().toLowerCase(Locale.ROOT);
			if (first != null && !first.equals(day)) {
				return false;
			}
			first = day;
		}
		return first != null;
	}

	/**
	 * "still carry out ambushes", "routinely shelled": a habit, unless dated to a day.
	 */
	static boolean isHabitual(String text, EventDate date) {
		boolean dayDated = date != null && date.precision() == DatePrecision.DAY;
		return text != null && !dayDated
				&& ((HABITUAL_CUES.mayMatch(Cues.fold(text)) && HABITUAL.matcher(text).find()) || isLasting(text));
	}

	/**
	 * "such attacks have become routine", "the shelling has not stopped": a lasting state
	 * or its end, which no day makes one event.
	 */
	static boolean isLasting(String text) {
		return text != null && LASTING.matcher(text).find();
	}

	/**
	 * The comma-free stretch of {@code text} around the phrase at {@code start..end}:
	 * where its own aggregate cues would stand ("at least seven attacks ... throughout
	 * January"), without the neighbouring clause ("..., the latest in a string of
	 * attacks").
	 */
	static String clauseAround(String text, int start, int end) {
		int from = start;
		while (from > 0 && !breaksClause(text, from - 1)) {
			from--;
		}
		int to = end;
		while (to < text.length() && !breaksClause(text, to)) {
			to++;
		}
		return text.substring(from, to);
	}

	/** A comma, semicolon or colon, but not the comma inside a number ("1,400"). */
	private static boolean breaksClause(String text, int at) {
		char c = text.charAt(at);
		if (c == ',') {
			return at == 0 || at + 1 >= text.length() || !Character.isDigit(text.charAt(at - 1))
					|| !Character.isDigit(text.charAt(at + 1));
		}
		return c == ';' || c == ':';
	}

	/**
	 * True when the sentence opens with a span of weeks or more ("Throughout the month,")
	 * and the event has no day date of its own: many events over the span.
	 */
	static boolean opensWithSpan(String sentence, List<EventDate> own) {
		return sentence != null && own.stream().noneMatch(d -> d.precision() == DatePrecision.DAY)
				&& SPAN_OPENER.matcher(sentence).find();
	}

	/** An event dated two years or more before publication is history. */
	static boolean isLongBefore(EventDate date, LocalDate published) {
		return date != null && published != null && date.end().isBefore(published.minusDays(HISTORY_DAYS));
	}

	/**
	 * "Then Washington retaliated": the event follows the one before, it is not the same.
	 */
	static boolean reportsLaterEvent(String sentence) {
		return sentence != null && LATER.matcher(sentence).find();
	}

	/**
	 * True when the sentence names a place after a locative preposition: a capitalised
	 * word that is not a weekday, month or demonym ("the Iraqi base" names none).
	 */
	static boolean namesPlace(String sentence) {
		if (sentence == null) {
			return false;
		}
		var m = PLACE_NAMED.matcher(sentence);
		while (m.find()) {
			String word = m.group(1);
			boolean demonymBeforeNoun = NOT_A_PLACE.matcher(word).matches();
			// "from the Saad neighbourhood": a quarter of a town the story names
			// elsewhere.
			boolean quarter = THE_AND_WORD.matcher(m.group()).matches()
					&& QUARTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt();
			if (!demonymBeforeNoun && !quarter) {
				return true;
			}
		}
		return false;
	}

}
