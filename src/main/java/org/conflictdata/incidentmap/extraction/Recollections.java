package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
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
 * of ...", "reminiscent of ...") is recalled too, and so is one set years back ("two
 * years ago", "on this day last year"). Null text or a null date recall nothing.
 */
final class Recollections {

	private static final Pattern PLURAL_EVENTS = Pattern
		.compile("(?i)\\b(?:air ?strikes|strikes|attacks|raids|bombings|shellings|clashes|ambushes|air raids"
				+ "|(?:drone|air|rocket|missile|mortar) (?:strikes|attacks))\\b");

	/** "since the autumn, when": an earlier time and what happened then. */
	private static final Pattern SINCE_WHEN = Pattern
		.compile("(?i)\\bsince\\s+(?:[\\w'.-]+\\s+){0,5}?[\\w'.-]+,?\\s+when\\b");

	/**
	 * What ends a "since ..., when" clause: a clause break other than ", and", which goes
	 * on telling the earlier time ("since November, when protesters burned the consulate,
	 * and gunmen opened fire on them").
	 */
	private static final Pattern WHEN_CLAUSE_BREAK = Pattern
		.compile("[;:]| - |\\(|\\)|\\bbut\\b|, (?:while|which|who)\\b");

	/**
	 * "brought back memories of March 2022, when missiles landed", "reminiscent of the
	 * bombing": what follows is remembered, not reported.
	 */
	private static final Pattern MEMORY = Pattern
		.compile("(?i)\\b(?:memor(?:y|ies) of|reminiscent of|(?:a |the )?reminders? of|echo(?:es|ing)? of"
				+ "|anniversary of|recall(?:s|ed|ing)? (?:how|that|when)|remember(?:s|ed|ing)? (?:how|that|when))\\b");

	/**
	 * "Two years ago, gunmen stormed ...", "on this day last year": an event set a year
	 * or more back from the day of writing, an anniversary told, not news.
	 */
	private static final Pattern YEARS_AGO = Pattern
		.compile("(?i)\\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many"
				+ "|few|a few|\\d{1,2})\\s+(?:full\\s+)?(?:years?|decades?)\\s+ago"
				+ "|(?:on\\s+this\\s+(?:day|date)|this\\s+time|at\\s+this\\s+time|this\\s+week)\\s+(?:last|a)\\s+year"
				+ "|on\\s+this\\s+(?:day|date)\\s+in\\s+(?:19|20)\\d\\d)\\b");

	/**
	 * "The raid came a week after gunmen stormed ...", "the attack follows deadly
	 * clashes": the story's event placed in time after another, which is therefore
	 * earlier. "Was followed by" points the other way and is left out.
	 */
	private static final Pattern CAME_AFTER = Pattern
		.compile("(?i)\\b(?:(?:came|comes|come|happened|occurred|took place)\\s+(?:[\\w-]+\\s+){0,4}?after"
				+ "|(?<!(?:was|were|been|is|are|be) )follow(?:s|ed)(?!\\s+(?:by|in|on|at|as|when|where|and|suit|up)\\b))\\b");

	/** A lone line opening a section of earlier events: "Background", "Context:". */
	private static final Pattern BACKGROUND_HEADING = Pattern
		.compile("(?i)\\s*(?:the\\s+)?(?:background|context|history|backstory)(?:\\s+to\\s+[^.!?]{1,40})?\\s*:?\\s*");

	private static final Pattern BACKGROUND_LABEL = Pattern.compile("(?i)\\s*(?:background|context)\\s*:\\s+\\S");

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
		if (MEMORY.matcher(before).find() || isYearsAgo(sentence, trigger)) {
			return true;
		}
		var m = SINCE_WHEN.matcher(before);
		int at = -1;
		while (m.find()) {
			at = m.start();
		}
		if (at < 0 || WHEN_CLAUSE_BREAK.matcher(before.substring(at)).find()) {
			return false;
		}
		String clause = sentence.substring(at, trigger.end());
		return dates.stream()
			.noneMatch((d) -> d != null && d.expression() != null && clause.contains(stripPossessive(d.expression())));
	}

	/**
	 * Whether a cue of a year or more ago stands in the trigger's clause, before it ("A
	 * year ago this week, on 28 November, police opened fire") or after it ("the town was
	 * shelled two years ago").
	 */
	static boolean isYearsAgo(String sentence, Trigger trigger) {
		var m = YEARS_AGO.matcher(sentence);
		while (m.find()) {
			String between = m.end() <= trigger.start() ? sentence.substring(m.end(), trigger.start())
					: m.start() >= trigger.end() ? sentence.substring(trigger.end(), m.start()) : null;
			if (between != null && !EventClassifier.CLAUSE_BREAK.matcher(between).find()) {
				return true;
			}
		}
		return false;
	}

	private static String stripPossessive(String expression) {
		return expression.endsWith("'s") ? expression.substring(0, expression.length() - 2) : expression;
	}

	/**
	 * Whether the trigger stands in the clause after "came ... after" or "follows" and
	 * the sentence gives it no date of its own: an earlier event the story's event is
	 * placed against, recalled rather than reported.
	 */
	static boolean isPlacedBefore(String sentence, Trigger trigger, List<EventDate> own) {
		if (sentence == null || trigger.start() > sentence.length() || !own.isEmpty()) {
			return false;
		}
		String before = sentence.substring(0, trigger.start());
		var m = CAME_AFTER.matcher(before);
		int at = -1;
		while (m.find()) {
			at = m.end();
		}
		return at >= 0 && !EventClassifier.CLAUSE_BREAK.matcher(before.substring(at)).find()
				&& before.substring(at).indexOf(',') < 0;
	}

	/** Whether a line is the heading of a background section ("Background"). */
	static boolean isBackgroundHeading(String line) {
		return line != null && BACKGROUND_HEADING.matcher(line).matches();
	}

	/**
	 * Whether a paragraph opens on a background label ("Background: The raid was ...").
	 */
	static boolean opensWithBackgroundLabel(String sentence) {
		return sentence != null && BACKGROUND_LABEL.matcher(sentence).lookingAt();
	}

	/**
	 * An event in a background section told with a day of its own a week or more before
	 * publication (a vaguer date may be the story's own event, recalled for context):
	 * history the story recalls, not news.
	 */
	static boolean isDatedBackground(boolean inBackground, List<EventDate> own, EventDate date, LocalDate published) {
		return inBackground && !own.isEmpty() && date != null && published != null
				&& date.precision() == DatePrecision.DAY && date.end().isBefore(published.minusDays(7));
	}

}
