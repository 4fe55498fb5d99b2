package org.conflictdata.incidentmap.ogc;

import java.util.List;

/**
 * The body of {@code GET /ogc/collections}.
 *
 * @param links self
 * @param collections every collection (this service has one, {@code incidents})
 */
record CollectionsDocument(List<Link> links, List<CollectionDocument> collections) {
}
