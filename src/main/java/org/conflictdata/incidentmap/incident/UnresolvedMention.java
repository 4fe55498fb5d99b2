package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.extraction.IncidentMention;
import org.conflictdata.incidentmap.geocoding.Location;

/**
 * A mention that could not become an incident because it cannot be put on the map or in
 * time: no place resolved, or no date in the text and no publication date to stand in. It
 * is kept, with the reason, so that the store can list it for an analyst and a better
 * gazetteer can pick it up later.
 *
 * @param documentId the stored document's id
 * @param document the document's name
 * @param published the document's publication date, or null
 * @param mention the mention as extracted
 * @param placeMention the text the geocoder looked at, or null
 * @param reason why it was set aside, never null
 */
public record UnresolvedMention(long documentId, String document, LocalDate published, IncidentMention mention,
		String placeMention, String reason) {

	static UnresolvedMention of(IncidentMention mention, Location location, long documentId, Article article,
			String reason) {
		String placeMention = (location != null) ? location.mention() : null;
		return new UnresolvedMention(documentId, article.name(), article.published(), mention, placeMention, reason);
	}

}
