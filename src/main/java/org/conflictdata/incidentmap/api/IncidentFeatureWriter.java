package org.conflictdata.incidentmap.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.Source;
import tools.jackson.core.JsonGenerator;

/**
 * Writes incidents as RFC 7946 GeoJSON Features with the properties the API documents,
 * one at a time onto a streaming generator, so a collection of any size is never held in
 * memory. Coordinates are lon/lat, rounded to no more decimals than the place's precision
 * supports (and never more than 6). Null figures and texts are written as JSON null,
 * never left out, so every feature has the same properties.
 */
public final class IncidentFeatureWriter {

	private IncidentFeatureWriter() {
	}

	/**
	 * Writes a FeatureCollection of {@code incidents} with {@code numberMatched} and
	 * {@code numberReturned}; {@code members} may add further top-level members (OGC's
	 * {@code timeStamp} and {@code links}) before the features.
	 */
	public static void writeCollection(JsonGenerator json, long matched, List<Incident> incidents,
			Consumer<JsonGenerator> members) {
		json.writeStartObject();
		json.writeStringProperty("type", "FeatureCollection");
		json.writeNumberProperty("numberMatched", matched);
		json.writeNumberProperty("numberReturned", incidents.size());
		members.accept(json);
		json.writeName("features");
		json.writeStartArray();
		for (Incident incident : incidents) {
			write(json, incident);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	/** Writes one Feature object. */
	public static void write(JsonGenerator json, Incident incident) {
		json.writeStartObject();
		json.writeStringProperty("type", "Feature");
		json.writeNumberProperty("id", incident.id());
		json.writeName("geometry");
		json.writeStartObject();
		json.writeStringProperty("type", "Point");
		json.writeName("coordinates");
		json.writeStartArray();
		int decimals = decimals(incident.geoPrecision());
		json.writeNumber(round(incident.longitude(), decimals));
		json.writeNumber(round(incident.latitude(), decimals));
		json.writeEndArray();
		json.writeEndObject();
		json.writeName("properties");
		writeProperties(json, incident);
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

	private static void writeProperties(JsonGenerator json, Incident incident) {
		json.writeStartObject();
		json.writeNumberProperty("id", incident.id());
		json.writeStringProperty("date", text(incident.date()));
		json.writeStringProperty("date_end", text(incident.dateEnd()));
		json.writeStringProperty("date_precision", incident.datePrecision());
		json.writeNumberProperty("time_precision", incident.timePrecision());
		json.writeStringProperty("event_type", incident.eventType());
		json.writeStringProperty("sub_event_type", incident.subEventType());
		json.writeStringProperty("place", incident.place());
		json.writeStringProperty("place_id", incident.placeId());
		json.writeNumberProperty("geo_precision", incident.geoPrecision());
		json.writeStringProperty("location_precision", incident.locationPrecision());
		json.writeStringProperty("country", incident.country());
		json.writeStringProperty("admin1", incident.admin1());
		writeActors(json, incident.actors());
		writeCount(json, "killed", incident.killed());
		writeCount(json, "wounded", incident.wounded());
		json.writeStringProperty("weapon", incident.weapon());
		json.writeStringProperty("summary", incident.summary());
		json.writeStringProperty("grade", incident.grade());
		json.writeBooleanProperty("historical", incident.historical());
		writeSources(json, incident.sources());
		writeExplanation(json, incident.explanation());
		json.writeEndObject();
	}

	private static void writeActors(JsonGenerator json, List<Actor> actors) {
		json.writeName("actors");
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
		json.writeName("sources");
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

	private static void writeExplanation(JsonGenerator json, Map<String, Object> explanation) {
		json.writeName("explanation");
		json.writePOJO(explanation);
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

}
