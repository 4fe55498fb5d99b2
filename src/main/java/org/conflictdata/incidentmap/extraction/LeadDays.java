package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * Dates the undated events of a news report by the day of its lead. A report is told
 * about the day its opening sentences date ("Missiles struck camps near the border on
 * Wednesday"); what the body adds without a date of its own ("Further west, drones hit a
 * second camp") belongs to that day, while background carries a date or is marked
 * historical. Once the body reports an event on another day, the story has moved on and
 * nothing after it is dated so. Only an event told with a specific word and a place of
 * its own is dated so; "the attack" without one only refers to an event. The lead is the
 * first event dated to a day within the first {@value #LEAD_SENTENCES} sentences, and
 * only a day in the week up to publication (where an undated event would be placed
 * anyway) is lent. Without a publication date, a dated lead, or undated events nothing
 * changes; historical events keep no date.
 */
final class LeadDays {

	/** How many sentences from the top the lead may take to date its event. */
	static final int LEAD_SENTENCES = 3;

	/** The week up to publication, the span an undated event is otherwise given. */
	private static final int WEEK_DAYS = 6;

	private LeadDays() {
	}

	/** Gives each undated, non-historical draft the lead's day; see the class comment. */
	static void lend(List<MentionDraft> drafts, LocalDate published) {
		if (published == null) {
			return;
		}
		EventDate lead = null;
		for (MentionDraft d : drafts) {
			if (d.sentenceIndex > LEAD_SENTENCES) {
				break;
			}
			if (d.date != null && !d.historical && d.date.precision() == DatePrecision.DAY) {
				lead = d.date;
				break;
			}
		}
		if (lead == null || lead.start().isAfter(published) || lead.start().isBefore(published.minusDays(WEEK_DAYS))) {
			return;
		}
		for (MentionDraft d : drafts) {
			if (d.date != null && d.date.precision() == DatePrecision.DAY && !d.date.start().equals(lead.start())
					&& !d.historical) {
				// "striking targets on Friday night": the story has moved on to
				// another day, and what follows undated may belong to that one.
				return;
			}
			// "called the attack a violation": a generic word or a sentence without a
			// place of its own only refers to an event, and stays undated.
			boolean reportsItsOwn = !d.trigger.generic() && ReportSignals.namesPlace(d.sentence.text());
			if (d.date == null && !d.historical && reportsItsOwn) {
				d.date = EventDate.day(lead.start(), lead.expression(), "no date of its own in a report whose lead"
						+ " dates its event '" + lead.expression() + "' → " + lead.start());
			}
		}
	}

}
