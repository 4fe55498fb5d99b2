package org.conflictdata.incidentmap.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.incident.FeatureRow;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.Source;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes incidents as RFC 7946 GeoJSON Features with the properties the API documents,
 * one at a time onto a streaming generator, so a collection of any size is never held in
 * memory. Coordinates are lon/lat, rounded to no more decimals than the place's precision
 * supports (and never more than 6). Null figures and texts are written as JSON null,
 * never left out, so every feature has the same properties. Stored rows
 * ({@link FeatureRow}) and incidents held as objects go through the same routine and give
 * the same JSON; a stored row's JSON text is trusted to be well-formed, since only the
 * store writes it (malformed text would be passed on). An incident must be stored (have
 * an id).
 */
public final class IncidentFeatureWriter {

	/** Parses stored JSON text; stateless and thread-safe. */
	private static final JsonFactory STORED = new JsonFactory();

	// Property names written once per feature, encoded once rather than per feature.
	private static final SerializableString TYPE = new SerializedString("type");

	private static final SerializableString DATE = new SerializedString("date");

	private static final SerializableString DATE_END = new SerializedString("date_end");

	private static final SerializableString DATE_PRECISION = new SerializedString("date_precision");

	private static final SerializableString EVENT_TYPE = new SerializedString("event_type");

	private static final SerializableString SUB_EVENT_TYPE = new SerializedString("sub_event_type");

	private static final SerializableString PLACE = new SerializedString("place");

	private static final SerializableString PLACE_ID = new SerializedString("place_id");

	private static final SerializableString LOCATION_PRECISION = new SerializedString("location_precision");

	private static final SerializableString COUNTRY = new SerializedString("country");

	private static final SerializableString ADMIN1 = new SerializedString("admin1");

	private static final SerializableString WEAPON = new SerializedString("weapon");

	private static final SerializableString SUMMARY = new SerializedString("summary");

	private static final SerializableString GRADE = new SerializedString("grade");

	private static final SerializableString ID = new SerializedString("id");

	private static final SerializableString TIME_PRECISION = new SerializedString("time_precision");

	private static final SerializableString GEO_PRECISION = new SerializedString("geo_precision");

	private static final SerializableString GEOMETRY = new SerializedString("geometry");

	private static final SerializableString COORDINATES = new SerializedString("coordinates");

	private static final SerializableString PROPERTIES = new SerializedString("properties");

	private static final SerializableString ACTORS = new SerializedString("actors");

	private static final SerializableString SOURCES = new SerializedString("sources");

	private static final SerializableString EXPLANATION = new SerializedString("explanation");

	private static final SerializableString HISTORICAL = new SerializedString("historical");

	private static final SerializableString KILLED = new SerializedString("killed");

	private static final SerializableString WOUNDED = new SerializedString("wounded");

	private static final SerializableString VALUE = new SerializedString("value");

	private static final SerializableString MIN = new SerializedString("min");

	private static final SerializableString MAX = new SerializedString("max");

