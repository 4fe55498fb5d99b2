package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.DateResolver.DateMention;

/**
 * Hands what a follow-up sentence adds about an event to the mention of that event: its
 * toll, a more specific weapon, its perpetrators. A sentence that merely follows adds a
 * weapon only when it is about the same event ("It was later found out the improvised
 * launcher was a truck loaded with 107 mm rockets"), and perpetrators only when it
 * attributes ("carried out by", "claimed"). A toll sentence that reports no event of its
 * own belongs to the event just told: the sentence right after it, or the next but one in
 * the same paragraph when the sentence between told nothing new ("Guards opened fire.
 * Police said three protesters were killed"), or a new paragraph that names no other day
 * than the event's or the one after. Of several phrases in the event's sentence it goes
 * to the first one reported as happening, not to a recalled one ("opened fire on crowds
 * at the bridge protesters had blocked"). A tally over several events or a period ("more
 * than 450 people have been killed since October", "together the four attacks killed
 * six") belongs to none. A mention keeps a toll it already has; null or empty text adds
 * nothing.
 */
final class TollHandOver {

	/** "It", "The attack", "The dead": a sentence that goes on about the event told. */
	static final Pattern CONTINUES_STORY = Pattern.compile("^(?:It|They|This|That|These|The\\s+(?:\\w+\\s+){0,3}"
			+ "?(?:attack|strike|strikes|rockets?|volley|salvo|barrage|casualties|blast|explosion|assault|incident|raid|toll"
			+ "|victims?|dead))\\b");

	private static final Pattern ATTRIBUTION = Pattern.compile(
			"carried out by|claimed responsibility|took responsibility|blamed|accused|perpetrators?",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "have been killed since October", "Together the three attacks killed", "the two
	 * blasts left eleven dead": a tally, not one event's toll.
	 */
	private static final Pattern TALLY = Pattern.compile(
			"\\b(?:have|has)\\s+(?:now\\s+|so far\\s+)?(?:been\\s+)?(?:killed|died|wounded|injured)\\b[^.;]*?\\bsince\\b"
					+ "|\\btogether,?\\s+(?:the|these|those|they)\\b"
					+ "|\\b(?:the|these|those)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:[\\w-]+\\s+)?"
					+ "(?:attacks|incidents|strikes|bombings|blasts|explosions|raids|shootings)\\s+(?:have\\s+|had\\s+)?(?:killed|left)\\b",
			Pattern.CASE_INSENSITIVE);

	private TollHandOver() {
	}

	/**
	 * The phrase of the event's sentence that a follow-up is about: the first one not
	 * recalled from before, else the last; null for none.
	 */
	static MentionDraft target(List<MentionDraft> told) {
		if (told == null || told.isEmpty()) {
			return null;
		}
		return told.stream().filter((d) -> !d.historical).findFirst().orElse(told.get(told.size() - 1));
	}

	/**
	 * Whether sentence {@code i} ({@code text}, in {@code paragraph}, with the event
	 * {@code dates} given) goes on about {@code d}, the last event told, with no event
	 * phrase of its own.
	 */
	static boolean follows(MentionDraft d, int i, int paragraph, String text, List<DateMention> dates) {
		if (d == null || text == null) {
			return false;
		}
		boolean sameParagraph = d.sentence.paragraph() == paragraph;
		if (d.sentenceIndex == i - 1) {
			return sameParagraph || CONTINUES_STORY.matcher(text).find() || dates.isEmpty()
					|| (reportsToll(text) && withinNextDay(d.date, dates));
		}
		// "Guards and police opened fire. Police said three protesters were killed".
		return d.sentenceIndex == i - 2 && sameParagraph && dates.isEmpty() && reportsToll(text);
	}

	/** Whether {@code text} reports a toll of one event, not a tally. */
	static boolean reportsToll(String text) {
		return text != null && CasualtyParser.parse(EventReferences.without(text)).killed() != null && !isTally(text);
	}

	/** Whether {@code text} counts the dead of several events or of a period. */
	static boolean isTally(String text) {
		return text != null && TALLY.matcher(text).find();
	}

	/**
	 * "in fighting that lasted until the early hours of Sunday" after Saturday's attack.
	 */
	private static boolean withinNextDay(EventDate day, List<DateMention> dates) {
		if (day == null || day.precision() != DatePrecision.DAY) {
			return false;
		}
		LocalDate first = day.start();
		return dates.stream()
			.allMatch((m) -> m.date() != null && !m.date().start().isBefore(first)
					&& !m.date().start().isAfter(first.plusDays(1)));
	}

	/**
	 * Adds {@code text}'s casualties, weapon and perpetrators to {@code d}.
	 * {@code ownActors} are the actors of a phrase that refers back to the mention ("the
	 * group guilty of the attack"), or null for a sentence without an event phrase.
	 */
	static void enrich(MentionDraft d, String text, List<Actor> ownActors) {
		if (d == null || text == null || text.isBlank()) {
			return;
		}
		boolean sameEvent = ownActors != null;
		boolean aboutIt = sameEvent || CONTINUES_STORY.matcher(text).find();
		d.turnedViolent |= !sameEvent && CrowdFights.followsWithDamage(text);
		CasualtyParser.Casualties c = isTally(text) ? new CasualtyParser.Casualties(null, null)
				: CasualtyParser.parse(EventReferences.without(text));
		if (d.killed == null && c.killed() != null) {
			d.killed = c.killed();
		}
		if (d.wounded == null && c.wounded() != null) {
			d.wounded = c.wounded();
		}
		String weapon = WeaponExtractor.extract(text);
		if (aboutIt && weapon != null && (d.weapon == null || weapon.length() > d.weapon.length())) {
			d.weapon = weapon;
		}
		if (sameEvent || ATTRIBUTION.matcher(text).find()) {
			for (Actor a : sameEvent ? ownActors : ActorExtractor.extract(text, 0, 0)) {
				if (a.role() == ActorRole.PERPETRATOR
						&& d.actors.stream().noneMatch((x) -> x.name().equals(a.name()))) {
					d.actors.add(a);
				}
			}
		}
	}

}
