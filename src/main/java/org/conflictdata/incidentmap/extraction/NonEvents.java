package org.conflictdata.incidentmap.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

/**
 * Recognises clauses that talk about an event without reporting one: plans, threats,
 * warnings, hypotheticals, negations, expectations and policy, and sentences that only
 * rank the event told before them. A trigger outside its sentence is a caller error.
 */
final class NonEvents {

	private static final Pattern NON_EVENT = Pattern
		.compile("\\b(?=[acdefhimnoprstuvw])(?:could|would|might|(?-i:may)|should|will|shall|if|whether"
				+ "|unless|possible|possibly|potential|potentially|plans?|planned|planning|prepare|preparing|threat|threats"
				+ "|threaten|threatened|threatening|warn|warned|warning|warns|options?|contingency|designated|designation"
				+ "|sanctioned|sanctions|hypotheticals?|deter|deterring|future|vowed?|pledged?|promised?|seeking|intends?"
				+ "|aimed(?!\\s+at\\s+(?!\\w+ing\\b))|poised|set to|about to|call(?:ed)? it off|stood down|did not|didn't|no mention|not going to|wants? to"
				+ "|ready to|in response to the downing|red line|afraid|fears?|feared|risks?|(?:was|were|is|are) coming|imminent"
				+ "|exposed to|vulnerable to)\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * "No clashes were reported", "without strikes"; "they expect attacks to continue".
	 */
	private static final Pattern DENIED_OR_EXPECTED = Pattern.compile(
			"\\b(?:no|without)\\s+(?:[\\w-]+\\s+)?$|\\b(?:expects?|expected|expecting|forecasts?|predicts?)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "It was the first suicide attack in the city in a year", "This was the deadliest
	 * bombing since 2019": a sentence that ranks the event just told, not a new one.
	 */
	private static final Pattern RANKS_THE_LAST = Pattern
		.compile("^\\s*(?:It|This|That)\\s+(?:was|is|had been|has been|marked)\\s+(?:also\\s+)?(?:the|its)\\s+"
				+ "(?:first|second|third|fourth|fifth|latest|deadliest|biggest|largest|worst|bloodiest|most [\\w-]+)"
				+ "\\s+(?:[\\w-]+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);

	/**
	 * "The attacks so far look calibrated", "the strikes to date": a series judged as a
	 * whole, not one event.
	 */
	private static final Pattern SERIES_SO_FAR = Pattern.compile("^\\s+(?:so far|to date|thus far)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "small night raids, roadside bombs, assassinations and kidnappings": a bare plural
	 * that is one item of an enumeration names a kind of event (a tactic), not one event;
	 * a number before it ("two roadside bombs") or a verb after it ("roadside bombs
	 * killed three") makes it a report again.
	 */
	private static final Pattern LIST_ITEM_BEFORE = Pattern.compile(
			"(?:\\w\\w+s,|\\w\\w+s,?\\s+(?:and|or))\\s+(?!(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b)"
					+ "(?:[\\w-]+\\s+){0,2}$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LIST_ITEM_AFTER = Pattern
		.compile("^(?:\\s*[,.;)]|\\s*$|\\s+(?:and|or|on|in|of|against|along)\\b)", Pattern.CASE_INSENSITIVE);

	/** "roadside bombs", "kidnappings": a plural noun, not a verb phrase. */
	private static final Pattern BARE_PLURAL = Pattern.compile("(?:(?![\\w-]+ed\\s)[\\w-]+\\s)?[\\w-]+s");

	/** "raids," before the item: the list has a comma after a plural of its own. */
	private static final Pattern PLURAL_COMMA = Pattern.compile("\\w\\ws,");

	private static final Pattern THE_PLURAL = Pattern.compile("\\b(?:the|these|those)\\s+(?:[\\w-]+\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "denied reports that troops had clashed with soldiers": the event is the content of
	 * a denied report. A denial of a role in an event ("denied it was behind the attack")
	 * leaves the event itself reported.
	 */
	private static final Pattern DENIED_REPORT = Pattern.compile(
			"\\b(?:denied|denies|deny|denying|dismissed|rejected|refuted)\\s+(?:(?:the|any|earlier|media|such)\\s+)?"
					+ "(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stories|accounts?)\\b"
					+ "(?![^.;]*\\b(?:behind|responsib\\w*|involve\\w*|role|carried out|was to blame)\\b)[^.;]*$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "the troops met only snipers and roadside bombs": kinds of resistance met on the
	 * way, not one event.
	 */
	private static final Pattern MET_ONLY = Pattern.compile(
			"\\b(?:met|faced|encountered|met with)\\s+(?:only|little but|nothing but|mostly|mainly|little more than)\\s+"
					+ "[^.;]{0,40}$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "Since the start of the air campaign", "since the outbreak of the fighting": the
	 * event names where a span of time begins, it is not reported here.
	 */
	private static final Pattern SPAN_START = Pattern.compile(
			"\\b(?:since|from)\\s+(?:the\\s+)?(?:start|beginning|launch|outset|onset|outbreak)\\s+of\\s+(?:[\\w'\\u2019-]+\\s+){0,4}$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "Rights groups count more than 30 activists assassinated since 2019", "some 200
	 * reporters killed over the past decade": a count of victims before the verb and a
	 * span after it make a running tally of many events, not one.
	 */
	private static final Pattern TALLY_COUNT = Pattern
		.compile("\\b(?:\\d[\\d,]*|dozens|scores|hundreds|thousands)\\s+(?:of\\s+)?(?:[\\w-]+\\s+)?[\\w-]+s\\s+"
				+ "(?:(?:have|had)\\s+been\\s+|were\\s+)?$", Pattern.CASE_INSENSITIVE);

	private static final Pattern TALLY_SPAN = Pattern.compile(
			"^[^.;]{0,80}?\\b(?:since\\s+(?:[^.;]{0,40}?\\b(?:19|20)\\d\\d\\b|[^.;]{0,40}?\\b(?:began|started|erupted|broke out)\\b)"
					+ "|(?:over|in|during)\\s+the\\s+(?:past|last)\\s+(?:[\\w-]+\\s+)?(?:years?|months|decades?))",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "since the protests began on 1 October, when crowds took to the streets": the
	 * clause after the start of a span tells how the span began, not a new event.
	 */
	private static final Pattern SPAN_BEGAN_WHEN = Pattern.compile(
			"\\bsince\\s+[^.;]{0,60}?\\b(?:began|started|erupted|broke out)\\b[^.;]{0,40},\\s+when\\s+[^.;,]{0,60}$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "abductees", "detainees", "evacuees": the word goes on past the trigger into a noun
	 * for the people it happened to, which names no event ("the office for rescuing
	 * abductees").
	 */
	private static final Pattern PERSON_SUFFIX = Pattern.compile("^ees?\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * "Reports on Saturday of a second air strike ... were denied by the coalition", "a
	 * report that a salvo had hit the base was completely unfounded": the event is the
	 * content of a report denied or called false after it.
	 */
	private static final Pattern REPORT_OF = Pattern.compile(
			"\\b(?:reports?|claims?|rumou?rs?|allegations?|accounts?)\\b(?:[^.;]{0,40}?\\bof\\s+(?:[\\w-]+\\s+){0,4}"
					+ "|[^.;]{0,60}?\\bthat\\s+(?:[\\w-]+\\s+){0,4})$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DENIED_AFTER = Pattern.compile(
			"^[^.;]{0,160}?\\b(?:was|were|is|are|has been|have been|had been)\\s+[\"'\u201c]?(?:\\w+\\s+)?[\"'\u201c]?"
					+ "(?:denied|dismissed|rejected|refuted|disputed|unfounded|false|baseless|untrue|fabricated|groundless"
					+ "|incorrect|inaccurate|fake)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "The risk now is less a war than a steady drip of rocket fire", "the danger is a
	 * wave of bombings": a sentence whose subject is a risk or a prospect speaks of
	 * events that may come.
	 */
	private static final Pattern PROSPECT_SUBJECT = Pattern.compile(
			"^\\s*(?:The|A|Its|Their|One|Another)\\s+(?:[\\w-]+\\s+)?(?:risks?|dangers?|threats?|fears?|worry|worries"
					+ "|concerns?|prospects?|spectre|specter|nightmare)\\s+(?:(?:now|here|today|then|ahead|instead)\\s+)?"
					+ "(?:is|are|was|remains|lies|would be)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "resumed after a lull following the missile strikes of 8 January": the event marks
	 * where a pause began, told to date another; it is reported elsewhere.
	 */
	private static final Pattern LULL_AFTER = Pattern.compile(
			"\\b(?:lull|pause|break|calm|respite|hiatus|quiet|truce|halt)\\s+(?:that\\s+)?(?:following|after|since)\\s+"
					+ "(?:the\\s+|a\\s+|an\\s+)?(?:[\\w'\\u2019-]+\\s+){0,3}$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "We expect: (1) continued air activity; (2) further rocket fire", "Outlook: ...": a
	 * sentence that opens as a forecast speaks of events to come in every item.
	 */
	private static final Pattern FORECAST_OPENING = Pattern.compile(
			"^\\s*(?:(?:we|analysts|officials)\\s+(?:\\w+\\s+)?(?:expect|anticipate|forecast|predict|project)\\b"
					+ "|(?:outlook|forecast|prognosis|looking ahead|what to watch|watch for|expect)\\s*[:,-]"
					+ "|in\\s+the\\s+(?:coming|next)\\s+(?:days|weeks|months|week|month)\\b)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "rocket attacks ... are likely next week": the clause after the event calls it
	 * likely, a forecast; "was likely carried out by" judges who did a past one.
	 */
	private static final Pattern LIKELY_AFTER = Pattern.compile(
			"^[^.;:]{0,80}?\\b(?:are|is|remain|remains|seem|seems|look|looks|appear|appears)\\s+(?:\\w+\\s+)?likely\\b"
					+ "(?!\\s+(?:to\\s+have|carried|behind|responsible|the\\s+work|linked|caused|set|planted|fired|launched))",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "From rockets to roadside bombs: how the militias changed", "from drones to IEDs":
	 * a line that opens on a range of kinds names tactics, not an event.
	 */
	private static final Pattern FROM_KIND_TO_KIND = Pattern.compile(
			"^\\s*from\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+s\\s+to\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+s\\b",
			Pattern.CASE_INSENSITIVE);

	private NonEvents() {
	}

	/**
	 * True when the clause holding {@code trigger} speaks of the event as planned,
	 * threatened, feared, hypothetical, denied or a matter of policy rather than as
	 * something that happened, or when the sentence only ranks the event told before it.
	 */
	static boolean isNonEvent(String sentence, Trigger trigger) {
		int from = clauseStart(sentence, trigger.start());
		int to = clauseEnd(sentence, trigger.end());
		String before = sentence.substring(Math.max(from, trigger.start() - 70), trigger.start());
		String after = sentence.substring(trigger.end(), Math.min(to, trigger.end() + 25));
		return PERSON_SUFFIX.matcher(sentence.substring(trigger.end())).find() || NON_EVENT.matcher(before).find()
				|| NON_EVENT.matcher(after).find() || DENIED_OR_EXPECTED.matcher(before).find()
				|| RANKS_THE_LAST.matcher(sentence.substring(0, trigger.start())).matches()
				|| isSeriesSoFar(sentence, trigger, before) || isKindInAList(sentence, trigger)
				|| DENIED_REPORT.matcher(sentence.substring(Math.max(0, trigger.start() - 200), trigger.start())).find()
				|| isKindMet(sentence, trigger) || isTally(sentence, trigger)
				|| SPAN_BEGAN_WHEN.matcher(sentence.substring(Math.max(0, trigger.start() - 160), trigger.start()))
					.find()
				|| SPAN_START.matcher(sentence.substring(Math.max(0, trigger.start() - 80), trigger.start())).find()
				|| isDeniedAfter(sentence, trigger)
				|| LULL_AFTER.matcher(sentence.substring(Math.max(0, trigger.start() - 80), trigger.start())).find()
				|| PROSPECT_SUBJECT.matcher(sentence.substring(0, trigger.start())).find()
				|| isForecast(sentence, trigger, to) || Aftermaths.isAftermath(sentence, trigger);
	}

	/**
	 * Whether the sentence opens as a forecast before the trigger, calls it likely in its
	 * clause, or opens on a range of kinds of event the trigger belongs to.
	 */
	private static boolean isForecast(String sentence, Trigger trigger, int clauseEnd) {
		if (FORECAST_OPENING.matcher(sentence.substring(0, trigger.start())).lookingAt()
				|| LIKELY_AFTER.matcher(sentence.substring(trigger.end(), clauseEnd)).find()) {
			return true;
		}
		Matcher range = FROM_KIND_TO_KIND.matcher(sentence);
		return range.lookingAt() && trigger.start() < range.end();
	}

	private static boolean isDeniedAfter(String sentence, Trigger trigger) {
		return REPORT_OF.matcher(sentence.substring(Math.max(0, trigger.start() - 80), trigger.start())).find()
				&& DENIED_AFTER.matcher(sentence.substring(trigger.end())).find();
	}

	/**
	 * True when a plural trigger is an item of a list of plurals: a separator right
	 * before it and a plural ended by a comma not far before.
	 */
	static boolean isKindInAList(String sentence, Trigger trigger) {
		// "abduct(ion)" matched before its plural s: the word ends past the trigger.
		int end = trigger.end();
		if (!trigger.phrase().endsWith("s") && end < sentence.length() && sentence.charAt(end) == 's') {
			end++;
		}
		if (!BARE_PLURAL.matcher(sentence.substring(trigger.start(), end)).matches()) {
			return false;
		}
		String before = sentence.substring(Math.max(0, trigger.start() - 60), trigger.start());
		if (!LIST_ITEM_BEFORE.matcher(before).find() || !LIST_ITEM_AFTER.matcher(sentence.substring(end)).find()) {
			return false;
		}
		return PLURAL_COMMA.matcher(before).find();
	}

	private static boolean isTally(String sentence, Trigger trigger) {
		return TALLY_COUNT.matcher(sentence.substring(Math.max(0, trigger.start() - 50), trigger.start())).find()
				&& TALLY_SPAN.matcher(sentence.substring(trigger.start())).find();
	}

	private static boolean isKindMet(String sentence, Trigger trigger) {
		return BARE_PLURAL.matcher(trigger.phrase()).matches()
				&& MET_ONLY.matcher(sentence.substring(Math.max(0, trigger.start() - 60), trigger.start())).find()
				&& LIST_ITEM_AFTER.matcher(sentence.substring(trigger.end())).find();
	}

	private static boolean isSeriesSoFar(String sentence, Trigger trigger, String before) {
		return trigger.phrase().endsWith("s") && THE_PLURAL.matcher(before).find()
				&& SERIES_SO_FAR.matcher(sentence.substring(trigger.end())).find();
	}

	private static int clauseStart(String s, int at) {
		Matcher m = EventClassifier.CLAUSE_BREAK.matcher(s.substring(0, at));
		int start = 0;
		while (m.find()) {
			start = m.end();
		}
		return start;
	}

	private static int clauseEnd(String s, int at) {
		Matcher m = EventClassifier.CLAUSE_BREAK.matcher(s);
		return m.find(at) ? m.start() : s.length();
	}

}
