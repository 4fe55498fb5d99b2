package org.conflictdata.incidentmap.api;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.conflictdata.incidentmap.incident.IncidentQuery;
import org.conflictdata.incidentmap.incident.IncidentStore;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads of every incident matching the API's filters, as a GeoJSON FeatureCollection
 * or as ACLED-style CSV, with no limit. Rows are streamed from a database cursor straight
 * into the response, so the size of a download never shows in the server's memory. The
 * parameters are checked before anything is written, so a bad one is still a 400
 * problem+json; a database failure after the first byte can only cut the download short.
 */
@RestController
class IncidentDownloadController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");

	private final IncidentStore store;

	private final JsonMapper mapper;

	IncidentDownloadController(IncidentStore store, JsonMapper mapper) {
		this.store = store;
		this.mapper = mapper;
	}

	@GetMapping("/api/incidents.geojson")
	ResponseEntity<StreamingResponseBody> geojson(@RequestParam MultiValueMap<String, String> params) {
		IncidentQuery query = IncidentFilters.parse(params);
		StreamingResponseBody body = (out) -> {
			try (JsonGenerator json = this.mapper.createGenerator(out)) {
				json.writeStartObject();
				json.writeStringProperty("type", "FeatureCollection");
				json.writeName("features");
				json.writeStartArray();
				this.store.streamFeatures(query, (row) -> IncidentFeatureWriter.write(json, row));
				json.writeEndArray();
				json.writeEndObject();
			}
		};
		return ResponseEntity.ok()
			.contentType(IncidentController.GEO_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(query, "geojson"))
			.body(body);
	}

	@GetMapping("/api/incidents.csv")
	ResponseEntity<StreamingResponseBody> csv(@RequestParam MultiValueMap<String, String> params) {
		IncidentQuery query = IncidentFilters.parse(params);
		StreamingResponseBody body = (out) -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			IncidentCsvWriter csv = new IncidentCsvWriter(writer);
			csv.writeHeader();
			this.store.stream(query, csv::write);
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(query, "csv"))
			.body(body);
	}

	/** {@code attachment; filename="incidents_<start>_<end>.<extension>"}. */
	static String attachment(IncidentQuery query, String extension) {
		String name = "incidents_" + bound(query.start()) + "_" + bound(query.end()) + "." + extension;
		return ContentDisposition.attachment().filename(name).build().toString();
	}

	private static String bound(LocalDate date) {
		return (date != null) ? date.toString() : "all";
	}

}
