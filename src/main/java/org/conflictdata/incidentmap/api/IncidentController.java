package org.conflictdata.incidentmap.api;

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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Incidents as GeoJSON: the filtered collection, paged by {@code limit} (default 1000, at
 * most 10000) and {@code offset}, with a {@code next} link while more follow and
 * {@code numberMatched} when it is known without counting (the last page) or asked for
 * ({@code limit=0}); and single features by id. A page's features are written while the
 * database still reads the next ones ({@link StreamedPage}): {@code numberMatched},
 * {@code numberReturned} and {@code links} follow {@code features}. Bad parameters are
 * 400s and unknown ids 404s (problem+json).
 */
@RestController
class IncidentController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	static final int DEFAULT_LIMIT = 1000;

	static final int MAX_LIMIT = 10000;

	private final IncidentStore store;

	private final PageReader pages;

	private final JsonMapper mapper;

	IncidentController(IncidentStore store, PageReader pages, JsonMapper mapper) {
		this.store = store;
		this.pages = pages;
		this.mapper = mapper;
	}

	@GetMapping("/api/incidents")
	ResponseEntity<StreamingResponseBody> incidents(@RequestParam MultiValueMap<String, String> params) {
		IncidentQuery filters = IncidentFilters.parse(params, IncidentFilters.LIMIT, IncidentFilters.OFFSET);
		int pageSize = IncidentFilters.integer(params, IncidentFilters.LIMIT, DEFAULT_LIMIT, 0, MAX_LIMIT);
		int skip = IncidentFilters.integer(params, IncidentFilters.OFFSET, 0, 0, Integer.MAX_VALUE);
		IncidentQuery query = filters.withPage(pageSize, skip);
		// Whether a next page exists is known only after the page's rows; its URL is
		// made here, while the request is at hand. limit=0 asks for the count alone: a
		// next page of nothing would lead nowhere.
		String next = (pageSize > 0) ? ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam(IncidentFilters.OFFSET, (long) skip + pageSize)
			.replaceQueryParam(IncidentFilters.LIMIT, pageSize)
			.toUriString() : null;
		// last before the body: once the reader runs, only the body stops it
		StreamedPage page = this.pages.open(query);
		StreamingResponseBody body = (out) -> {
			try (JsonGenerator json = this.mapper.createGenerator(out)) {
				page.write(json, (members, more) -> writeLinks(members, more ? next : null));
			}
		};
		return ResponseEntity.ok().contentType(GEO_JSON).body(body);
	}

	/** {@code links}: the next page's URL while more incidents follow, else none. */
	private static void writeLinks(JsonGenerator json, String next) {
		json.writeName("links");
		json.writeStartArray();
		if (next != null) {
			json.writeStartObject();
			json.writeStringProperty("href", next);
			json.writeStringProperty("rel", "next");
			json.writeStringProperty("type", GEO_JSON.toString());
			json.writeEndObject();
		}
		json.writeEndArray();
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
