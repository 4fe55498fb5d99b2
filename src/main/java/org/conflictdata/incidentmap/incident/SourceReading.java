package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one sentence said about an incident — its date, type, place and figures — kept in
 * the incident's explanation under {@code "reports"} so that a merged incident can weigh
 * its sources again (majority dates, disagreements) however many merges it went through,
 * and so that an analyst sees each source's reading. Stored as plain maps of strings and
 * numbers so it survives a JSON round trip; a malformed entry is skipped when read back.
 *
 * @param documentId the document's stored id
 * @param document the document's name
 * @param start offset of the sentence in the document
 * @param date first possible day
 * @param dateEnd last possible day
 * @param datePrecision "day", "week", "month" or "year"
 * @param dateFromText true when the text dated the event, false when the publication date
 * stood in for a missing date
 * @param dateExpression the text that gave the date, or ""
 * @param dateHow how the date was resolved
 * @param subEventType ACLED sub_event_type as this sentence reads
 * @param placeId gazetteer id of the place this sentence names
 * @param place that place's name
 * @param geoPrecision ACLED geo_precision of that place
 * @param longitude that place's longitude
 * @param latitude that place's latitude
 * @param killed killed figure as text ("1", "25–30", "at least 1"), or ""
 * @param wounded wounded figure as text, or ""
 */
record SourceReading(long documentId, String document, int start, LocalDate date, LocalDate dateEnd,
		String datePrecision, boolean dateFromText, String dateExpression, String dateHow, String subEventType,
		String placeId, String place, int geoPrecision, double longitude, double latitude, String killed,
		String wounded) {

	static final String KEY = "reports";

	/** Width of the date range in days (0 for a single day). */
	long widthDays() {
		return this.dateEnd.toEpochDay() - this.date.toEpochDay();
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("document_id", this.documentId);
		map.put("document", this.document);
		map.put("start", this.start);
		map.put("date", this.date.toString());
		map.put("date_end", this.dateEnd.toString());
		map.put("date_precision", this.datePrecision);
		map.put("date_basis", this.dateFromText ? "text" : "publication");
		map.put("date_expression", this.dateExpression);
		map.put("date_how", this.dateHow);
		map.put("sub_event_type", this.subEventType);
		map.put("place_id", this.placeId);
		map.put("place", this.place);
		map.put("geo_precision", this.geoPrecision);
		map.put("longitude", this.longitude);
		map.put("latitude", this.latitude);
		map.put("killed", this.killed);
		map.put("wounded", this.wounded);
		return Collections.unmodifiableMap(map);
	}

	/**
	 * The readings stored in an incident's explanation, or one built from the incident
	 * itself.
	 */
	static List<SourceReading> of(Incident incident) {
		List<SourceReading> readings = new ArrayList<>();
		if (incident.explanation().get(KEY) instanceof List<?> stored) {
			for (Object entry : stored) {
				if (entry instanceof Map<?, ?> map) {
					SourceReading reading = fromMap(map);
					if (reading != null) {
						readings.add(reading);
					}
				}
			}
		}
		if (readings.isEmpty()) {
			for (Source source : incident.sources()) {
				readings.add(new SourceReading(source.documentId(), source.document(), source.start(), incident.date(),
						incident.dateEnd(), incident.datePrecision(), true, "", "", incident.subEventType(),
						incident.placeId(), incident.place(), incident.geoPrecision(), incident.longitude(),
						incident.latitude(), CountText.of(incident.killed()), CountText.of(incident.wounded())));
			}
		}
		return readings;
	}

	private static SourceReading fromMap(Map<?, ?> map) {
		try {
			return new SourceReading(number(map.get("document_id")).longValue(), text(map.get("document")),
					number(map.get("start")).intValue(), LocalDate.parse(text(map.get("date"))),
					LocalDate.parse(text(map.get("date_end"))), text(map.get("date_precision")),
					!"publication".equals(map.get("date_basis")), text(map.get("date_expression")),
					text(map.get("date_how")), text(map.get("sub_event_type")), text(map.get("place_id")),
					text(map.get("place")), number(map.get("geo_precision")).intValue(),
					number(map.get("longitude")).doubleValue(), number(map.get("latitude")).doubleValue(),
					text(map.get("killed")), text(map.get("wounded")));
		}
		catch (RuntimeException ex) {
			// A hand-edited or truncated explanation: fall back to the incident's own
			// fields.
			return null;
		}
	}

	private static Number number(Object value) {
		if (value instanceof Number number) {
			return number;
		}
		return Double.valueOf(String.valueOf(value));
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
