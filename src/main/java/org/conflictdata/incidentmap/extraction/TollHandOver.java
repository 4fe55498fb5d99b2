package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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

	/**
	 * "in the five strikes", "said the strike was ordered", "The blast": an event named
	 * back; group 1 is its noun.
	 */
	private static final Pattern NAMED_BACK = Pattern.compile("\\bthe\\s+"
			+ "(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|twin|first|second|latest|same)\\s+)?"
			+ "(?:[\\w'-]+\\s+)?(attack|assault|air\\s?strike|strike|raid|bombing|blast|explosion|shelling|rocket"
			+ "|missile|shooting|ambush|clash|fighting)(?:e?s)?\\b", Pattern.CASE_INSENSITIVE);

	/** How far back, in sentences, a toll sentence may name an event. */
	private static final int NAMED_WINDOW = 8;

	private TollHandOver() {
	}

	/**
	 * Hands sentence {@code i}, which reports no event of its own, to the event it is
	 * about, and returns the event the story now goes on about, or null when that is
	 * unchanged. A sentence that names an event back ("25 fighters were killed in the
	 * five strikes", "the strike was ordered by ...") is about the latest event of the
	 * last few sentences ({@code drafts}) that the noun fits; one that names none, about
	 * {@code last}'s phrase when it {@link #follows follows} it. A toll makes its event
	 * the story's; so does naming it back.
	 */
	static MentionDraft handOver(List<MentionDraft> drafts, List<MentionDraft> told, MentionDraft last, int i,
			int paragraph, String text, List<DateMention> dates) {
		if (text == null) {
			return null;
		}
		// Most sentences with no event name none back and follow none: the toll is
		// read only when one of them holds.
		Matcher m = NAMED_BACK.matcher(text);
		boolean namesBack = dates.isEmpty() && m.find() && !isTally(text);
		Boolean toll = namesBack ? reportsToll(text) : null;
		MentionDraft named = namesBack ? named(drafts, i, m.group(1).toLowerCase(Locale.ROOT), toll) : null;
		MentionDraft owner = (named != null && toll) ? named
				: follows(last, i, paragraph, text, dates) ? target(told) : null;
		MentionDraft story = named;
		if (owner != null) {
			enrich(owner, text, null);
			story = ((toll != null) ? toll : reportsToll(text)) ? owner : named;
		}
		if (story != null) {
			story.toldAt = i;
		}
		return story;
	}

	/**
	 * The event of the last few sentences that {@code noun} names best: one whose phrase
	 * uses the word ("struck" for "strikes") before one of its very kind ("raids" for an
	 * air strike) before one it merely may be; for a {@code toll}, one with no toll yet
	 * before one that has its own; of equals, the latest.
	 */
	private static MentionDraft named(List<MentionDraft> drafts, int i, String noun, boolean toll) {
		MentionDraft best = null;
		int bestScore = 0;
		for (int k = drafts.size() - 1; k >= 0 && drafts.get(k).sentenceIndex >= i - NAMED_WINDOW; k--) {
			MentionDraft d = drafts.get(k);
			if (d.historical || d.trigger.type() == null) {
				continue;
			}
			int kind = sharesWord(d.trigger.phrase().toLowerCase(Locale.ROOT), noun) ? 4 : fit(noun, d.trigger.type());
			int score = (kind == 0) ? 0 : kind + ((toll && d.killed == null) ? 1 : 0);
			if (score > bestScore) {
				best = d;
				bestScore = score;
			}
		}
		return best;
	}

	private static boolean sharesWord(String phrase, String noun) {
		String stem = noun.replaceAll("\\s", "");
		if (stem.endsWith("strike")) {
			return phrase.contains("strike") || phrase.contains("struck");
		}
		return phrase.contains(stem.substring(0, Math.min(stem.length(), 5)));
	}

	/**
	 * How well {@code noun} names an event of {@code type}: 2 for its very kind
	 * ("strikes" for air strikes), 1 for one it may be called ("strikes" for a missile
	 * attack, "attack" for any), 0 for none ("blast" for a shooting).
	 */
	private static int fit(String noun, EventType type) {
		boolean remote = "Explosions/Remote violence".equals(type.eventType());
		return switch (noun.replaceAll("\\s", "")) {
			case "strike", "airstrike", "raid" ->
				(type == EventType.AIR_DRONE_STRIKE) ? 2 : (type == EventType.SHELLING_ARTILLERY_MISSILE) ? 1 : 0;
			case "rocket", "missile", "shelling" ->
				(type == EventType.SHELLING_ARTILLERY_MISSILE) ? 2 : (type == EventType.AIR_DRONE_STRIKE) ? 1 : 0;
			case "bombing", "blast", "explosion" ->
				(type == EventType.REMOTE_EXPLOSIVE || type == EventType.SUICIDE_BOMB) ? 2 : remote ? 1 : 0;
			case "shooting", "ambush", "clash", "fighting" -> remote ? 0 : 1;
			default -> 1;
		};
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
		if (d.lastTold() == i - 1) {
			return sameParagraph || CONTINUES_STORY.matcher(text).find() || dates.isEmpty()
					|| (reportsToll(text) && withinNextDay(d.date, dates));
		}
		// "Guards and police opened fire. Police said three protesters were killed".
		return d.lastTold() == i - 2 && sameParagraph && dates.isEmpty() && reportsToll(text);
	}

	/** Whether {@code text} reports a toll of one event, not a tally. */
	static boolean reportsToll(String text) {
		return text != null && CasualtyParser.parse(EventReferences.without(text)).killed() != null && !isTally(text);
	}

	/** Whether {@code text} counts the dead of several events or of a period. */
	static boolean isTally(String text) {
		return text != null && (TALLY.matcher(text).find() || TollWordings.aggregate(text));
	}

	/**
	 * {@code had}, widened to {@code other}'s figure when the two are counts of the same
	 * dead by different sources: "ten people had died ... at least seven bodies had been
	 * recovered" is 7 to 10. A figure under half or over twice the other counts a part
	 * ("six of them at the two sites in Syria") or something else, and leaves it.
	 */
	static Count disputed(Count had, Count other) {
		int a = had.value();
		int b = other.value();
		if (a == b || a == 0 || b == 0 || b * 2 < a || a * 2 < b) {
			return had;
		}
		Integer max = (had.max() == null || other.max() == null) ? null : Math.max(had.max(), other.max());
		return new Count(a, Math.min(had.min(), other.min()), max);
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
		else if (d.killed != null && c.killed() != null) {
			d.killed = disputed(d.killed, c.killed());
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
