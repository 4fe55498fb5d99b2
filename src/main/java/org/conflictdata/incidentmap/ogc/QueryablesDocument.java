package org.conflictdata.incidentmap.ogc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.conflictdata.incidentmap.extraction.EventType;
import org.conflictdata.incidentmap.incident.filter.Queryable;

/**
 * The JSON Schema (2020-12) of {@code /ogc/collections/incidents/queryables}: one entry
 * per {@link Queryable}, with its JSON type and, where the values are a closed list
 * (ACLED event types, precisions), an {@code enum}. Built from the same list the filter
 * parser accepts, so the two cannot drift apart.
 */
final class QueryablesDocument {

	static final String SCHEMA = "https://json-schema.org/draft/2020-12/schema";

	private QueryablesDocument() {
	}

	static Map<String, Object> of(String id, String title) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (Queryable queryable : Queryable.values()) {
			properties.put(queryable.property(), property(queryable));
		}
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("$schema", SCHEMA);
		schema.put("$id", id);
		schema.put("type", "object");
		schema.put("title", title);
		schema.put("properties", properties);
		schema.put("additionalProperties", false);
		return schema;
	}

	private static Map<String, Object> property(Queryable queryable) {
		Map<String, Object> property = new LinkedHashMap<>();
		property.put("title", queryable.property());
		property.put("description", queryable.description());
		switch (queryable.type()) {
			case TEXT -> property.put("type", "string");
			case INTEGER -> property.put("type", "integer");
			case BOOLEAN -> property.put("type", "boolean");
			case DATE -> {
				property.put("type", "string");
				property.put("format", "date");
			}
			case GEOMETRY -> property.put("format", "geometry-point");
		}
		List<?> values = values(queryable);
		if (!values.isEmpty()) {
			property.put("enum", values);
		}
		return property;
	}

	private static List<?> values(Queryable queryable) {
		return switch (queryable) {
			case EVENT_TYPE -> List.of(EventType.values()).stream().map(EventType::eventType).distinct().toList();
			case SUB_EVENT_TYPE -> List.of(EventType.values()).stream().map(EventType::subEventType).toList();
			case DATE_PRECISION -> List.of("day", "week", "month", "year");
			case TIME_PRECISION, GEO_PRECISION -> List.of(1, 2, 3);
			default -> List.of();
		};
	}

}
