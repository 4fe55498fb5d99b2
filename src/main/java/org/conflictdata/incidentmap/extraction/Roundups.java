package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictdata.incidentmap.extraction.Sentences.Sentence;

/**
 * Drops the items of an overview sentence that the article tells again on their own. A
 * sentence that lists events of three or more kinds ("the monitor recorded a clash near
 * the city, a roadside bomb in the foothills and a drone strike on the mountain") with no
 * date of its own only announces what the report goes on to tell, and the date it borrows
 * from the lead is seldom theirs. An item is dropped when another sentence of the article
 * reports an event of the same kind; an item told nowhere else is kept, since the
 * overview is then the only report of it. Null gives an empty list.
 */
final class Roundups {

	/** At most this many words make a subheading. */
	static final int HEADING_WORDS = 10;

	/** Sentences after a subheading that may tell its event. */
	static final int HEADING_REACH = 2;

	/** Kinds of event an overview sentence lists at least. */
	static final int MIN_KINDS = 3;

	private Roundups() {
	}

	static List<MentionDraft> withoutRetold(List<MentionDraft> drafts) {
		if (drafts == null) {
			return List.of();
		}
		Map<Sentence, List<MentionDraft>> bySentence = new IdentityHashMap<>();
		for (MentionDraft d : drafts) {
			bySentence.computeIfAbsent(d.sentence, (k) -> new ArrayList<>()).add(d);
		}
		List<MentionDraft> out = new ArrayList<>();
		for (MentionDraft d : drafts) {
			boolean overview = isOverview(bySentence.get(d.sentence)) && toldElsewhere(d, drafts);
			if (!overview && !(isHeading(d) && toldBelow(d, drafts))) {
				out.add(d);
			}
		}
		return out;
	}

	private static boolean isOverview(List<MentionDraft> items) {
		Set<EventType> kinds = EnumSet.noneOf(EventType.class);
		for (MentionDraft d : items) {
			if (d.trigger.type() == null || ownDate(d)) {
				return false;
			}
			kinds.add(d.trigger.type());
		}
		return kinds.size() >= MIN_KINDS;
	}

	/** True when the sentence names the date its item carries. */
	private static boolean ownDate(MentionDraft d) {
		return d.date != null && d.date.expression() != null && !d.date.expression().isBlank()
				&& d.sentence.text().contains(d.date.expression());
	}

	/** A short line without closing punctuation, below the lead. */
	private static boolean isHeading(MentionDraft d) {
		String text = d.sentence.text().strip();
		return d.sentenceIndex >= 2 && !text.isEmpty() && ".!?\"'\u201d):;".indexOf(text.charAt(text.length() - 1)) < 0
				&& text.split("\\s+").length <= HEADING_WORDS;
	}

	private static boolean toldBelow(MentionDraft heading, List<MentionDraft> drafts) {
		return drafts.stream()
			.anyMatch((d) -> d.sentenceIndex > heading.sentenceIndex
					&& d.sentenceIndex <= heading.sentenceIndex + HEADING_REACH
					&& d.trigger.type() == heading.trigger.type());
	}

	private static boolean toldElsewhere(MentionDraft item, List<MentionDraft> drafts) {
		return drafts.stream()
			.anyMatch((d) -> d.sentence != item.sentence && d.trigger.type() == item.trigger.type() && !d.historical);
	}

}
