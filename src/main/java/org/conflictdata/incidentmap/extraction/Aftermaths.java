package org.conflictdata.incidentmap.extraction;

import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

/**
 * Recognises what follows an event without being one: a court case about it ("a court
 * convicted three men over the rocket attack") and people gathering to mourn, bury or
 * wait for news of its victims ("families gathered outside the hospital"), which is no
 * protest.
 */
final class Aftermaths {

	/**
	 * "sentenced to death for the 2016 bombing", "convicted three men over the rocket
	 * attack", "went on trial for the ambush": the event is what a court judges.
	 */
	private static final Pattern JUDGED_FOR = Pattern
		.compile("\\b(?:sentenc(?:ed|es|ing)|convict(?:ed|s|ing)|acquit(?:ted|s)|indict(?:ed|s)|jailed"
				+ "|found\\s+(?:\\w+\\s+)?guilty|on\\s+trial|stood\\s+trial|(?:went|go|goes)\\s+on\\s+trial"
				+ "|trial\\s+of|verdict|charged\\s+with|charges\\s+of|prosecut(?:ed|ion|ing))\\b"
				+ "[^.;,]{0,80}?\\b(?:for|over|of|with|in\\s+connection\\s+with|linked\\s+to|related\\s+to|behind|(?:role|part|involvement)\\s+in)\\s+"
				+ "(?:[\\w'\\u2019-]+\\s+){0,5}$", Pattern.CASE_INSENSITIVE);

	/**
	 * "for the funeral of", "to mourn", "waiting for news", "outside the hospital": why
	 * people gathered, when it is to grieve or to wait.
	 */
	private static final Pattern TO_MOURN_OR_WAIT = Pattern
		.compile("^[^.;]{0,60}?\\b(?:for\\s+(?:the\\s+|a\\s+)?(?:funerals?|burials?|wakes?|vigils?|memorial|prayers?)"
				+ "|to\\s+(?:mourn|bury|grieve|pray|receive\\s+the\\s+bodies|collect\\s+the\\s+bodies|identify)"
				+ "|(?:waiting|waited|awaiting)\\s+(?:for\\s+)?(?:news|word|the\\s+bodies|information)"
				+ "|(?:outside|at)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:hospitals?|morgues?|cemetery|graveyard|mortuary))\\b",
				Pattern.CASE_INSENSITIVE);

	/** A gathering that also demands or chants is a protest after all. */
	private static final Pattern PROTEST_CUE = Pattern
		.compile("\\b(?:protest\\w*|demand\\w*|chant\\w*|slogans?|denounc\\w*|condemn\\w*|against|blocked|burn\\w*"
				+ "|angry|anger|outrage\\w*|rall(?:y|ied|ies))\\b", Pattern.CASE_INSENSITIVE);

	private Aftermaths() {
	}

	/**
	 * True when {@code trigger} names the event a court judges, or a gathering to mourn
	 * or wait for news read as a protest.
	 */
	static boolean isAftermath(String sentence, Trigger trigger) {
		if (JUDGED_FOR.matcher(sentence.substring(Math.max(0, trigger.start() - 140), trigger.start())).find()) {
			return true;
		}
		return trigger.type() == EventType.PEACEFUL_PROTEST
				&& TO_MOURN_OR_WAIT.matcher(sentence.substring(trigger.end())).find()
				&& !PROTEST_CUE.matcher(sentence).find();
	}

}
