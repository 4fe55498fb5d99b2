package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.DateResolver.DateMention;
import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;
import org.conflictdata.incidentmap.extraction.Sentences.Sentence;

/**
 * Sentences that go on with an operation already reported by telling another of its sites
 * without naming the kind of event again: "A second wave hit the airport", "The heaviest
 * of the strikes fell on the compound at X", "A third target was a warehouse outside Y",
 * "One of the raids struck a farm near Z", and a pronoun whose antecedent is the weapon
 * of the sentence before ("Most of the rockets were aimed at the embassy ... It landed in
 * a narrow street in al-Qadisiya"). Such a subject is a new mention at its own place,
 * never the event before told again; it takes the type of the report it continues (a
 * generic trigger, typed by {@link GenericReports}) or of the weapon it points back to,
 * and the story's date unless it states its own. "A second wave of arrests", "the first
 * target of the reform" and "it landed a contract" are not continuations: the subject
 * must be followed by a verb of impact or a site. Null or empty text has none.
 */
final class Continuations {

	/** What a continuation subject did: hit a place, or was a place. */
	static final String IMPACT = "\\s*(?:,[^,;]{1,70}?,\\s*)?(?:also\\s+|then\\s+|later\\s+)?(?:hit|struck|bombed"
			+ "|targeted|slammed\\s+into|fell\\s+(?:on|in|near|onto|short)|landed|destroyed|flattened|went\\s+off|exploded"
			+ "|(?:was|were)\\s+(?:also\\s+)?(?:an?|the|at|in|near|outside|on|across|around|inside|along|just|close\\s+to"
			+ "|north|south|east|west)\\b)";

	/**
	 * "A second", "the heaviest of the", "one of the", "another", "the other two": an
	 * ordinal, superlative or partitive subject, at the start of the sentence or after an
	 * opening clause.
	 */
	private static final Pattern ORDINAL_BEFORE = Pattern.compile("(?:^|[,;:\u2014\u2013-]\\s*|\\b(?:then|and)\\s+)"
			+ "\\W?(?:(?:a|the)\\s+(?:second|third|fourth|fifth|sixth|final|last|further|next|fresh|heaviest|largest"
			+ "|biggest|deadliest|most\\s+destructive)\\s+(?:of\\s+the\\s+(?:[\\w-]+\\s+)?)?|another\\s+"
			+ "|(?:one|two|three|four|five|six|several|some|most|many|all)\\s+(?:more\\s+|of\\s+the\\s+(?:[\\w-]+\\s+)?)"
			+ "|the\\s+(?:other|remaining)\\s+(?:two\\s+|three\\s+|four\\s+)?)$", Pattern.CASE_INSENSITIVE);

