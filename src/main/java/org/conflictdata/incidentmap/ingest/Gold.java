package org.conflictdata.incidentmap.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A gold standard: the incidents an analyst finds in a set of documents, read from a JSON
 * file ({@code {"description": ..., "incidents": [...]}}, fields in snake_case as in
 * {@code src/test/resources/gold/seeds.json}). Loading fails with an
 * IllegalArgumentException naming the incident and the field when an entry is malformed
 * (missing id, type, dates or coordinates; unknown date order); optional fields default
 * (no aliases, 50 km radius, required true). Unknown fields are ignored.
 *
 * @param description what the file covers
 * @param incidents the gold incidents, in file order
 */
public record Gold(String description, List<GoldIncident> incidents) {

	public Gold {
		incidents = (incidents != null) ? List.copyOf(incidents) : List.of();
	}

	/** Reads a gold file from disk. */
	public static Gold load(Path path) {
		try (InputStream in = Files.newInputStream(path)) {
			return read(in, path.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read gold file " + path, ex);
		}
	}

	/** Reads a gold file from the classpath, e.g. {@code "gold/seeds.json"}. */
	public static Gold loadResource(String resource) {
		ClassLoader loader = Gold.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no gold resource " + resource + " on the classpath");
			}
			return read(in, resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read gold resource " + resource, ex);
		}
	}

	/** Only the incidents reported by at least one of the named documents. */
	public Gold restrictedTo(Collection<String> documentNames) {
		Set<String> names = new HashSet<>(documentNames);
		return new Gold(this.description,
				this.incidents.stream().filter((g) -> g.documents().stream().anyMatch(names::contains)).toList());
	}

	/** The incidents an evaluation must find. */
	public List<GoldIncident> required() {
		return this.incidents.stream().filter(GoldIncident::required).toList();
	}

	private static Gold read(InputStream in, String origin) {
		JsonNode root;
		try {
			root = JsonMapper.builder().build().readTree(in);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("gold file " + origin + " is not valid JSON: " + ex.getOriginalMessage(),
					ex);
		}
		JsonNode array = root.path("incidents");
		if (!array.isArray()) {
			throw new IllegalArgumentException("gold file " + origin + " has no \"incidents\" array");
		}
		List<GoldIncident> incidents = new ArrayList<>();
		for (JsonNode node : array) {
			incidents.add(incident(node, origin));
		}
		return new Gold(root.path("description").asString(""), incidents);
	}

	private static GoldIncident incident(JsonNode node, String origin) {
		String id = node.path("id").asString("");
		if (id.isBlank()) {
			throw new IllegalArgumentException("gold file " + origin + ": an incident has no id");
		}
		LocalDate date = date(node, "date", id, null);
		LocalDate from = date(node, "date_from", id, date);
		LocalDate to = date(node, "date_to", id, date);
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("gold incident " + id + ": date_to is before date_from");
		}
		return new GoldIncident(id, date, from, to, node.path("date_precision").asString("day"),
				text(node, "sub_event_type", id), strings(node.path("also_accept")), text(node, "place", id),
				strings(node.path("place_aliases")), node.path("country").asString(""),
				node.path("admin1").asString(null), coordinate(node, "longitude", id, 180),
				coordinate(node, "latitude", id, 90), node.path("coordinate_source").asString(""),
				node.path("max_distance_km").asDouble(GoldIncident.DEFAULT_MAX_DISTANCE_KM),
				figure(node.path("killed"), id), figure(node.path("wounded"), id), strings(node.path("documents")),
				node.path("required").asBoolean(true), node.path("note").asString(""));
	}

	private static LocalDate date(JsonNode node, String field, String id, LocalDate fallback) {
		String text = node.path(field).asString("");
		if (text.isBlank()) {
			if (fallback == null) {
				throw new IllegalArgumentException("gold incident " + id + ": no " + field);
			}
			return fallback;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"gold incident " + id + ": " + field + " '" + text + "' is not an ISO date", ex);
		}
	}

	private static String text(JsonNode node, String field, String id) {
		String text = node.path(field).asString("");
		if (text.isBlank()) {
			throw new IllegalArgumentException("gold incident " + id + ": no " + field);
		}
		return text;
	}

	private static double coordinate(JsonNode node, String field, String id, double limit) {
		JsonNode value = node.path(field);
		if (!value.isNumber() || Math.abs(value.asDouble()) > limit) {
			throw new IllegalArgumentException(
					"gold incident " + id + ": " + field + " must be a number within ±" + limit);
		}
		return value.asDouble();
	}

	private static GoldIncident.Figure figure(JsonNode value, String id) {
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (value.isNumber()) {
			return new GoldIncident.Figure(value.asInt(), value.asInt());
		}
		if (value.isObject() && value.path("min").isNumber()) {
			JsonNode max = value.path("max");
			return new GoldIncident.Figure(value.path("min").asInt(), max.isNumber() ? max.asInt() : null);
		}
		throw new IllegalArgumentException("gold incident " + id + ": a figure is a number or {\"min\", \"max\"}");
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		for (JsonNode item : array) {
			values.add(item.asString());
		}
		return values;
	}

}
