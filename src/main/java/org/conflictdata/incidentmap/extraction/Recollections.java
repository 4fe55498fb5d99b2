package org.conflictdata.incidentmap.extraction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

/**
 * Two ways a sentence recalls events instead of reporting one. A plural event noun over a
 * whole year ("air strikes killed at least 40 people in the border area last year") is a
 * yearly tally, not an incident. And an event told in a "since ..., when" clause ("the
 * deadliest attack since the spring, when gunmen killed nine pilgrims") is the earlier
 * event the new one is measured against; when that clause holds no date of its own, the
 * day the sentence names belongs to the new event, so the recalled one is history rather
 * than an event of that day. An event told after a cue of memory ("brought back memories
 * of ...", "reminiscent of ...") is recalled too. Null text or a null date recall
 * nothing.
 */
final class Recollections {

	private static final Pattern PLURAL_EVENTS = Pattern
		.compile("(?i)\\b(?:air ?strikes|strikes|attacks|raids|bombings|shellings|clashes|ambushes|air raids"
				+ "|(?:drone|air|rocket|missile|mortar) (?:strikes|attacks))\\b");

	/** "since the autumn, when": an earlier time and what happened then. */
	private static final Pattern SINCE_WHEN = Pattern
		.compile("(?i)\\bsince\\s+(?:[\\w'.-]+\\s+){0,5}?[\\w'.-]+,?\\s+when\\b");

	/**
	 * "brought back memories of March 2022, when missiles landed", "reminiscent of the
	 * bombing": what follows is remembered, not reported.
	 */
	private static final Pattern MEMORY = Pattern
		.compile("(?i)\\b(?:memor(?:y|ies) of|reminiscent of|(?:a |the )?reminders? of|echo(?:es|ing)? of"
				+ "|anniversary of|recall(?:s|ed|ing)? (?:how|that|when)|remember(?:s|ed|ing)? (?:how|that|when))\\b");

	private Recollections() {
	}

	/**
	 * "Turkish strikes killed 22 civilians last year": many events over a year. "More
	 * than 20 people have been killed by rockets since January": a report dated only by
	 * the start of a span that runs to now counts what happened over it.
	 */
	static boolean isSpanTally(Trigger trigger, EventDate date) {
		if (date == null) {
			return false;
		}
		if (date.precision() != DatePrecision.DAY && date.expression() != null
				&& date.expression().toLowerCase(Locale.ROOT).startsWith("since ")) {
			return true;
		}
		return date.precision() == DatePrecision.YEAR && trigger.phrase() != null
				&& PLURAL_EVENTS.matcher(trigger.phrase()).find();
	}

	/**
	 * Whether the trigger follows a cue of memory in its sentence, or stands in a "since
	 * ..., when" clause that carries none of the sentence's dates.
	 */
	static boolean isRecalledSince(String sentence, Trigger trigger, List<EventDate> dates) {
		if (sentence == null || trigger.start() > sentence.length()) {
			return false;
		}
		String before = sentence.substring(0, trigger.start());
		if (MEMORY.matcher(before).find()) {
			return true;
		}
		var m = SINCE_WHEN.matcher(before);
		int at = -1;
		while (m.find()) {
			at = m.start();
		}
		if (at < 0 || EventClassifier.CLAUSE_BREAK.matcher(before.substring(at)).find()) {
			return false;
		}
		String clause = sentence.substring(at, trigger.end());
		return dates.stream()
			.noneMatch((d) -> d != null && d.expression() != null && clause.contains(stripPossessive(d.expression())));
	}

	private static String stripPossessive(String expression) {
		return expression.endsWith("'s") ? expression.substring(0, expression.length() - 2) : expression;
	}

}
