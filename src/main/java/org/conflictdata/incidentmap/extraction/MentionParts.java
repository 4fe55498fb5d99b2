package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;

import org.conflictdata.incidentmap.extraction.DateResolver.DateMention;
import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;
import org.conflictdata.incidentmap.extraction.EventSegments.Segment;

/**
 * The part of a mention's sentence that belongs to its own event phrase, for finding
 * where that event happened when one sentence reports several ("the United States
 * retaliated against a militia in Iraq, which in turn fired more rockets into Camp
 * Taji"). The parts are cut as {@link EventSegments} cuts them for dates and casualties,
 * and a stretch that refers to another event ("for the assassination of an activist in
 * Karbala", {@link EventReferences}) is left out of the part. A sentence with one event,
 * or a mention whose phrase is not found in its sentence, gives the whole sentence; a
 * null mention or sentence gives "".
 */
public final class MentionParts {

	// Each mention asks for its sentence's dates, and mentions of one sentence mostly
	// share a day; the key is the day (fixed width) followed by the sentence.
	private static final RecentResults<List<DateMention>> RECENT_DATES = new RecentResults<>(256);

	private MentionParts() {
	}

	/** The mention's own part of its sentence, stripped; see the class comment. */
	public static String ownPart(IncidentMention mention) {
		if (mention == null || mention.sentence() == null) {
			return "";
		}
		String sentence = mention.sentence();
		List<Trigger> triggers = EventClassifier.triggers(sentence);
		// The days the parts name keep two reports of one kind apart ("two rockets landed
		// at A on Thursday, and a week after five rockets struck B last Tuesday"), as
		// they do when the extractor cuts the sentence; only their places matter here,
		// so any reference day will do for finding them. EventSegments consults them only
		// between two specific phrases: a sentence with fewer is cut the same without.
		LocalDate reference = (mention.date() != null) ? mention.date().end() : LocalDate.of(2000, 1, 1);
		List<DateMention> dates = (triggers.stream().filter((t) -> !t.generic()).count() < 2) ? List.of()
				: RECENT_DATES.get(reference + "\u0000" + sentence, (key) -> List
					.copyOf(MentionDates.eventDates(sentence, DateResolver.find(sentence, reference, null))));
		List<Segment> segments = EventSegments.of(sentence, triggers, dates);
		int at = (mention.trigger() != null && !mention.trigger().isEmpty()) ? sentence.indexOf(mention.trigger()) : -1;
		List<int[]> references = EventReferences.spans(sentence);
		String own = (at >= 0 && !EventReferences.inside(references, at, at + mention.trigger().length()))
				? EventReferences.without(sentence) : sentence;
		if (segments.size() < 2 || at < 0) {
			return own.equals(sentence) ? sentence : own.strip();
		}
		for (Segment segment : segments) {
			if (at >= segment.start() && at < segment.end()) {
				return own.substring(segment.start(), segment.end()).strip();
			}
		}
		return own.equals(sentence) ? sentence : own.strip();
	}

}
