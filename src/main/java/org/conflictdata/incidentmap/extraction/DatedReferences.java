package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.DateResolver.DateMention;

/**
 * Days that an article gives a killing by naming it elsewhere: "the January 3
 * assassination of Qasem Soleimani and Abu Mahdi al-Muhandis". A report of the event
 * dated only to the month ("In January ... the drone strike at Baghdad's airport that
 * killed ... Abu Mahdi al-Muhandis") takes that day when it kills someone the reference
 * names (a name of five letters or more, compared without "al-" and case) and the day
 * lies within its dates. Only killings link, since the victim's name identifies the
 * event; "the December 27 attack" names no one. Empty input gives no references and
 * changes no date.
 */
final class DatedReferences {

	/** A day-dated reference to a killing, with the words that name its victims. */
	record Reference(EventDate day, String victims) {
	}

	private static final Pattern KILLING_AFTER = Pattern.compile(
			"^\\s+(?:[\\w-]+\\s+)?(?:assassination|killing|murder)\\s+of\\s+([^.;]{3,160})", Pattern.CASE_INSENSITIVE);

	private static final Pattern KILLED = Pattern.compile("\\b(?:killed|killing|assassinated|assassinating)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NAME = Pattern.compile("\\b(?:[Aa]l-|[Ee]l-)?(\\p{Lu}[\\p{L}'-]{4,})");

	/** Capitalised words of a person's description that name no one. */
	private static final Set<String> NOT_NAMES = Set.of("iranian", "iraqi", "american", "syrian", "israeli", "lebanese",
			"military", "militia", "leader", "commander", "general", "president", "minister", "revolutionary", "guard",
			"guards", "force", "forces", "islamic", "united", "states", "popular", "mobilization", "mobilisation",
			"units", "deputy", "chief", "head", "major", "colonel", "brigadier", "quds", "corps");

	private DatedReferences() {
	}

	/** The references to killings that {@code sentence} dates to a day. */
	static List<Reference> in(String sentence, List<DateMention> dates) {
		List<Reference> found = new ArrayList<>();
		for (DateMention d : dates) {
			if (d.date().precision() != DatePrecision.DAY || d.kind() != DateResolver.Kind.ABSOLUTE) {
				continue;
			}
			Matcher m = KILLING_AFTER.matcher(sentence.substring(d.end()));
			if (m.lookingAt()) {
				found.add(new Reference(d.date(), m.group(1)));
			}
		}
		return found;
	}

	/**
	 * The day of a reference that names a victim of the killing {@code sentence} reports
	 * and falls within {@code date}, or {@code date} itself.
	 */
	static EventDate refine(EventDate date, String sentence, List<Reference> references) {
		if (date == null || date.precision() == DatePrecision.DAY || date.precision() == DatePrecision.WEEK
				|| !KILLED.matcher(sentence).find()) {
			return date;
		}
		Set<String> named = names(sentence);
		for (Reference reference : references) {
			EventDate day = reference.day();
			boolean within = !day.start().isBefore(date.start()) && !day.start().isAfter(date.end());
			Set<String> shared = names(reference.victims());
			shared.retainAll(named);
			if (within && !shared.isEmpty()) {
				return EventDate.day(day.start(), day.expression(),
						"'" + day.expression() + "' dates the killing of " + String.join(", ", shared)
								+ " that this report places in " + date.expression() + " → " + day.start());
			}
		}
		return date;
	}

	private static Set<String> names(String text) {
		Set<String> names = new HashSet<>();
		Matcher m = NAME.matcher(text);
		while (m.find()) {
			String word = m.group(1).toLowerCase(Locale.ROOT);
			if (!NOT_NAMES.contains(word)) {
				names.add(word);
			}
		}
		return names;
	}

}
