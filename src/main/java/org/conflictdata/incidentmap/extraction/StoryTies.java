package org.conflictdata.incidentmap.extraction;

import java.util.List;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.DateResolver.DateMention;
import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;
import org.conflictdata.incidentmap.extraction.Sentences.Sentence;

/**
 * How a sentence stands to the story {@link IncidentExtractor} is reading: a section
 * heading that reports nothing ("Strikes in Iraq"), a recap that only rates or places in
 * time an event already reported ("The ambush was the deadliest ...", "The ambush came
 * two days after ..."), and an earlier event dated by a count from the story's day ("two
 * days after a suicide bomber drove ..."). Empty lists and texts give no heading, no
 * recap and no date.
 */
final class StoryTies {

	private static final Pattern RECAP_SUBJECT = Pattern.compile("\\s*(?:the|this|that)\\s+(?:[\\w-]+\\s+)?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern RECAP_VERDICT = Pattern.compile("\\s+(?:(?:was|is|has been|had been|marked|became)\\s+"
			+ "(?:the|a|an)\\s+(?:first|latest|deadliest|worst|largest|biggest|most|second|third|heaviest|bloodiest"
			+ "|fourth|fifth|single)\\b"
			// "The ambush came two days after a suicide bomber ...": placed in time
			// against another event, which the rest of the sentence reports.
			+ "|(?:came|happened|occurred|took place|followed)\\s+(?:[\\w-]+\\s+){0,3}?(?:after|before)\\b)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern COUNTED_GAP = Pattern.compile("\\s*(?:after|before)?\\s*(?:the|its|their|an?)\\s",
			Pattern.CASE_INSENSITIVE);

	private StoryTies() {
	}

	/**
	 * "The ambush was the deadliest attack on Iraqi forces in months": a sentence that
	 * opens on an event of a type already reported and only rates it, and whose other
	 * places and dates belong to what it is compared with.
	 */
	static boolean isRecap(String text, Trigger t, String before, List<MentionDraft> drafts) {
		return !t.generic() && RECAP_SUBJECT.matcher(before).matches()
				&& RECAP_VERDICT.matcher(text.substring(t.end())).lookingAt()
				&& drafts.stream().anyMatch((d) -> d.trigger.type() == t.type());
	}

	/**
	 * A short line of its own with no closing punctuation whose only event word is a
	 * generic noun ("Strikes in Iraq"); a line with a specific report ("Rockets hit Green
	 * Zone") is kept.
	 */
	static boolean isSectionHeading(List<Sentence> sentences, int i) {
		if (!isHeadingLine(sentences, i) || sentences.get(i).text().strip().endsWith(":")) {
			return false;
		}
		List<Trigger> triggers = EventClassifier.triggers(sentences.get(i).text().strip());
		return !triggers.isEmpty() && triggers.stream().allMatch(Trigger::generic);
	}

	/**
	 * A short paragraph of its own, of six words at most, with no closing punctuation but
	 * a colon: a heading ("Background", "Context:"), whatever it names.
	 */
	static boolean isHeadingLine(List<Sentence> sentences, int i) {
		Sentence s = sentences.get(i);
		String text = s.text().strip();
		boolean alone = (i == 0 || sentences.get(i - 1).paragraph() != s.paragraph())
				&& (i + 1 == sentences.size() || sentences.get(i + 1).paragraph() != s.paragraph());
		return alone && !text.isEmpty() && ".!?\"\u201d".indexOf(text.charAt(text.length() - 1)) < 0
				&& (!text.endsWith(":") || text.split("\\s+").length <= 2) && text.split("\\s+").length <= 6;
	}

	/**
	 * The date counted back from the story's day that ends right before the back
	 * reference at {@code at} ("two days after | a suicide bomber"), else null.
	 */
	static EventDate countedTo(int at, String before, List<DateMention> dates) {
		for (DateMention d : dates) {
			if (d.kind() == DateResolver.Kind.RELATIVE_TO_ANCHOR && d.end() <= at + 6 && d.end() >= at - 2
					&& COUNTED_GAP.matcher(before.substring(Math.min(d.end(), before.length()))).lookingAt()) {
				return d.date();
			}
		}
		return null;
	}

}
