package org.conflictdata.incidentmap.incident;

import java.util.List;
import java.util.Map;

import org.conflictdata.incidentmap.extraction.Actor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encodes the nested parts of an incident (actors, sources, explanation) as the JSON text
 * the store keeps in one column each. Null lists encode as {@code []}, a null map as
 * {@code {}}; decoding null or blank text gives the empty value. Malformed stored JSON is
 * a bug, so it throws.
 */
final class IncidentJson {

	private static final TypeReference<List<Actor>> ACTORS = new TypeReference<>() {
	};

	private static final TypeReference<List<Source>> SOURCES = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Object>> EXPLANATION = new TypeReference<>() {
	};

	private final JsonMapper mapper;

	IncidentJson(JsonMapper mapper) {
		this.mapper = mapper;
	}

	String actors(List<Actor> actors) {
		return this.mapper.writeValueAsString((actors != null) ? actors : List.of());
	}

	String sources(List<Source> sources) {
		return this.mapper.writeValueAsString((sources != null) ? sources : List.of());
	}

	String explanation(Map<String, Object> explanation) {
		return this.mapper.writeValueAsString((explanation != null) ? explanation : Map.of());
	}

	List<Actor> readActors(String json) {
		return isBlank(json) ? List.of() : this.mapper.readValue(json, ACTORS);
	}

	List<Source> readSources(String json) {
		return isBlank(json) ? List.of() : this.mapper.readValue(json, SOURCES);
	}

	Map<String, Object> readExplanation(String json) {
		return isBlank(json) ? Map.of() : this.mapper.readValue(json, EXPLANATION);
	}

	private static boolean isBlank(String json) {
		return json == null || json.isBlank();
	}

}
