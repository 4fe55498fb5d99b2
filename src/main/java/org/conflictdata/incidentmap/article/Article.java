package org.conflictdata.incidentmap.article;

import java.time.LocalDate;

/**
 * One news article as the pipeline reads it: normalised text plus what is known about it.
 * {@code title}, {@code url} and {@code published} may be null when unknown;
 * {@code publishedBasis} says how {@code published} was obtained ("metadata", "date
 * line", "dateline", "byline", "latest date mentioned") and is null exactly when
 * {@code published} is.
 *
 * @param name a stable name for the source (file name, or "api" for posted articles)
 * @param text the normalised text; never null, may be empty
 * @param title the headline, or null
 * @param url where the article was published, or null
 * @param published publication date, or null when neither given nor inferable
 * @param publishedBasis how the publication date was obtained, or null
 */
public record Article(String name, String text, String title, String url, LocalDate published, String publishedBasis) {

	public Article {
		text = (text != null) ? text : "";
	}

}
