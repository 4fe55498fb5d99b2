package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.conflictdata.incidentmap.article.ArticleReader;

/** The mentions a posted text yields that are not history, for extraction tests. */
final class CurrentMentions {

	private static final IncidentExtractor EXTRACTOR = new IncidentExtractor();

	private CurrentMentions() {
	}

	static List<IncidentMention> of(String text, String published) {
		return EXTRACTOR.extract(ArticleReader.fromPost(text, null, null, published))
			.stream()
			.filter((m) -> !m.historical())
			.toList();
	}

}