	/** A clause that describes a place rather than telling the event. */
	private static final Pattern RELATIVE = Pattern.compile("\\b(?:that|which|who|whose|where|since)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern IMPACT_AFTER = Pattern.compile(IMPACT, Pattern.CASE_INSENSITIVE);

	/** A sentence that opens on a continuation subject or an impact pronoun. */
	private static final Pattern OPENING = Pattern.compile("^\\W?(?:(?:a|the)\\s+(?:second|third|fourth|fifth|final"
			+ "|last|further|next|heaviest|largest|biggest|deadliest)\\b|another\\b|(?:one|two|three)\\s+(?:more|of\\s+the)\\b"
			+ "|the\\s+(?:other|remaining)\\b|(?:it|they)\\s+(?:landed|fell|crashed|exploded|slammed|came|hit|struck)\\b)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "It landed in a narrow street in X", "At least one of them came down near the
	 * bridge", "They struck a house in Y": a pronoun whose verb is an impact, with a
	 * place or a site after it. Not case-insensitive: the pronoun opens the sentence.
	 */
	private static final Pattern PRONOUN = Pattern.compile("^\\W?(?:It|They|(?:At least |Only )?(?:One|one|Two|two"
			+ "|Three|three|Some|Several|Most|All) of them)\\s+(?:later\\s+|then\\s+|eventually\\s+|also\\s+|apparently\\s+)?"
			+ "(?:(?:landed|fell|crashed|exploded|slammed|came down|impacted)\\s+(?:just\\s+)?(?:in|on|into|near|inside"
			+ "|outside|at|beside|behind|close to|short of)\\b(?!\\s+(?:deaf|love|line|value|price)\\b)"
			+ "|(?:hit|struck)\\s+(?:an?|the)\\s+)"
			+ "[^.;]{0,60}?(?:\\b\\p{Lu}[\\p{L}'-]+|\\b(?:street|road|house|home|houses|homes|neighbou?rhood|district"
			+ "|area|field|courtyard|compound|base|building|market|yard|village|camp|square|garden|roof|school|mosque"
			+ "|hospital|farm|orchard|car park|checkpoint|bridge|embassy|zone)\\b)");

	/**
	 * The weapon a pronoun points back to, as the head of its noun phrase ("rockets", not
	 * "rocket attacks", which PRONOUN's verbs do not fit, nor "rocket launchers").
	 */
	private static final Pattern PROJECTILE = Pattern.compile("\\b(?:rockets?|missiles?|mortars?|mortar\\s+(?:rounds?"
			+ "|shells?|bombs?)|shells|katyushas?|projectiles?)\\b(?!\\s+(?:attacks?|fire|launchers?|programmes?"
			+ "|programs?|talks|defen[cs]es?|systems?|tests?|factory|factories)\\b)", Pattern.CASE_INSENSITIVE);

	private static final Pattern DRONE = Pattern.compile(
			"\\b(?:drones?|UAVs?)\\b(?!\\s+(?:attacks?|programmes?"
					+ "|programs?|talks|defen[cs]es?|systems?|factory|factories|footage|images?)\\b)",
			Pattern.CASE_INSENSITIVE);

	private Continuations() {
	}

	/**
	 * Whether generic trigger {@code t} is the subject of a continuation ("the heaviest
	 * of the strikes, shortly after 1 a.m., fell on ..."): a new site, not the event
	 * before told again.
	 */
	static boolean continues(String text, Trigger t) {
		if (text == null || !t.generic() || t.start() > text.length()) {
			return false;
		}
		return ORDINAL_BEFORE.matcher(text.substring(0, t.start())).find()
				&& IMPACT_AFTER.matcher(text).region(t.end(), text.length()).lookingAt()
				|| t.phrase().toLowerCase(java.util.Locale.ROOT).contains("included");
	}

	/**
	 * The dates of {@code dates} that may be a continuation's own: for a continuation
	 * subject, those before the first relative or "since" clause after it ("the compound
	 * at X, a district that the militia has held since driving the Islamic State group
	 * from it in 2014": the place's history, not the strike's day); for any other
	 * trigger, all of them.
	 */
	static List<DateMention> ownDates(String text, Trigger t, List<DateMention> dates) {
		if (dates.isEmpty() || !continues(text, t)) {
			return dates;
		}
		Matcher m = RELATIVE.matcher(text);
		int cut = m.find(t.end()) ? m.start() : text.length();
		return dates.stream().filter((d) -> d.start() < cut).toList();
	}

	/** Whether {@code sentence} opens on a continuation subject or an impact pronoun. */
	static boolean opens(String sentence) {
		return sentence != null && OPENING.matcher(sentence).find();
	}

	/**
	 * The event phrases of sentence {@code i}: those {@link EventClassifier} finds, and a
	 * pronoun of impact typed by the weapon named in one of the two sentences before it
	 * in one paragraph, when the sentence reports nothing else.
	 */
	static List<Trigger> triggers(List<Sentence> sentences, int i) {
		String text = sentences.get(i).text();
		List<Trigger> found = EventClassifier.triggers(text);
		if (!found.isEmpty() || i == 0) {
			return found;
		}
		Matcher m = PRONOUN.matcher(text);
		if (!m.find()) {
			return found;
		}
		EventType type = null;
		for (int back = i - 1; back >= Math.max(0, i - 2) && type == null; back--) {
			Sentence before = sentences.get(back);
			if (back < i - 1 && before.paragraph() != sentences.get(i - 1).paragraph()) {
				break;
			}
			type = weaponType(before.text());
		}
		if (type == null) {
			return found;
		}
		List<Trigger> out = new ArrayList<>(found);
		out.add(new Trigger(type, m.group().strip(), m.start(), m.end()));
		return out;
	}

	private static EventType weaponType(String text) {
		if (PROJECTILE.matcher(text).find()) {
			return EventType.SHELLING_ARTILLERY_MISSILE;
		}
		return DRONE.matcher(text).find() ? EventType.AIR_DRONE_STRIKE : null;
	}

}
