package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;

/**
 * A stored document's metadata without its text, and how many incidents cite it (0 when
 * none do).
 *
 * @param id stored id
 * @param name file name, or "api" for posted articles
 * @param title title, or null
 * @param url URL, or null
 * @param published publication date, or null
 * @param publishedBasis how the publication date was obtained, or null
 * @param incidentCount how many incidents have a source sentence in it
 */
public record DocumentSummary(long id, String name, String title, String url, LocalDate published,
		String publishedBasis, long incidentCount) {
}
