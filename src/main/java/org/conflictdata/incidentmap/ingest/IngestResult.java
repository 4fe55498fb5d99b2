package org.conflictdata.incidentmap.ingest;

import java.util.List;

/**
 * What ingesting one article did: the stored document, whether its text was new, the
 * incidents it created and those it merged into (already stored ones it corroborates),
 * and how many incident mentions could not be placed. Ingesting the same text again gives
 * {@code created == false} and empty lists: nothing changes.
 *
 * @param documentId the stored document's id
 * @param created whether this call stored the text
 * @param createdIncidents ids of incidents created
 * @param mergedIncidents ids of stored incidents this article added sources to
 * @param unresolvedMentions mentions kept aside because no place could be resolved
 */
public record IngestResult(long documentId, boolean created, List<Long> createdIncidents, List<Long> mergedIncidents,
		int unresolvedMentions) {

	public IngestResult {
		createdIncidents = List.copyOf(createdIncidents);
		mergedIncidents = List.copyOf(mergedIncidents);
	}

	static IngestResult unchanged(long documentId) {
		return new IngestResult(documentId, false, List.of(), List.of(), 0);
	}

}
