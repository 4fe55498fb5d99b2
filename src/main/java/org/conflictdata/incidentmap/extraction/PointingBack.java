package org.conflictdata.incidentmap.extraction;

import java.util.regex.Pattern;

/**
 * How the words before an event phrase point back at events already told: "this attack",
 * "any of the attacks", "the strike", "after the airstrikes". Used by
 * {@link IncidentExtractor} to tell a new report from the same event told again or an
 * earlier event recalled. Each pattern is matched against the text before the phrase.
 */
final class PointingBack {

	/** "this attack", "those rocket attacks": the phrase points back at the story. */
	static final Pattern ANAPHORIC = Pattern.compile("\\b(?:this|that|these|those|the same)\\s+(?:[\\w-]+\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "No group claimed any of the attacks": a quantifier over events already reported.
	 */
	static final Pattern QUANTIFIED = Pattern.compile(
			"\\b(?:any|none|each|all|either|neither|both|one|some|most|many)\\s+of\\s+(?:the|these|those|its|their)\\s+(?:[\\w-]+\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	/** "the strike" right after a strike is reported: the same event. */
	static final Pattern DEFINITE = Pattern.compile("\\bthe\\s+(?:[\\w-]+\\s+)?$", Pattern.CASE_INSENSITIVE);

	/** "after the airstrikes", "in response to the rocket attacks": an earlier event. */
	static final Pattern BACK_REFERENCE = Pattern.compile("\\b(?:after|following|since|before|response to|against"
			+ "|condemned|condemning|denounced|denouncing|critici[sz]ed|over|investigat\\w+|probe into|comment(?:ed)? on"
			+ "|retaliation for|responsible for|claimed|claiming|revenge for)\\s+(?:the|its|their|an?|these|those)\\s+(?:[\\w.'-]+\\s+){0,2}$"
			// "groups that had launched drone attacks": who they are, not what
			// happened.
			+ "|\\b(?:that|which|who)\\s+had\\s+(?:\\w+\\s+){1,2}$", Pattern.CASE_INSENSITIVE);

	/** A trigger told by a verb ("attacked", "struck"): a verb cannot point back. */
	static final Pattern VERB_FORM = Pattern.compile("(?:ed|struck)$", Pattern.CASE_INSENSITIVE);

	private PointingBack() {
	}

}
