package org.conflictdata.incidentmap.ogc;

import java.util.List;

/**
 * The body of {@code GET /ogc/conformance}.
 *
 * @param conformsTo the URIs of the conformance classes implemented
 */
record ConformanceDocument(List<String> conformsTo) {
}
