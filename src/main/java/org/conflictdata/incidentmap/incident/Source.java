package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;

/**
 * One document's report of an incident: which document, and the exact sentence with its
 * character offsets in the document's normalised text.
 *
 * @param documentId the stored document's id
 * @param document the document's name (file name, or "api")
 * @param title the document's title, or null
 * @param url the document's URL, or null
 * @param published the document's publication date, or null
 * @param quote the sentence that reports the incident
 * @param start offset of the quote in the document text
 * @param end offset just past the quote
 */
public record Source(long documentId, String document, String title, String url, LocalDate published, String quote,
		int start, int end) {
}
