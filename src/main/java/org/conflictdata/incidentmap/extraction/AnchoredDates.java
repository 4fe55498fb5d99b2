package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.DateResolver.DateMention;
import org.conflictdata.incidentmap.extraction.DateResolver.Kind;

/**
 * The part of {@link DateResolver} that reads dates counted from another date: "two days
 * later", "the following morning", "hours after the funeral", "two days after the
 * December 25 speech". The other date is, in order of preference, an absolute date right
 * after the phrase, the nearest earlier date in the same sentence, or the anchor the text
 * mentioned before.
 */
final class AnchoredDates {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE;

	/** Between "three days later" and the date that restates it: ", on ", " (". */
	private static final Pattern RESTATEMENT_GAP = Pattern.compile("\\s*[,(]?\\s*(?:on|in)?\\s*", FLAGS);

	private static final Pattern ANCHOR_RELATIVE = Pattern.compile("\\b(?:(an?|" + NumberWords.PATTERN
			+ ")\\s+(day|week)s?\\s+(later|earlier|after|before|afterwards)|(the next day|the following day|the day after"
			+ "|the next morning|the following morning|the previous day|the day before|the night before|the previous night"
			+ "|that day|(?:the|that) same (?:day|night|morning|evening)|later that day|that night|the same night"
			+ "|(?:at|about|around) (?:the|that) same time|(?:hours|minutes) (?:later|after|before|earlier)"
			+ "|the following week" + "|the next week|the week after|the week before"
			+ "|(?:a few |several |some )?days (?:later|afterwards)))\\b", FLAGS);

	private static final Cues ANCHOR_RELATIVE_CUES = Cues
		.of("day", "week", "morning", "night", "hours", "minutes", "time")
		.and("later", "earlier", "after", "before", "next", "following", "previous", "that day", "that night", "same");

	/**
	 * "the ambush", "that deadly raid": a short definite phrase naming an earlier event.
	 */
	private static final Pattern NAMED_EVENT = Pattern
		.compile("\\s*(?:the|this|that|these|those)\\s+(?:[\\w'-]+\\s+){0,2}?[\\w'-]+\\s*", FLAGS);

	private AnchoredDates() {
	}

	/**
	 * Adds to {@code out} the expressions of {@code s} counted from another date. "Crowds
	 * stormed the embassy, two days after jets pounded ..." with no date told before: a
	 * report's opening is about its own day, so the count runs from publication.
	 */
	static void find(String s, String folded, Calendars cal, LocalDate published, List<DateMention> out) {
		Matcher m = ANCHOR_RELATIVE.matcher(s);
		while (ANCHOR_RELATIVE_CUES.mayMatch(folded) && m.find()) {
			int days;
			boolean week = false;
			boolean eventAfter = false;
			if (m.group(1) != null) {
				int n = NumberWords.parse(m.group(1));
				week = m.group(2).equalsIgnoreCase("week");
				String direction = m.group(3).toLowerCase(Locale.ROOT);
				days = n * (week ? 7 : 1) * (direction.equals("earlier") || direction.equals("before") ? -1 : 1);
				if ((direction.equals("before") || direction.equals("after")) && eventFollows(s, m.end())) {
					// "It came two days before aircraft struck ...": the event named
					// after "before"
					// is the later one, so the shift runs from the anchor the other way.
					days = -days;
					eventAfter = true;
				}
			}
			else {
				String phrase = m.group(4).toLowerCase(Locale.ROOT);
				week = phrase.contains("week");
				days = phrase.contains("before") || phrase.contains("previous") ? -1
						: phrase.contains("next") || phrase.contains("following") || phrase.contains("after") ? 1 : 0;
				days *= week ? 7 : 1;
				if (phrase.endsWith("later") && phrase.contains("days") || phrase.endsWith("afterwards")) {
					// "days later": a few days on, known to about a week.
					days = 3;
					week = true;
				}
				if (phrase.startsWith("hours") || phrase.startsWith("minutes")) {
					// Hours apart is, as far as a day date can tell, the same day.
					days = 0;
				}
			}
			if (restated(s, m, out)) {
				continue;
			}
			// "two days after the December 25 speech": the date after "after" is the
			// anchor.
			DateMention explicitAnchor = null;
			if (days != 0) {
				for (DateMention d : out) {
					if (d.kind() == Kind.ABSOLUTE && d.start() >= m.end() && d.start() - m.end() < 60) {
						explicitAnchor = d;
						break;
					}
				}
			}
			if (explicitAnchor != null) {
				out.remove(explicitAnchor);
			}
			EventDate from = (explicitAnchor != null) ? explicitAnchor.date() : cal.anchor();
			if (explicitAnchor == null) {
				// "... this month - prompting a reprisal strike one day later": the date
				// earlier in the same sentence is the nearer anchor.
				int nearestEnd = -1;
				for (DateMention d : out) {
					if (d.end() <= m.start() && d.end() > nearestEnd && d.kind() != Kind.RELATIVE_TO_ANCHOR) {
						from = d.date();
						nearestEnd = d.end();
					}
				}
			}
			if (from == null && eventAfter && published != null) {
				from = EventDate.day(published, "publication", "the report's own day " + published);
			}
			DateResolver.add(out, m, Calendars.shift(m.group(), from, days, week), Kind.RELATIVE_TO_ANCHOR);
		}
	}

	/**
	 * True when the sentence dates the event itself, so the relative phrase adds nothing:
	 * "Three days later, on 15 March, gunmen ..." restates the day right after the
	 * phrase; "two days after warplanes bombed positions on Monday" dates the bombing
	 * with its own clause's date, the "after" dating only the sentence's subject.
	 */
	private static boolean restated(String s, Matcher m, List<DateMention> out) {
		String direction = (m.group(3) != null) ? m.group(3).toLowerCase(Locale.ROOT) : "";
		boolean eventAfter = (direction.equals("before") || direction.equals("after")) && eventFollows(s, m.end());
		for (DateMention d : out) {
			if (d.start() < m.end() || d.kind() == Kind.RELATIVE_TO_ANCHOR) {
				continue;
			}
			String gap = s.substring(m.end(), d.start());
			if ((!eventAfter && RESTATEMENT_GAP.matcher(gap).matches()) || (eventAfter && gap.indexOf(',') < 0)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * True when the words right after a "before"/"after" (up to the next comma) report an
	 * event themselves, rather than name the anchor ("after Kochavi's speech").
	 */
	static boolean eventFollows(String s, int from) {
		int comma = s.indexOf(',', from);
		String complement = s.substring(from, (comma >= 0) ? comma : s.length());
		if (NAMED_EVENT.matcher(complement).matches()) {
			// "two days after the ambush,": an event already told, named as the anchor.
			return false;
		}
		return EventClassifier.triggers(complement).stream().anyMatch((t) -> !t.generic() && t.start() < 40);
	}

}
