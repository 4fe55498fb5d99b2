package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases in a sentence that report a violent event and maps each to an ACLED
 * {@link EventType}: rockets, mortars, missiles, salvos and shelling are
 * shelling/artillery/missile attacks; air strikes, drone strikes and warplanes are
 * air/drone strikes; IEDs and car bombs are remote explosives; mobs storming or burning
 * are mob violence, demonstrators doing so are violent demonstrations; clashes are armed
 * clashes; gunmen killing civilians are attacks on civilians; kidnappings are abductions;
 * protests are peaceful protests. Verbs that say only that something was attacked
 * ("attacked a military base", "retaliated against", "the Dec. 29 strike") are returned
 * as generic triggers with a null type; the caller may type them from a specific report
 * of the same event. {@link #isNonEvent} recognises clauses that talk about an event
 * without reporting one: plans, threats, warnings, hypotheticals, negations and policy.
 * Null or empty sentences have no triggers.
 */
public final class EventClassifier {

	/**
	 * One event phrase; offsets are relative to the sentence; a null type marks a generic
	 * attack verb.
	 */
	public record Trigger(EventType type, String phrase, int start, int end) {

		public boolean generic() {
			return this.type == null;
		}

	}

	/** What a crowd does that makes its protest violent. */
	private static final Pattern CROWD_VIOLENCE = Pattern.compile("\\b(?:pelt(?:ed|ing)|ston(?:ed|ing)|torch(?:ed|ing)"
			+ "|ransack(?:ed|ing)|loot(?:ed|ing)|vandali[sz](?:ed|ing)|smash(?:ed|ing)|storm(?:ed|ing)"
			+ "|set(?:ting)? fire to|set(?:ting)?\\s+(?:[\\w'-]+\\s+){0,4}?(?:on fire|ablaze|alight)"
			+ "|(?:threw|throwing|hurled|hurling|lobbed|lobbing)\\s+(?:[\\w-]+\\s+){0,2}?(?:stones|rocks|bricks"
			+ "|molotov|petrol bombs|fire ?bombs))\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * A verb of disposal whose object list runs up to the device, with no "with" or "by"
	 * between.
	 */
	private static final Pattern DISPOSED_BEFORE = Pattern
		.compile("\\b(?:destroy(?:ed|ing)|seiz(?:ed|ing)|defus(?:ed|ing)"
				+ "|dismantl(?:ed|ing)|disarm(?:ed|ing)|confiscat(?:ed|ing)|recover(?:ed|ing)|discover(?:ed|ing)|found|finding"
				+ "|uncover(?:ed|ing)|neutrali[sz](?:ed|ing)|clear(?:ed|ing)|captur(?:ed|ing)|detonated safely)"
				+ "\\s+(?:(?!with\\b|using\\b|by\\b|when\\b|after\\b|as\\b|which\\b|that\\b)[\\w'-]+,?\\s+){0,20}?$",
				Pattern.CASE_INSENSITIVE);

	private static final Pattern DISPOSED_AFTER = Pattern.compile("\\s+(?:had been|has been|have been|was|were)\\s+"
			+ "(?:\\w+ly\\s+)?(?:destroyed|defused|dismantled|disarmed|seized|found|discovered|intercepted|neutrali[sz]ed"
			+ "|detonated safely|detonated in a controlled)\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * "an aircraft struck a truck packed with explosives": the vehicle bomb is the
	 * strike's target, its own object.
	 */
	private static final Pattern STRUCK_BEFORE = Pattern.compile(
			"\\b(?:struck|hit|targeted|bombed|destroyed)\\s+(?:an?|the|one|two|three)\\s+(?:(?!with\\b|using\\b|by\\b)[\\w-]+\\s+){0,2}?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ROAD_DEVICE = Pattern.compile(
			"(?:improvised explosive devices?|IEDs?|roadside bombs?|land ?mines?|explosive devices?)",
			Pattern.CASE_INSENSITIVE);

	/** "a car bomb exploded": the device went off, whatever was said of it before. */
	private static final Pattern WENT_OFF = Pattern.compile(
			"\\s+(?:\\w+ly\\s+)?(?:exploded|went off|blew up|detonated(?!\\s+(?:safely|in a controlled)))\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern VEHICLE_BOMB_PATTERN = Pattern.compile(TriggerRules.VEHICLE_BOMB,
			Pattern.CASE_INSENSITIVE);

	/**
	 * "The blast set several parked cars on fire": the subject of the fire is an
	 * explosion or a strike, so the fire is its damage, not a crowd's doing.
	 */
	private static final Pattern BLAST_SUBJECT = Pattern.compile(
			"\\b(?:blasts?|explosions?|bombs?|bombings?|detonations?|strikes?|shells?|shelling|rockets?|missiles?|mortars?"
					+ "|drones?|impacts?|shrapnel|debris)\\b(?![^,;]*\\b(?:protesters|demonstrators|rioters|crowds?|mobs?"
					+ "|youths|men|residents|supporters)\\b)[^;:]{0,60}$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "fired into the air", "warning shots", "over their heads": shots aimed at no one.
	 */
	private static final Pattern INTO_THE_AIR = Pattern.compile(
			"\\b(?:(?:in|into)\\s+the\\s+air|warning\\s+shots|over\\s+(?:their|the\\s+protesters'|the\\s+crowd's)\\s+heads)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "then into the crowd", "at protesters", "live rounds at": shots aimed at people.
	 */
	private static final Pattern AT_THE_CROWD = Pattern
		.compile("\\b(?:(?:into|at|on)\\s+(?:the\\s+)?(?:crowds?|protesters|demonstrators|marchers|people)"
				+ "|live\\s+(?:rounds|ammunition|fire)|(?:shot|killed|wounded|injured|hurt)\\s+(?:\\w+\\s+)?(?:protesters|demonstrators))\\b",
				Pattern.CASE_INSENSITIVE);

	private static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(?:was|were|been|being)\\s+(?:\\w+\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PARTICIPLE = Pattern.compile("(?:firing|shooting|opening fire)\\b",
			Pattern.CASE_INSENSITIVE);

	/** The stretch from an event phrase to a participle of its own clause. */
	private static final Pattern PARTICIPLE_TAIL = Pattern
		.compile("[^;.:(),]*?,\\s+(?:\\w+ing\\b[^;.:(),]*?\\s+and\\s+)?", Pattern.CASE_INSENSITIVE);

	private static final Pattern BLAST = Pattern.compile("(?:explosions?|blasts?)\\s", Pattern.CASE_INSENSITIVE);

	static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]| - |\\(|\\)|\\bbut\\b|, (?:while|and|which|who)\\b");

	// Drafting and locating a mention both ask for its sentence's triggers.
	private static final RecentResults<List<Trigger>> RECENT = new RecentResults<>(256);

	private EventClassifier() {
	}

	/** The event phrases in {@code sentence}, in order, without overlaps. */
	public static List<Trigger> triggers(String sentence) {
		if (sentence == null || sentence.isBlank()) {
			return new ArrayList<>();
		}
		return new ArrayList<>(RECENT.get(sentence, EventClassifier::scan));
	}

	private static List<Trigger> scan(String sentence) {
		List<Trigger> found = new ArrayList<>();
		String folded = Cues.fold(sentence);
		for (TriggerRules.Rule rule : TriggerRules.ALL) {
			if (!rule.cues().mayMatch(folded)) {
				continue;
			}
			Matcher m = rule.pattern().matcher(sentence);
			while (m.find()) {
				int start = m.start();
				int end = m.end();
				if (found.stream().noneMatch((t) -> t.start() < end && start < t.end())) {
					found.add(new Trigger(rule.type(), m.group(), start, end));
				}
			}
		}
		found.removeIf((t) -> isDamage(sentence, t, found) || isHarmlessDispersal(sentence, t)
				|| isDisposedOf(sentence, t) || isSuicideVehicle(sentence, t, found)
				|| isParticipleTail(sentence, t, found) || isBlastOfAnother(t, found) || isVictimsOfAnother(t, found)
				|| TerritoryRules.isNotAPlace(sentence, t) || AttackNounRules.isFoiled(sentence, t)
				|| AttackNounRules.isRetold(sentence, t));
		found.replaceAll((t) -> TerritoryRules.side(sentence, t));
		found.replaceAll((t) -> turnedViolent(sentence, t));
		found.replaceAll((t) -> CrowdFights.retype(sentence, t));
		found.sort(Comparator.comparingInt(Trigger::start));
		return List.copyOf(found);
	}

	/**
	 * "Hundreds of young men blocked the road and pelted the office with stones", "crowds
	 * marched on the council, hurling rocks and torching cars": a protest whose own
	 * clause goes on to violence by the crowd is a violent demonstration.
	 */
	private static Trigger turnedViolent(String sentence, Trigger trigger) {
		if (trigger.type() != EventType.PEACEFUL_PROTEST) {
			return trigger;
		}
		int end = Math.min(sentence.length(), trigger.end() + 180);
		int semicolon = sentence.indexOf(';', trigger.end());
		String rest = sentence.substring(trigger.end(), (semicolon >= 0 && semicolon < end) ? semicolon : end);
		return CROWD_VIOLENCE.matcher(rest).find()
				? new Trigger(EventType.VIOLENT_DEMONSTRATION, trigger.phrase(), trigger.start(), trigger.end())
				: trigger;
	}

	/**
	 * "strikes destroyed 14 fighting positions and two vehicle-borne improvised explosive
	 * devices", "police defused a roadside bomb", "a second car bomb had been destroyed
	 * before it reached the troops": a device found, seized or destroyed before it went
	 * off is a target or a find, not an explosion.
	 */
	private static boolean isDisposedOf(String sentence, Trigger trigger) {
		if (trigger.type() != EventType.REMOTE_EXPLOSIVE) {
			return false;
		}
		String before = sentence.substring(Math.max(0, trigger.start() - 160), trigger.start());
		String after = sentence.substring(trigger.end());
		if (WENT_OFF.matcher(after).lookingAt()) {
			return false;
		}
		// "a patrol hit an IED": a vehicle runs into a road device, which then goes off.
		boolean roadDevice = ROAD_DEVICE.matcher(trigger.phrase()).matches();
		return DISPOSED_BEFORE.matcher(before).find() || (!roadDevice && STRUCK_BEFORE.matcher(before).find())
				|| DISPOSED_AFTER.matcher(after).lookingAt();
	}

	/**
	 * "a suicide bomber drove an explosives-laden Humvee into a checkpoint": the vehicle
	 * is the bomber's, one event already found as a suicide bombing.
	 */
	private static boolean isSuicideVehicle(String sentence, Trigger trigger, List<Trigger> found) {
		return trigger.type() == EventType.REMOTE_EXPLOSIVE && VEHICLE_BOMB_PATTERN.matcher(trigger.phrase()).matches()
				&& found.stream().anyMatch((t) -> t.type() == EventType.SUICIDE_BOMB && isNear(sentence, t, trigger));
	}

	/**
	 * "Men stormed the camp late on Wednesday, setting tents on fire and firing on the
	 * crowd": a participle hung on an event's clause tells how that event went on, not a
	 * second event.
	 */
	private static boolean isParticipleTail(String sentence, Trigger trigger, List<Trigger> found) {
		if (trigger.generic() || !PARTICIPLE.matcher(trigger.phrase()).lookingAt()) {
			return false;
		}
		return found.stream()
			.anyMatch(
					(t) -> t != trigger && !t.generic() && t.end() <= trigger.start() && trigger.start() - t.end() < 160
							&& PARTICIPLE_TAIL.matcher(sentence.substring(t.end(), trigger.start())).matches());
	}

	/**
	 * "Explosions rocked the district as warplanes struck": a blast told beside an event
	 * of another kind is that event heard, not a bomb of its own.
	 */
	private static boolean isBlastOfAnother(Trigger trigger, List<Trigger> found) {
		return trigger.type() == EventType.REMOTE_EXPLOSIVE && BLAST.matcher(trigger.phrase()).lookingAt()
				&& found.stream().anyMatch((t) -> !t.generic() && t.type() != EventType.REMOTE_EXPLOSIVE);
	}

	/**
	 * "Militants killed three soldiers with a roadside bomb": a killing told by its
	 * victims beside a phrase that names how it was done ("in an ambush", "with a
	 * roadside bomb") is that event, told and typed by the way it was done.
	 */
	private static boolean isVictimsOfAnother(Trigger trigger, List<Trigger> found) {
		return KillingRules.isVictimTold(trigger)
				&& found.stream().anyMatch((t) -> !t.generic() && !KillingRules.isVictimTold(t));
	}

	/** Whether two phrases stand within 60 characters of each other in one clause. */
	private static boolean isNear(String sentence, Trigger a, Trigger b) {
		int from = Math.min(a.end(), b.end());
		int to = Math.max(a.start(), b.start());
		return from <= to && to - from < 60 && !CLAUSE_BREAK.matcher(sentence.substring(from, to)).find();
	}

	/**
	 * "A drone hit the hangar and set it on fire", "The building was later set on fire":
	 * a fire with no crowd named is the damage an event did, not mob violence of its own.
	 */
	private static boolean isDamage(String sentence, Trigger trigger, List<Trigger> found) {
		if (trigger.type() != EventType.MOB_VIOLENCE || !trigger.phrase().toLowerCase(Locale.ROOT).startsWith("set ")) {
			return false;
		}
		boolean passive = PASSIVE_BEFORE.matcher(sentence.substring(0, trigger.start())).find();
		boolean otherEvent = found.stream().anyMatch((t) -> t != trigger && !t.generic());
		return passive || otherEvent || BLAST_SUBJECT.matcher(sentence.substring(0, trigger.start())).find();
	}

	/**
	 * "Police fired into the air to disperse the crowd": shots over a crowd that hurt no
	 * one are crowd control, not force against it; a shot or hurt protester in the
	 * sentence makes it force again.
	 */
	private static boolean isHarmlessDispersal(String sentence, Trigger trigger) {
		if (trigger.type() != EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
				|| !INTO_THE_AIR.matcher(trigger.phrase()).find() || AT_THE_CROWD.matcher(trigger.phrase()).find()) {
			return false;
		}
		CasualtyParser.Casualties hurt = CasualtyParser.parse(sentence);
		return isNone(hurt.killed()) && isNone(hurt.wounded()) && !AT_THE_CROWD.matcher(sentence).find();
	}

	private static boolean isNone(Count count) {
		return count == null || count.value() == 0;
	}

	/**
	 * True when the clause holding {@code trigger} speaks of the event as planned,
	 * threatened, feared, hypothetical, denied or a matter of policy rather than as
	 * something that happened; see {@link NonEvents}.
	 */
	public static boolean isNonEvent(String sentence, Trigger trigger) {
		return NonEvents.isNonEvent(sentence, trigger);
	}

}
