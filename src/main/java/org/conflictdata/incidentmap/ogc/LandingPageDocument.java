package org.conflictdata.incidentmap.ogc;

import java.util.List;

/**
 * The body of {@code GET /ogc}: what the service is and where its parts are.
 *
 * @param title service title
 * @param description what it serves
 * @param links self, service-desc, service-doc, conformance and data
 */
record LandingPageDocument(String title, String description, List<Link> links) {
}
