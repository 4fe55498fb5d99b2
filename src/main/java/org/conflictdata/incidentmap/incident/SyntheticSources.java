package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up reports for synthetic incidents: one to three per incident (most have one),
 * each a quote built from the incident's summary, a title, an
 * {@code https://example.org/} URL and a publication date a few days after the incident.
 * Document ids are negative so they can never be mistaken for stored documents.
 */
final class SyntheticSources {

	private static final String[] OUTLETS = { "wire", "daily", "monitor", "observer", "gazette" };

	private static final String[] VERBS = { "said", "reported", "told reporters", "said in a statement" };

	private static final String[] WHO = { "Officials", "A security source", "Local residents", "A military spokesman",
			"A monitoring group" };

	private final SplittableRandom random;

	private final long seed;

	SyntheticSources(SplittableRandom random, long seed) {
		this.random = random;
		this.seed = seed;
	}

	List<Source> sources(long index, LocalDate lastDay, String summary) {
		double roll = this.random.nextDouble();
		int count = (roll < 0.6) ? 1 : (roll < 0.9) ? 2 : 3;
		List<Source> sources = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String outlet = OUTLETS[this.random.nextInt(OUTLETS.length)];
			String quote = WHO[this.random.nextInt(WHO.length)] + " " + VERBS[this.random.nextInt(VERBS.length)]
					+ " that there was an incident: " + summary + ".";
			int start = this.random.nextInt(4000);
			long documentId = -(index * 3 + i);
			String slug = this.seed + "/" + index + "-" + i;
			sources.add(new Source(documentId, "synthetic-" + slug.replace('/', '-') + ".txt",
					"Synthetic " + outlet + " report " + index, "https://example.org/" + outlet + "/" + slug,
					lastDay.plusDays(this.random.nextInt(4)), quote, start, start + quote.length()));
		}
		return sources;
	}

}
