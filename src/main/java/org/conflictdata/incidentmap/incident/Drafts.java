package org.conflictdata.incidentmap.incident;

import java.util.List;

/**
 * The result of drafting one article's mentions: un-stored, un-merged incidents, and the
 * mentions set aside because they have no place or no date. Null lists read as empty.
 *
 * @param incidents one draft incident per placeable mention, in mention order
 * @param unresolved the mentions set aside, with reasons
 */
public record Drafts(List<Incident> incidents, List<UnresolvedMention> unresolved) {

	public Drafts {
		incidents = (incidents != null) ? List.copyOf(incidents) : List.of();
		unresolved = (unresolved != null) ? List.copyOf(unresolved) : List.of();
	}

}
