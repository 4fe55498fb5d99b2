package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

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
 * <p>
 * A feature may open on the scene before it dates it: "The convoy had just left the
 * airport when the missiles struck. Early on Sunday, a drone fired on two cars ...". An
 * undated strike in the opening sentences, right before the sentence that dates a strike,
 * is that strike told first: it takes that day, and when it names only missiles while the
 * dated sentence says a drone or aircraft fired them, an air strike's type.
 */
final class LeadDays {

	/** How many sentences from the top the lead may take to date its event. */
	static final int LEAD_SENTENCES = 3;

	/** The week up to publication, the span an undated event is otherwise given. */
	private static final int WEEK_DAYS = 6;

	/** The strike kinds a scene and its dated telling may share. */
	private static final Set<EventType> STRIKES = Set.of(EventType.SHELLING_ARTILLERY_MISSILE,
			EventType.AIR_DRONE_STRIKE);

	private static final Pattern MISSILE = Pattern.compile("\\bmissiles?\\b", Pattern.CASE_INSENSITIVE);

	private LeadDays() {
	}

	private static boolean isStrike(MentionDraft d) {
		return !d.trigger.generic() && STRIKES.contains(d.trigger.type());
	}

	/**
	 * Joins an opening scene to the strike the next sentence dates; see the class
	 * comment.
	 */
	private static void joinScene(List<MentionDraft> drafts) {
		for (int k = 0; k + 1 < drafts.size(); k++) {
			MentionDraft scene = drafts.get(k);
			MentionDraft told = drafts.get(k + 1);
			if (scene.sentenceIndex > LEAD_SENTENCES || told.sentenceIndex != scene.sentenceIndex + 1) {
				continue;
			}
			boolean strikes = isStrike(scene) && isStrike(told);
			// A headline or standfirst without closing punctuation sums up the story
			// rather than opening a scene; other rules join it to the report.
			String text = scene.sentence.text().strip();
			boolean headline = text.isEmpty() || ".!?\"\u201d".indexOf(text.charAt(text.length() - 1)) < 0;
			if (!strikes || headline || scene.date != null || scene.historical || told.historical || told.date == null
					|| told.date.precision() != DatePrecision.DAY) {
				continue;
			}
			scene.date = EventDate.day(told.date.start(), told.date.expression(), "an opening scene the next"
					+ " sentence dates '" + told.date.expression() + "' → " + told.date.start());
			Trigger t = scene.trigger;
			if (t.type() == EventType.SHELLING_ARTILLERY_MISSILE && told.trigger.type() == EventType.AIR_DRONE_STRIKE
					&& MISSILE.matcher(t.phrase()).find()) {
				scene.trigger = new Trigger(EventType.AIR_DRONE_STRIKE, t.phrase(), t.start(), t.end());
			}
		}
	}

	/** Gives each undated, non-historical draft the lead's day; see the class comment. */
	static void lend(List<MentionDraft> drafts, LocalDate published) {
		joinScene(drafts);
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
