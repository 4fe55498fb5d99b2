package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;

/**
 * A document as the store keeps it: the normalised text and its SHA-256 content hash,
 * which makes storing the same text twice a no-op. {@code id} is null before storing.
 *
 * @param id stored id, or null
 * @param contentHash lower-case hex SHA-256 of the normalised text
 * @param name file name, or "api" for posted articles
 * @param title title, or null
 * @param url URL, or null
 * @param published publication date, or null
 * @param publishedBasis how the publication date was obtained, or null
 * @param body the normalised text
 */
public record StoredDocument(Long id, String contentHash, String name, String title, String url, LocalDate published,
		String publishedBasis, String body) {
}
