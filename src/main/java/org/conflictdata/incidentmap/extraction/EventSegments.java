package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.DateResolver.DateMention;
import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

/**
 * Cuts a sentence into the parts that belong to its event phrases, so that each phrase
 * gets its own date, casualties and actors: a part runs from the clause break before its
 * phrase (" - ", ";", ", prompting", "in response to", "reminiscent of", "comes days
 * after") to the next one. Phrases that describe one event share a part: two phrases of
 * the same type ("air strikes ... by F-15E's") unless each part carries its own date, and
 * a generic attack verb next to a specific phrase ("These attacks spiked ... following a
 * barrage of rockets") when no break separates them, and a phrase in an undated
 * where-clause after another ("the massacre near the square, where gunmen shot into
 * crowds"). The specific phrase, and of two the first, represents the part. A sentence
 * without phrases has no parts.
 */
final class EventSegments {

	/** The part of a sentence that belongs to one event phrase. */
	record Segment(Trigger trigger, int start, int end) {
	}

	private static final Pattern BREAK = Pattern.compile(
			" - |;|, (?:prompting|which|while|and then|then)\\b| then |, and (?=\\p{Ll}+ed\\b)|\\b(?:(?:a |the |limited )?"
					+ "response to|in response|in retaliation for|retaliation for|reminiscent of|similar to|recalling"
					+ "|compared (?:with|to))\\b"
					// "The strikes come days after a drone hit a car": the earlier event
					// is told in a clause of its own.
					+ "|\\b(?:comes?|came|coming)\\s+(?:[\\w-]+\\s+){0,4}?(?:after|on the heels of)\\b");

	private static final Pattern WHERE = Pattern.compile(",\\s+where\\b");

	private EventSegments() {
	}

	static List<Segment> of(String sentence, List<Trigger> triggers, List<DateMention> dates) {
		List<Segment> out = new ArrayList<>();
		int start = 0;
		Trigger carried = null;
		for (int k = 0; k < triggers.size(); k++) {
			Trigger t = represent(carried, triggers.get(k));
			if (k + 1 < triggers.size()) {
				Trigger next = triggers.get(k + 1);
				int end = boundary(sentence, triggers.get(k).end(), next);
				int nextEnd = (k + 2 < triggers.size()) ? boundary(sentence, next.end(), triggers.get(k + 2))
						: sentence.length();
				boolean unbroken = end == next.start();
				boolean sameType = !t.generic() && t.type() == next.type()
						&& !(hasDate(dates, start, end) && hasDate(dates, end, nextEnd));
				// "Friday's massacre near the square, where gunmen shot into crowds for
				// hours": a where-clause with no day of its own tells how the event just
				// named happened.
				boolean elaborated = !t.generic() && !next.generic()
						&& WHERE.matcher(sentence.substring(triggers.get(k).end(), next.start())).find()
						&& !hasDate(dates, end, nextEnd);
				if (sameType || elaborated || (unbroken && (t.generic() || next.generic()))) {
					carried = t;
					continue;
				}
				out.add(new Segment(t, start, end));
				start = end;
			}
			else {
				out.add(new Segment(t, start, sentence.length()));
			}
			carried = null;
		}
		return out;
	}

	/** The specific phrase represents the part; of two specific ones, the first. */
	private static Trigger represent(Trigger carried, Trigger current) {
		return (carried != null && (!carried.generic() || current.generic())) ? carried : current;
	}

	private static boolean hasDate(List<DateMention> dates, int from, int to) {
		return dates.stream().anyMatch((d) -> d.start() >= from && d.end() <= to);
	}

	/**
	 * Where the next phrase's part begins: the last clause break before it, else the
	 * phrase.
	 */
	private static int boundary(String sentence, int afterEnd, Trigger next) {
		if (next.start() <= afterEnd) {
			return next.start();
		}
		Matcher m = BREAK.matcher(sentence.substring(afterEnd, next.start()));
		int boundary = -1;
		while (m.find()) {
			boundary = afterEnd + m.start();
		}
		return (boundary >= 0) ? boundary : next.start();
	}

}
