package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;
import org.conflictdata.incidentmap.extraction.Sentences.Sentence;

/**
 * An incident mention while {@link IncidentExtractor} is still building it: a follow-up
 * sentence may add casualties, a more specific weapon or a perpetrator, and a generic
 * attack verb gets its type only once the whole article has been read. It becomes an
 * immutable {@link IncidentMention} with {@link #toMention(EventType)}.
 */
final class MentionDraft {

	final Sentence sentence;

	Trigger trigger;

	EventDate date;

	final List<Actor> actors;

	final String placeContext;

	Count killed;

	Count wounded;

	String weapon;

	boolean historical;

	int sentenceIndex = -1;

	/**
	 * The latest sentence that went on about this event without telling it again ("25
	 * fighters were killed in the five strikes"); -1 for none. Unlike
	 * {@link #sentenceIndex}, which stays where the event was told, it only says which
	 * event the story is on.
	 */
	int toldAt = -1;

	/**
	 * The sentence after a peaceful-sounding protest says the crowd damaged property
	 * ("They broke the windows of the consulate"): a violent demonstration.
	 */
	boolean turnedViolent;

	/**
	 * Dated by a count from the story ("two days after a suicide bomber ..."): an earlier
	 * event told in passing, which the sentences after it are not about unless it is all
	 * the sentence reports.
	 */
	boolean counted;

	MentionDraft(Sentence sentence, Trigger trigger, EventDate date, List<Actor> actors, Count killed, Count wounded,
			String weapon, String placeContext) {
		this.sentence = sentence;
		this.trigger = trigger;
		this.date = date;
		this.actors = new ArrayList<>(actors);
		this.killed = killed;
		this.wounded = wounded;
		this.weapon = weapon;
		this.placeContext = placeContext;
	}

	List<String> perpetrators() {
		return this.actors.stream().filter((a) -> a.role() == ActorRole.PERPETRATOR).map(Actor::name).toList();
	}

	List<String> targets() {
		return this.actors.stream().filter((a) -> a.role() == ActorRole.TARGET).map(Actor::name).toList();
	}

	IncidentMention toMention(EventType type) {
		EventType shown = (type == EventType.PEACEFUL_PROTEST && this.turnedViolent) ? EventType.VIOLENT_DEMONSTRATION
				: type;
		return new IncidentMention(this.sentence.text(), this.sentence.start(), this.sentence.end(), shown,
				this.trigger.phrase(), this.date, this.actors, Count.killedBeside(this.killed, this.wounded),
				this.wounded, this.weapon, this.placeContext, this.historical);
	}

	/** The last sentence that told of this event or went on about it. */
	int lastTold() {
		return Math.max(this.sentenceIndex, this.toldAt);
	}

}
