package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides who did what to whom around one event phrase, and how firmly the text says so.
 * Perpetrators are the actor named as agent ("strike by American warplanes", "Israeli
 * drone", "Kataib Hezbollah ... attacked", "Washington retaliated"): STATED. An actor
 * others accuse ("the US declared that KH was guilty", "accused", "blamed X for", "held X
 * accountable", "likely carried out by", "reported to have been carried out by",
 * "suspected Israeli airstrikes") is SUSPECTED, and the accuser is no actor of the event.
 * An actor that "claimed responsibility" is CLAIMED, unless responsibility was "not
 * claimed". Targets are actors after the event phrase ("attacks on U.S. forces",
 * "targeting Kataib Hezbollah", "rushed the US embassy"), victims ("killed two American
 * troops") and subjects of a passive ("U.S. forces were attacked", "members of the PMF
 * were martyred in an attack by Daesh"); sources ("according to U.S. officials") are
 * neither. Names are canonicalised by {@link ActorAliases}. Each name appears once per
 * role; a name that is perpetrator is not also target. Null or empty text, or a trigger
 * outside it, gives an empty list.
 */
public final class ActorExtractor {

	private static final Pattern ACCUSATION = Pattern.compile("\\b(?:accused|accuses|accusing|blamed|blames|blaming"
			+ "|held\\s+(?:[\\w.'-]+\\s+){1,5}?(?:accountable|responsible)|declared\\s+that|assessed\\s+that|alleged"
			+ "|suspects?|suspected|believed|attributed|evidence\\s+that)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern HEDGED_BY = Pattern
		.compile("(?:likely|reported to have been|believed to have been|thought"
				+ " to have been|suspected of having been|allegedly|probably|apparently)\\s+(?:carried out|conducted|launched"
				+ "|fired|staged)\\s+by\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

	/** "unidentified warplanes, most likely Israeli,": a guess at whose they were. */
	private static final Pattern HEDGED_APPOSITION = Pattern.compile(
			"\\b(?:warplanes|planes|jets|aircraft|drones?|helicopters|gunmen|attackers|forces),\\s+(?:most likely"
					+ "|more likely|likely|probably|possibly|presumably|apparently|believed to be|thought to be)\\s+$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BY = Pattern.compile("\\bby\\s+(?:the\\s+|an?\\s+|its\\s+)?(?:[\\w'-]+\\s+){0,2}$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "a checkpoint manned by the SDF", "facilities run by the PMU": by whom it is held.
	 */
	private static final Pattern NOT_AGENT_BY = Pattern.compile("\\b(?:manned|run|held|operated|controlled|used|owned"
			+ "|backed|supported|led|founded|hosted|housed|guarded|protected|built|made|funded|armed|trained|recognized"
			+ "|designated|sanctioned|followed|accompanied|surrounded|occupied|known|staffed|commanded)\\s+by\\s+"
			+ "(?:the\\s+|an?\\s+|its\\s+)?(?:[\\w'-]+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);

	/** "by one count by U.S. officials": the people who counted, not the attackers. */
	private static final Pattern SOURCE_NOUN_AFTER = Pattern.compile(
			"\\s+(?:military\\s+|defen[cs]e\\s+|security\\s+)?(?:officials?|sources?|diplomats?|spokes(?:man|woman|person)"
					+ "|statements?|media|estimates?|counts?|tally|figures)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CLAIM = Pattern.compile(
			"\\b(?:claimed|claims|claiming|took|has taken|have taken)\\s+"
					+ "(?:responsibility|credit)\\b|\\bclaimed\\s+(?:the|this|that)\\s+(?:attack|strike)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CLAIMED_BY = Pattern.compile("\\bclaimed\\s+by\\s+(?:the\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HEDGE_BEFORE = Pattern
		.compile("\\b(?:suspected|alleged|likely|apparent|presumed|possible)\\s+$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PERPETRATORS_ARE = Pattern
		.compile("\\bperpetrators?\\b[^.;]{0,60}?\\b(?:are|were|was|is)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PROXY = Pattern.compile("'s\\s+(?:\\w+\\s+)?(?:proxies|proxy|allies|backed)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PASSIVE_TRIGGER = Pattern
		.compile("\\b(?:was|were|been|being|is|are)\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);

	/**
	 * "were martyred", "was wounded": the subject before the event phrase is its victim.
	 */
	private static final Pattern VICTIM_BETWEEN = Pattern
		.compile("\\b(?:was|were|been|being|is|are)\\s+(?:\\w+\\s+)?(?:killed|martyred|wounded|injured|hurt|kidnapped"
				+ "|abducted|attacked|targeted|hit|struck|shot)\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * "members were killed", "fighters died", "soldiers lost their lives": the words
	 * after an actor named at the head of an event phrase tell that it suffered the
	 * event.
	 */
	private static final Pattern SUFFERS_AFTER = Pattern.compile("^[^,.;:]{0,40}?\\b(?:(?:was|were|been|being|is|are"
			+ "|have|has|had)\\s+(?:\\w+\\s+)?(?:killed|martyred|wounded|injured|hurt|slain|kidnapped|abducted|shot)"
			+ "|died|perished|lost (?:their|his|her) lives?)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern SOURCE = Pattern.compile("\\b(?:according to|said|says|told|reported|statement)\\b",
			Pattern.CASE_INSENSITIVE);

	/** Where the clause of the event phrase ends, and with it the search for targets. */
	private static final Pattern CLAUSE_END = Pattern.compile(
			",\\s+(?:it|they|he|she|which|who|while|but|as|when"
					+ "|saying|according|although|though|whose)\\b|;|\\bthat the\\b|\\b(?:are|is)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> NON_AGENT_PREPOSITIONS = Set.of("on", "at", "against", "into", "onto", "targeting",
			"near", "of", "in", "for", "from", "with", "to", "between", "toward", "towards", "inside", "hit", "struck",
			"about", "over", "than", "among", "including");

	private ActorExtractor() {
	}

	/**
	 * In a protest or riot the crowd is the actor, whatever the grammar; in excessive
	 * force against protesters it is the target.
	 */
	static List<Actor> crowdRoles(EventType type, List<Actor> actors) {
		if (type == null) {
			return actors;
		}
		boolean crowdActs = type.eventType().equals("Riots")
				|| type.eventType().equals("Protests") && type != EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
		List<Actor> out = new ArrayList<>();
		for (Actor a : actors) {
			boolean crowd = a.name().equals("Protesters") || a.name().equals("Rioters");
			ActorRole role = !crowd ? a.role() : crowdActs ? ActorRole.PERPETRATOR : ActorRole.TARGET;
			if (out.stream().noneMatch((x) -> x.name().equals(a.name()) && x.role() == role)) {
				out.add(new Actor(a.name(), role, a.attribution()));
			}
		}
		return out;
	}

	/**
	 * The actors of the event phrase at {@code triggerStart..triggerEnd} in {@code text}.
	 */
	public static List<Actor> extract(String text, int triggerStart, int triggerEnd) {
		if (text == null || text.isEmpty() || triggerStart < 0 || triggerEnd > text.length()
				|| triggerStart > triggerEnd) {
			return List.of();
		}
		List<ActorAliases.Mention> mentions = ActorAliases.find(text);
		Map<String, Actor> perpetrators = new LinkedHashMap<>();
		Map<String, Actor> targets = new LinkedHashMap<>();
		int accusationAt = firstMatch(ACCUSATION, text);
		Matcher clauseEnd = CLAUSE_END.matcher(text);
		int targetLimit = clauseEnd.find(triggerEnd) ? clauseEnd.start() : text.length();
		boolean passive = PASSIVE_TRIGGER.matcher(text.substring(Math.max(0, triggerStart - 25), triggerStart)).find();
		ActorAliases.Mention subject = null;
		for (ActorAliases.Mention m : mentions) {
			String before = text.substring(Math.max(0, m.start() - 80), m.start());
			String name = m.name();
			Matcher claim = CLAIM.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60)));
			if (CLAIMED_BY.matcher(before).find()
					|| (claim.find() && !text.substring(m.end(), m.end() + claim.start()).contains(","))) {
				perpetrators.putIfAbsent(name, new Actor(name, ActorRole.PERPETRATOR, Attribution.CLAIMED));
			}
			else if (HEDGED_BY.matcher(before).find() || HEDGED_APPOSITION.matcher(before).find()) {
				perpetrators.putIfAbsent(name, new Actor(name, ActorRole.PERPETRATOR, Attribution.SUSPECTED));
			}
			else if ((BY.matcher(before).find() && !NOT_AGENT_BY.matcher(before).find()
					&& !SOURCE_NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt())
					|| PERPETRATORS_ARE.matcher(before).find()) {
				Attribution how = (accusationAt >= 0 && accusationAt < m.start()) ? Attribution.SUSPECTED
						: Attribution.STATED;
				perpetrators.putIfAbsent(name, new Actor(name, ActorRole.PERPETRATOR, how));
			}
			else if (accusationAt >= 0 && m.start() < accusationAt) {
				// The accuser: "Baghdad blamed Israel", "the U.S. declared that KH ...".
				continue;
			}
			else if (accusationAt >= 0 && m.start() < triggerStart) {
				perpetrators.putIfAbsent(name, new Actor(name, ActorRole.PERPETRATOR, Attribution.SUSPECTED));
			}
			else if (m.end() <= triggerStart) {
				if (passive) {
					targets.putIfAbsent(name, new Actor(name, ActorRole.TARGET, Attribution.STATED));
				}
				else if ((!NON_AGENT_PREPOSITIONS.contains(ActorAliases.wordBeforeArticle(text, m.start()))
						&& isSubjectOf(text, m.end(), triggerStart))
						|| isAdjacentModifier(text, m.end(), triggerStart)) {
					subject = m;
				}
			}
			else if (m.start() < triggerEnd && m.start() - triggerStart <= 20
					&& SUFFERS_AFTER.matcher(text.substring(m.end(), triggerEnd)).find()) {
				// "two SDF members were killed in street clashes": the phrase opens with
				// its victims.
				targets.putIfAbsent(name, new Actor(name, ActorRole.TARGET, Attribution.STATED));
			}
			else if (m.start() < triggerEnd && m.start() - triggerStart <= 20) {
				// "Thousands of demonstrators gathered", "crowds ... rushed": the phrase
				// opens
				// with its agent.
				perpetrators.putIfAbsent(name, new Actor(name, ActorRole.PERPETRATOR, Attribution.STATED));
			}
			else if (m.start() < targetLimit
					&& !SOURCE.matcher(text.substring(Math.min(triggerEnd, m.start()), m.start())).find()) {
				targets.putIfAbsent(name, new Actor(name, ActorRole.TARGET, Attribution.STATED));
			}
		}
		if (subject != null && VICTIM_BETWEEN.matcher(text.substring(subject.end(), triggerStart)).find()) {
			// "three members of the PMF were martyred ... in an attack by Daesh": the
			// subject suffered the event.
			targets.putIfAbsent(subject.name(), new Actor(subject.name(), ActorRole.TARGET, Attribution.STATED));
		}
		else if (subject != null && !perpetrators.containsKey(subject.name())) {
			String before = text.substring(Math.max(0, subject.start() - 20), subject.start());
			// "Iran's proxies attacked": the text names the sponsor, not the hand.
			boolean bySponsor = PROXY.matcher(text.substring(subject.end())).lookingAt();
			Attribution how = (HEDGE_BEFORE.matcher(before).find() || bySponsor) ? Attribution.SUSPECTED
					: Attribution.STATED;
			perpetrators.put(subject.name(), new Actor(subject.name(), ActorRole.PERPETRATOR, how));
		}
		List<Actor> actors = new ArrayList<>(perpetrators.values());
		for (Actor t : targets.values()) {
			if (!perpetrators.containsKey(t.name())) {
				actors.add(t);
			}
		}
		return actors;
	}

	/**
	 * "Israeli drone", "Kataib Hezbollah rocket attacks": the actor qualifies the event
	 * noun.
	 */
	/** "Washington retaliated", "KH militia in Iraq attacked": same clause, close by. */
	private static boolean isSubjectOf(String text, int actorEnd, int triggerStart) {
		String gap = text.substring(actorEnd, triggerStart);
		return gap.length() <= 60 && !gap.contains(",") && !gap.contains(" - ");
	}

	private static boolean isAdjacentModifier(String text, int actorEnd, int triggerStart) {
		String gap = text.substring(actorEnd, triggerStart);
		return gap.length() <= 25 && !gap.contains(",") && gap.strip().split("\\s+").length <= 3;
	}

	private static int firstMatch(Pattern p, String text) {
		Matcher m = p.matcher(text);
		return m.find() ? m.start() : -1;
	}

}
