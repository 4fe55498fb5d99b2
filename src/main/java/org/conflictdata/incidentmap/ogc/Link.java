package org.conflictdata.incidentmap.ogc;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A web link as OGC API documents carry it. A null {@code title} is left out of the JSON.
 *
 * @param href absolute URL
 * @param rel relation, e.g. self, next, items
 * @param type media type of the target
 * @param title human-readable label, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Link(String href, String rel, String type, String title) {

	static final String JSON = "application/json";

	static final String GEO_JSON = "application/geo+json";

	static final String OPEN_API = "application/vnd.oai.openapi+json;version=3.0";

	static final String SCHEMA_JSON = "application/schema+json";

	static final String HTML = "text/html";

}
