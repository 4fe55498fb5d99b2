package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.DateResolver.DateMention;
import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

/**
 * Two events a sentence ties by a count of days: "Crowds stormed the embassy, two days
 * after jets pounded the militia's bases". The count ({@link AnchoredDates}) is the day
 * of the event it names; the event told before it is on the day the count runs from. A
 * count that names no event ("two days after the funeral") dates what it follows, as
 * before.
 */
final class CountedDays {

	private static final Pattern DAY_COUNT = Pattern
		.compile("(an?|" + NumberWords.PATTERN + ")\\s+(day|week)s?\\s+(after|before)", Pattern.CASE_INSENSITIVE);

	private static final Pattern ENDS_AFTER_OR_BEFORE = Pattern.compile("\\b(?:after|before)$",
			Pattern.CASE_INSENSITIVE);

	/** How far after the count the event it names begins. */
	private static final int NAMED_EVENT_REACH = 40;

	private CountedDays() {
	}

	/** True when {@code d} is a count of days or weeks followed by the event it dates. */
	static boolean isCountToEvent(String sentence, DateMention d) {
		return d.kind() == DateResolver.Kind.RELATIVE_TO_ANCHOR && d.date() != null
				&& ENDS_AFTER_OR_BEFORE.matcher(d.date().expression()).find()
				&& AnchoredDates.eventFollows(sentence, d.end());
	}

	/** True when the event phrase {@code t} is the one the count names. */
	static boolean follows(String sentence, DateMention d, Trigger t) {
		int gap = t.start() - d.end();
		return gap >= 0 && gap < NAMED_EVENT_REACH && sentence.substring(d.end(), t.start()).indexOf(',') < 0;
	}

	/**
	 * The day the count runs from, at the count's place in the sentence; null when the
	 * count is not one of days or weeks. A count of weeks was widened by two days either
	 * side ({@link Calendars#shift}); the day it ran from is exact.
	 */
	static DateMention countedFrom(DateMention d) {
		Matcher m = DAY_COUNT.matcher(d.date().expression());
		boolean week = m.matches() && m.group(2).equalsIgnoreCase("week");
		DatePrecision expected = week ? DatePrecision.WEEK : DatePrecision.DAY;
		if (!m.matches() || d.date().precision() != expected) {
			return null;
		}
		int n = NumberWords.parse(m.group(1)) * (week ? 7 : 1);
		boolean after = m.group(3).toLowerCase(Locale.ROOT).equals("after");
		LocalDate counted = d.date().start().plusDays(week ? 2 : 0);
		LocalDate day = counted.plusDays(after ? n : -n);
		EventDate date = EventDate.day(day, d.date().expression(),
				"the day '" + d.date().expression() + "' the event it names counts from → " + day);
		return new DateMention(d.start(), d.end(), date, d.kind());
	}

}
