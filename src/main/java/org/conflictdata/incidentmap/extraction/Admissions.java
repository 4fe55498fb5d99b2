package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

/**
 * An admission or a finding about an old event: "The coalition acknowledged on Thursday
 * that one of its air strikes near the village in July likely killed 24 civilians", "an
 * inquiry concluded on Monday that the March bombing of the market was carried out by
 * ...". The day in such a sentence is the day of the statement; the event it is about
 * carries an older date of its own and is history, not news. Null text recalls nothing.
 */
final class Admissions {

	/**
	 * "acknowledged", "admitted", "an investigation ... found": a statement about the
	 * past.
	 */
	private static final Pattern ADMISSION = Pattern.compile(
			"\\b(?:acknowledg(?:ed|es|ing)|admit(?:ted|s|ting)?|conced(?:ed|es|ing)|apologi[sz](?:ed|es|ing)"
					+ "|(?:investigation|inquiry|probe|review|report|assessment)\\s+(?:[\\w-]+\\s+){0,6}?"
					+ "(?:found|concluded|determined|showed|established|confirmed)"
					+ "|(?:concluded|determined|established)\\s+(?:[\\w-]+\\s+){0,4}?that)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Cues CUES = Cues.of("acknowledg", "admit", "conced", "apologi", "concluded", "determined",
			"established", "found", "showed", "confirmed");

	private Admissions() {
	}

	/**
	 * Whether the trigger follows an admission or a finding in its sentence and the
	 * sentence names, after the admission, a date that ended more than a week before
	 * publication: the admitted event is that older one.
	 */
	static boolean isAdmittedOldEvent(String sentence, Trigger trigger, LocalDate published) {
		if (sentence == null || published == null || trigger.start() > sentence.length()
				|| !CUES.mayMatch(Cues.fold(sentence))) {
			return false;
		}
		var m = ADMISSION.matcher(sentence.substring(0, trigger.start()));
		if (!m.find()) {
			return false;
		}
		int from = m.end();
		LocalDate weekBefore = published.minusDays(7);
		return DateResolver.find(sentence, published, null)
			.stream()
			.anyMatch((d) -> d.start() >= from && d.date() != null && d.date().end().isBefore(weekBefore));
	}

}