	private static final double[] POWERS_OF_TEN = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6 };

	private static final String STORED_DOCUMENT_ID = "documentId";

	private static final String STORED_KEY_TAIL = STORED_DOCUMENT_ID + "\"";

	private static final byte[] API_KEY_TAIL = utf8("document_id\"");

	private IncidentFeatureWriter() {
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
	 * {@code documentId}, so they are passed through with that one key renamed in the
	 * text; this keeps existing databases valid without a migration.
	 */
	public static void write(JsonGenerator json, FeatureRow row) {
		writeFeature(json, row,
				new Nested(() -> json.writeRawValue(new RawJson(row.actorsJson())),
						() -> writeStoredSources(json, row.sourcesJson()),
						() -> json.writeRawValue(new RawJson(row.explanationJson()))));
	}

	/** How the nested properties of one feature are written. */
	private record Nested(Runnable actors, Runnable sources, Runnable explanation) {
	}

	private static void writeFeature(JsonGenerator json, FeatureRow row, Nested nested) {
		json.writeStartObject();
		string(json, TYPE, "Feature");
		number(json, ID, row.id());
		json.writeName(GEOMETRY);
		json.writeStartObject();
		string(json, TYPE, "Point");
		json.writeName(COORDINATES);
		json.writeStartArray();
		int decimals = decimals(row.geoPrecision());
		json.writeNumber(round(row.longitude(), decimals));
		json.writeNumber(round(row.latitude(), decimals));
		json.writeEndArray();
		json.writeEndObject();
		json.writeName(PROPERTIES);
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

	/**
	 * {@code value} rounded half-up to {@code decimals} (at most 6) as written in decimal
	 * by {@link Double#toString}, trailing zeros stripped. Formatting the double in
	 * decimal is the costly part (a sixth of writing a large page); it is needed only
	 * when the scaled value lies within 1e-6 of a tie, since for |value| ≤ 1000 the
	 * decimal form and the binary value, scaled, differ by less than 3e-7. Elsewhere the
	 * nearest whole number of the scaled binary value is the same result.
	 */
	public static BigDecimal round(double value, int decimals) {
		int scale = Math.min(decimals, 6);
		if (scale >= 0 && Math.abs(value) <= 1000) {
			double scaled = value * POWERS_OF_TEN[scale];
			double nearest = Math.rint(scaled);
			if (0.5 - Math.abs(scaled - nearest) > 1e-6) {
				return BigDecimal.valueOf((long) nearest, scale).stripTrailingZeros();
			}
		}
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	private static void writeProperties(JsonGenerator json, FeatureRow row, Nested nested) {
		json.writeStartObject();
		number(json, ID, row.id());
		string(json, DATE, text(row.date()));
		string(json, DATE_END, text(row.dateEnd()));
		string(json, DATE_PRECISION, row.datePrecision());
		number(json, TIME_PRECISION, row.timePrecision());
		string(json, EVENT_TYPE, row.eventType());
		string(json, SUB_EVENT_TYPE, row.subEventType());
		string(json, PLACE, row.place());
		string(json, PLACE_ID, row.placeId());
		number(json, GEO_PRECISION, row.geoPrecision());
		string(json, LOCATION_PRECISION, row.locationPrecision());
		string(json, COUNTRY, row.country());
		string(json, ADMIN1, row.admin1());
		json.writeName(ACTORS);
		nested.actors().run();
		writeCount(json, KILLED, row.killed());
		writeCount(json, WOUNDED, row.wounded());
		string(json, WEAPON, row.weapon());
		string(json, SUMMARY, row.summary());
		string(json, GRADE, row.grade());
		json.writeName(HISTORICAL);
		json.writeBoolean(row.historical());
		json.writeName(SOURCES);
		nested.sources().run();
		json.writeName(EXPLANATION);
		nested.explanation().run();
		json.writeEndObject();
	}

	private static void string(JsonGenerator json, SerializableString name, String value) {
		json.writeName(name);
		json.writeString(value);
	}

	private static void number(JsonGenerator json, SerializableString name, long value) {
		json.writeName(name);
		json.writeNumber(value);
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

	private static void writeCount(JsonGenerator json, SerializableString name, Count count) {
		json.writeName(name);
		if (count == null) {
			json.writeNull();
			return;
		}
		json.writeStartObject();
		number(json, VALUE, count.value());
		number(json, MIN, count.min());
		if (count.max() != null) {
			number(json, MAX, count.max());
		}
		else {
			json.writeName(MAX);
			json.writeNull();
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
	 * Writes stored sources with {@code documentId} renamed to the API's
	 * {@code document_id}; the stored keys are otherwise the API's, in the API's order
	 * (both follow {@link Source}'s components), and a source has no nested objects. The
	 * store writes compact JSON with {@code documentId} first in each object, so the
	 * rename is a change of bytes (see {@link #renameDocumentId}); text in any other
	 * shape is copied token by token instead.
	 */
	private static void writeStoredSources(JsonGenerator json, byte[] stored) {
		byte[] renamed = renameDocumentId(stored);
		if (renamed != null) {
			json.writeRawValue(new RawJson(renamed));
			return;
		}
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

	/**
	 * {@code utf8} with every {@code {"documentId":} made {@code {"document_id":}, in one
	 * pass; null when {@code "documentId"} (with unescaped quotes) occurs anywhere else,
	 * e.g. after whitespace, as a later key or as a value. In well-formed JSON a quote
	 * right after a brace opens a key, so a quote or title never matches: inside a string
	 * the quotes of {@code {"documentId":} would be escaped.
	 */
	static byte[] renameDocumentId(byte[] utf8) {
		// One char per byte, so indexes are byte offsets; String.indexOf is vectorised,
		// much faster than a loop over the bytes, which was 12% of the service's time.
		String bytes = new String(utf8, StandardCharsets.ISO_8859_1);
		int[] found = new int[8];
		int count = 0;
		for (int at = bytes.indexOf(STORED_KEY_TAIL); at >= 0; at = bytes.indexOf(STORED_KEY_TAIL, at + 1)) {
			// documentId" here; only a quote before it makes it a whole name.
			if (at == 0 || utf8[at - 1] != '"') {
				continue;
			}
			int after = at + STORED_KEY_TAIL.length();
			if (at < 2 || utf8[at - 2] != '{' || after >= utf8.length || utf8[after] != ':') {
				return null;
			}
			if (count == found.length) {
				found = Arrays.copyOf(found, count * 2);
			}
			found[count++] = at;
		}
		if (count == 0) {
			return utf8;
		}
		// Each renamed key grows by one byte: documentId (10) to document_id (11).
		byte[] renamed = new byte[utf8.length + count];
		int read = 0;
		int written = 0;
		for (int i = 0; i < count; i++) {
			int at = found[i];
			System.arraycopy(utf8, read, renamed, written, at - read);
			written += at - read;
			System.arraycopy(API_KEY_TAIL, 0, renamed, written, API_KEY_TAIL.length);
			written += API_KEY_TAIL.length;
			read = at + STORED_KEY_TAIL.length();
		}
		System.arraycopy(utf8, read, renamed, written, utf8.length - read);
		return renamed;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

}
