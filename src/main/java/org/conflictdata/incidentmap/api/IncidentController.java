package org.conflictdata.incidentmap.api;

import java.util.List;

import org.conflictdata.incidentmap.incident.FeatureRow;
import org.conflictdata.incidentmap.incident.IncidentQuery;
import org.conflictdata.incidentmap.incident.IncidentStore;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Incidents as GeoJSON: the filtered collection, paged by {@code limit} (default 1000, at
 * most 10000) and {@code offset}, with {@code numberMatched} counting every match, and
 * single features by id. Bad parameters are 400s and unknown ids 404s (problem+json).
 */
@RestController
class IncidentController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	static final int DEFAULT_LIMIT = 1000;

	static final int MAX_LIMIT = 10000;

	private final IncidentStore store;

	private final JsonMapper mapper;

	IncidentController(IncidentStore store, JsonMapper mapper) {
		this.store = store;
		this.mapper = mapper;
	}

	@GetMapping("/api/incidents")
	ResponseEntity<StreamingResponseBody> incidents(@RequestParam MultiValueMap<String, String> params) {
		IncidentQuery filters = IncidentFilters.parse(params, IncidentFilters.LIMIT, IncidentFilters.OFFSET);
		int pageSize = IncidentFilters.integer(params, IncidentFilters.LIMIT, DEFAULT_LIMIT, 0, MAX_LIMIT);
		int skip = IncidentFilters.integer(params, IncidentFilters.OFFSET, 0, 0, Integer.MAX_VALUE);
		IncidentQuery query = filters.withPage(pageSize, skip);
		List<FeatureRow> incidents = this.store.findFeatures(query);
		long matched = this.store.matched(query, incidents.size());
		StreamingResponseBody body = (out) -> {
			try (JsonGenerator json = this.mapper.createGenerator(out)) {
				IncidentFeatureWriter.writeCollection(json, matched, incidents, (members) -> {
				});
			}
		};
		return ResponseEntity.ok().contentType(GEO_JSON).body(body);
	}

	@GetMapping("/api/incidents/{id}")
	ResponseEntity<StreamingResponseBody> incident(@PathVariable long id) {
		FeatureRow incident = this.store.findFeatureById(id)
			.orElseThrow(() -> new NotFoundException("There is no incident " + id + "."));
		StreamingResponseBody body = (out) -> {
			try (JsonGenerator json = this.mapper.createGenerator(out)) {
				IncidentFeatureWriter.write(json, incident);
			}
		};
		return ResponseEntity.ok().contentType(GEO_JSON).body(body);
	}

}
