package org.conflictdata.incidentmap.ogc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The OpenAPI 3.0 definition of the {@code /ogc} endpoints, kept as the resource
 * {@code ogc/openapi.json} (so it can be read and reviewed as one document) and served
 * with its {@code servers} entry set to the address the client used. The resource is read
 * once at start-up; a missing or malformed resource fails start-up.
 */
@Component
class OpenApiDocument {

	static final String RESOURCE = "ogc/openapi.json";

	private final JsonMapper mapper;

	private final ObjectNode definition;

	OpenApiDocument(JsonMapper mapper) {
		this.mapper = mapper;
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			this.definition = (ObjectNode) mapper.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

	/** The definition as JSON text, with {@code serverUrl} as its one server. */
	String forServer(String serverUrl) {
		ObjectNode copy = this.definition.deepCopy();
		copy.putArray("servers").addObject().put("url", serverUrl).put("description", "This server");
		return this.mapper.writeValueAsString(copy);
	}

}
