package org.conflictdata.incidentmap.extraction;

import java.util.List;

import static org.conflictdata.incidentmap.extraction.TriggerRules.rule;

/**
 * The site nouns of an operation's further targets, told after an ordinal ("a second wave
 * hit", "a third target was", "the other two sites were", "the sites included"): generic
 * triggers, which {@link Continuations} keeps as new sites and {@link GenericReports}
 * types by the report they continue. Read after {@link SiteRules}; see
 * {@link TriggerRules} for the form.
 */
final class ContinuationRules {

	/**
	 * Site nouns that name a continuation only after an ordinal ("a second wave hit", "a
	 * third target was", "the sites included"): generic triggers, typed by the report
	 * they continue.
	 */
	static final List<TriggerRules.Rule> RULES = List.of(rule(Cues.of("wave", "target", "site", "blast", "explosion"),
			null, "(?<=\\b(?:second|third|fourth|fifth|sixth|final|last|further|next|fresh|another|heaviest|largest"
					+ "|biggest|deadliest|other|remaining)\\s(?:two\\s|three\\s|four\\s)?"
					// "Three of the targets were in Iraq": a part of the operation's
					// sites.
					+ "|\\b(?:one|two|three|four|five|six|several|some|most|many|all)\\sof\\sthe\\s)(?:waves?|targets?|sites?"
					+ "|blasts?|explosions?)\\b(?=" + Continuations.IMPACT + ")"
					// "The sites included a depot near X and a camp at Y": the
					// sites of the operation listed after it.
					+ "|\\b(?:sites|targets)\\s+(?:(?:hit|struck|targeted|bombed)\\s+)?(?:also\\s+)?included\\s+"
					+ "(?:an?|the|two|three|four)\\b"));

	private ContinuationRules() {
	}

}
