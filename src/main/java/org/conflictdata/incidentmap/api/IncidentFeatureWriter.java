package org.conflictdata.incidentmap.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.incident.FeatureRow;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.Source;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes incidents as RFC 7946 GeoJSON Features with the properties the API documents,
 * one at a time onto a streaming generator, so a collection of any size is never held in
 * memory. Coordinates are lon/lat, rounded to no more decimals than the place's precision
 * supports (and never more than 6). Null figures and texts are written as JSON null,
 * never left out, so every feature has the same properties. Stored rows
 * ({@link FeatureRow}) and incidents held as objects go through the same routine and give
 * the same JSON; a stored row's JSON text is trusted to be well-formed, since only the
 * store writes it (malformed sources text throws, malformed actors or explanation would
 * be passed on). An incident must be stored (have an id).
 */
public final class IncidentFeatureWriter {

	/** Parses stored JSON text; stateless and thread-safe. */
	private static final JsonFactory STORED = new JsonFactory();

	private static final String STORED_DOCUMENT_ID = "documentId";

	private IncidentFeatureWriter() {
	}

	/**
	 * Writes a FeatureCollection of stored rows with {@code numberMatched} and
	 * {@code numberReturned}; {@code members} may add further top-level members (OGC's
	 * {@code timeStamp} and {@code links}) before the features.
	 */
	public static void writeCollection(JsonGenerator json, long matched, List<FeatureRow> rows,
			Consumer<JsonGenerator> members) {
		json.writeStartObject();
		json.writeStringProperty("type", "FeatureCollection");
		json.writeNumberProperty("numberMatched", matched);
		json.writeNumberProperty("numberReturned", rows.size());
		members.accept(json);
		json.writeName("features");
		json.writeStartArray();
		for (FeatureRow row : rows) {
			write(json, row);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	/** Writes one Feature object from an incident held as objects. */
	public static void write(JsonGenerator json, Incident incident) {
		writeFeature(json, FeatureRow.scalarsOf(incident), new Nested(() -> writeActors(json, incident.actors()),
				() -> writeSources(json, incident.sources()), () -> json.writePOJO(incident.explanation())));
	}

	/**
	 * Writes one Feature object from a stored row, passing its actors and explanation
	 * through as stored: parsing and re-writing them was most of the cost of a large page
	 * (bench/README.md), and their stored form is already the API's (actors: {name, role,
	 * attribution} in that order; explanation: an object, whose key order
	 * {@link Incident} does not keep anyway). Sources are stored with Jackson's camelCase
	 * {@code documentId}, so they are copied token by token with that one key renamed
	 * rather than passed through; this keeps existing databases valid without a
	 * migration.
	 */
	public static void write(JsonGenerator json, FeatureRow row) {
		writeFeature(json, row, new Nested(() -> json.writeRawValue(row.actorsJson()),
				() -> writeStoredSources(json, row.sourcesJson()), () -> json.writeRawValue(row.explanationJson())));
	}

	/** How the nested properties of one feature are written. */
	private record Nested(Runnable actors, Runnable sources, Runnable explanation) {
	}

	private static void writeFeature(JsonGenerator json, FeatureRow row, Nested nested) {
		json.writeStartObject();
		json.writeStringProperty("type", "Feature");
		json.writeNumberProperty("id", row.id());
		json.writeName("geometry");
		json.writeStartObject();
		json.writeStringProperty("type", "Point");
		json.writeName("coordinates");
		json.writeStartArray();
		int decimals = decimals(row.geoPrecision());
		json.writeNumber(round(row.longitude(), decimals));
		json.writeNumber(round(row.latitude(), decimals));
		json.writeEndArray();
		json.writeEndObject();
		json.writeName("properties");
		writeProperties(json, row, nested);
		json.writeEndObject();
	}

	/**
	 * How many decimals a coordinate may carry for an ACLED geo_precision: about 1 m for
	 * an exact place, 100 m near a place, 1 km for a region.
	 */
	public static int decimals(int geoPrecision) {
		return switch (geoPrecision) {
			case 1 -> 5;
			case 2 -> 3;
			default -> 2;
		};
	}

	public static BigDecimal round(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(Math.min(decimals, 6), RoundingMode.HALF_UP).stripTrailingZeros();
	}

	private static void writeProperties(JsonGenerator json, FeatureRow row, Nested nested) {
		json.writeStartObject();
		json.writeNumberProperty("id", row.id());
		json.writeStringProperty("date", text(row.date()));
		json.writeStringProperty("date_end", text(row.dateEnd()));
		json.writeStringProperty("date_precision", row.datePrecision());
		json.writeNumberProperty("time_precision", row.timePrecision());
		json.writeStringProperty("event_type", row.eventType());
		json.writeStringProperty("sub_event_type", row.subEventType());
		json.writeStringProperty("place", row.place());
		json.writeStringProperty("place_id", row.placeId());
		json.writeNumberProperty("geo_precision", row.geoPrecision());
		json.writeStringProperty("location_precision", row.locationPrecision());
		json.writeStringProperty("country", row.country());
		json.writeStringProperty("admin1", row.admin1());
		json.writeName("actors");
		nested.actors().run();
		writeCount(json, "killed", row.killed());
		writeCount(json, "wounded", row.wounded());
		json.writeStringProperty("weapon", row.weapon());
		json.writeStringProperty("summary", row.summary());
		json.writeStringProperty("grade", row.grade());
		json.writeBooleanProperty("historical", row.historical());
		json.writeName("sources");
		nested.sources().run();
		json.writeName("explanation");
		nested.explanation().run();
		json.writeEndObject();
	}

	private static void writeActors(JsonGenerator json, List<Actor> actors) {
		json.writeStartArray();
		for (Actor actor : actors) {
			json.writeStartObject();
			json.writeStringProperty("name", actor.name());
			json.writeStringProperty("role", actor.role().name());
			json.writeStringProperty("attribution", actor.attribution().name());
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private static void writeCount(JsonGenerator json, String name, Count count) {
		json.writeName(name);
		if (count == null) {
			json.writeNull();
			return;
		}
		json.writeStartObject();
		json.writeNumberProperty("value", count.value());
		json.writeNumberProperty("min", count.min());
		if (count.max() != null) {
			json.writeNumberProperty("max", count.max());
		}
		else {
			json.writeNullProperty("max");
		}
		json.writeEndObject();
	}

	private static void writeSources(JsonGenerator json, List<Source> sources) {
		json.writeStartArray();
		for (Source source : sources) {
			json.writeStartObject();
			json.writeNumberProperty("document_id", source.documentId());
			json.writeStringProperty("document", source.document());
			json.writeStringProperty("title", source.title());
			json.writeStringProperty("url", source.url());
			json.writeStringProperty("published", text(source.published()));
			json.writeStringProperty("quote", source.quote());
			json.writeNumberProperty("start", source.start());
			json.writeNumberProperty("end", source.end());
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	/**
	 * Copies stored sources, renaming {@code documentId} to the API's
	 * {@code document_id}; the stored keys are otherwise the API's, in the API's order
	 * (both follow {@link Source}'s components), and a source has no nested objects.
	 */
	private static void writeStoredSources(JsonGenerator json, String stored) {
		try (JsonParser parser = STORED.createParser(ObjectReadContext.empty(), stored)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.PROPERTY_NAME && STORED_DOCUMENT_ID.equals(parser.currentName())) {
					json.writeName("document_id");
				}
				else {
					json.copyCurrentEvent(parser);
				}
			}
		}
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

}
