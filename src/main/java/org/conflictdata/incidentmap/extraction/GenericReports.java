package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives generic attack verbs ("attacked a military base in Kirkuk last Friday",
 * "retaliated") the type of the specific report of the same event: one of the same day or
 * week whose perpetrators do not disagree, preferring one against the same target. A
 * generic verb with no such report, no date, a long date or a historical reading is
 * dropped, since the text does not say what kind of event it was. An empty list gives an
 * empty list.
 */
final class GenericReports {

	private static final Pattern RETALIATION = Pattern.compile("^retaliat", Pattern.CASE_INSENSITIVE);

	private static final Pattern REPEAT = Pattern.compile(
			"(?:\\b(?:a|the)\\s+(?:second|third|fourth|further|fresh|new)|\\banother)\\s+$", Pattern.CASE_INSENSITIVE);

	/**
	 * How many sentences after the report it goes on with an undated continuation ("A
	 * third target was a warehouse outside X") may stand: a wire story tells each site in
	 * a paragraph or two of its own.
	 */
	private static final int CONTINUATION_REACH = 8;

	private static final Pattern AIR_STRIKE_VERB = Pattern.compile("^(?:strikes?|struck|retaliat\\w*|bomb\\w*)$",
			Pattern.CASE_INSENSITIVE);

	/** States whose strikes in Iraq and Syria are flown, not fired on the ground. */
	private static final Set<String> AIR_POWERS = Set.of("United States", "US-led coalition", "Israel", "Turkey",
			"Russia");

	private GenericReports() {
	}

	/**
	 * "A day later the US retaliated, striking depots near Karbala": a dated strike or
	 * reprisal by a state that strikes from the air, with no report of the same event to
	 * type it, is an air strike.
	 */
	private static boolean isAirPowerStrike(MentionDraft d) {
		return d.date != null && !d.historical && AIR_STRIKE_VERB.matcher(d.trigger.phrase()).find()
				&& d.perpetrators().stream().anyMatch(AIR_POWERS::contains);
	}

	/**
	 * Types generic attack verbs from a specific report of the same day; drops the rest.
	 */
	static List<IncidentMention> resolve(List<MentionDraft> drafts) {
		List<IncidentMention> out = new ArrayList<>();
		for (MentionDraft d : Roundups.withoutRetold(drafts)) {
			EventType type = (d.trigger.type() != null) ? d.trigger.type() : repeated(d, drafts);
			if (type == null) {
				type = corefer(d, drafts);
			}
			if (type == null && isAirPowerStrike(d)) {
				type = EventType.AIR_DRONE_STRIKE;
			}
			if (type != null) {
				out.add(d.toMention(type));
			}
		}
		return out;
	}

	/**
	 * "Less than a day later a second strike hit a building", "another raid followed":
	 * one more of the kind of event just told, whatever else happened that day. A
	 * continuation ("a second wave hit ...", see {@link Continuations}) that states no
	 * day of its own takes the day of the report it goes on with.
	 */
	private static EventType repeated(MentionDraft generic, List<MentionDraft> drafts) {
		boolean continues = Continuations.continues(generic.sentence.text(), generic.trigger);
		if ((generic.date == null && !continues) || generic.historical) {
			// "demanded permission before launching another raid": no day, no event.
			return null;
		}
		String before = generic.sentence.text().substring(0, generic.trigger.start());
		if (!REPEAT.matcher(before).find() && !continues) {
			return null;
		}
		MentionDraft continued = null;
		for (MentionDraft d : drafts) {
			if (d == generic) {
				break;
			}
			// "two days after a rocket barrage" is the occasion, not the kind just told.
			// A continuation goes on with the main event of its sentence, told first,
			// not the occasion told after it ("jets struck five positions of the
			// faction blamed for the rocket attack on the base").
			boolean occasion = continues && continued != null && continued.sentenceIndex == d.sentenceIndex;
			if (!d.trigger.generic() && !d.historical && !d.counted && !occasion) {
				continued = d;
			}
		}
		if (continued == null || (generic.date == null
				&& (continued.date == null || generic.sentenceIndex - continued.lastTold() > CONTINUATION_REACH))) {
			return null;
		}
		if (continues && continued.date != null
				&& (generic.date == null || !generic.sentence.text().contains(generic.date.expression()))) {
			// "The heaviest of the strikes fell on ...", undated: the day of the
			// operation it goes on with, not of whatever the story named last.
			generic.date = continued.date;
		}
		return continued.trigger.type();
	}

	/**
	 * The type of the specific report that shares a generic verb's day or week. An attack
	 * and its reprisal often share a day, so their perpetrators must not disagree, and
	 * "retaliated" must share one.
	 */
	private static EventType corefer(MentionDraft generic, List<MentionDraft> drafts) {
		if (generic.date == null || generic.historical || !isShort(generic.date)) {
			return null;
		}
		boolean retaliation = RETALIATION.matcher(generic.trigger.phrase().toLowerCase(Locale.ROOT)).find();
		List<String> mine = generic.perpetrators();
		List<String> myTargets = generic.targets();
		boolean airStrike = isAirPowerStrike(generic);
		EventType best = null;
		int bestScore = -1;
		for (MentionDraft d : drafts) {
			// An attack verb never reports a peaceful protest held the same day.
			if (d.trigger.generic() || d.date == null || d.historical || !d.date.overlaps(generic.date)
					|| d.trigger.type() == EventType.PEACEFUL_PROTEST) {
				continue;
			}
			List<String> theirs = d.perpetrators();
			boolean shared = mine.stream().anyMatch(theirs::contains);
			if (!isShort(d.date) && !(retaliation && shared)) {
				// A report known only to the month types a retaliation by the same side
				// ("retaliated a day later" and "the Pentagon retaliated with a missile
				// strike" in mid-March), nothing looser.
				continue;
			}
			boolean conflicting = !mine.isEmpty() && !theirs.isEmpty() && !shared;
			// "Israel says it struck gunmen near the town" on a day of fighting there: a
			// state that strikes from the air reports its own strike, not the fighting.
			if ((retaliation || airStrike) ? !shared : conflicting) {
				continue;
			}
			// Of several reports that day, the one against the same target is the same
			// event.
			int score = (myTargets.stream().anyMatch(d.targets()::contains) ? 2 : 0) + (shared ? 1 : 0);
			if (score > bestScore) {
				best = d.trigger.type();
				bestScore = score;
			}
		}
		return best;
	}

	private static boolean isShort(EventDate date) {
		return date.precision() == DatePrecision.DAY || date.precision() == DatePrecision.WEEK;
	}

}
