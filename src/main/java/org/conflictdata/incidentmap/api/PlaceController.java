package org.conflictdata.incidentmap.api;

import java.util.List;

import org.conflictdata.incidentmap.incident.IncidentQuery;
import org.conflictdata.incidentmap.incident.IncidentSummaries;
import org.conflictdata.incidentmap.incident.PlaceSummary;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The gazetteer places that incidents matching the API's filters are geocoded to, as a
 * GeoJSON FeatureCollection of points with each place's id, names and incident count.
 * Places no matching incident uses are not listed; with no match the collection is empty.
 */
@RestController
class PlaceController {

	private final IncidentSummaries summaries;

	private final JsonMapper mapper;

	PlaceController(IncidentSummaries summaries, JsonMapper mapper) {
		this.summaries = summaries;
		this.mapper = mapper;
	}

	@GetMapping("/api/places")
	ResponseEntity<StreamingResponseBody> places(@RequestParam MultiValueMap<String, String> params) {
		IncidentQuery query = IncidentFilters.parse(params);
		List<PlaceSummary> places = this.summaries.places(query);
		StreamingResponseBody body = (out) -> {
			try (JsonGenerator json = this.mapper.createGenerator(out)) {
				json.writeStartObject();
				json.writeStringProperty("type", "FeatureCollection");
				json.writeName("features");
				json.writeStartArray();
				for (PlaceSummary place : places) {
					write(json, place);
				}
				json.writeEndArray();
				json.writeEndObject();
			}
		};
		return ResponseEntity.ok().contentType(IncidentController.GEO_JSON).body(body);
	}

	private static void write(JsonGenerator json, PlaceSummary place) {
		int decimals = IncidentFeatureWriter.decimals(place.geoPrecision());
		json.writeStartObject();
		json.writeStringProperty("type", "Feature");
		json.writeStringProperty("id", place.placeId());
		json.writeName("geometry");
		json.writeStartObject();
		json.writeStringProperty("type", "Point");
		json.writeName("coordinates");
		json.writeStartArray();
		json.writeNumber(IncidentFeatureWriter.round(place.longitude(), decimals));
		json.writeNumber(IncidentFeatureWriter.round(place.latitude(), decimals));
		json.writeEndArray();
		json.writeEndObject();
		json.writeName("properties");
		json.writeStartObject();
		json.writeStringProperty("place_id", place.placeId());
		json.writeStringProperty("place", place.place());
		json.writeStringProperty("country", place.country());
		json.writeStringProperty("admin1", place.admin1());
		json.writeNumberProperty("geo_precision", place.geoPrecision());
		json.writeNumberProperty("incident_count", place.incidentCount());
		json.writeEndObject();
		json.writeEndObject();
	}

}
