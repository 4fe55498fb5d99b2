package org.conflictdata.incidentmap.ogc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.conflictdata.incidentmap.api.NotFoundException;
import org.conflictdata.incidentmap.incident.BoundingBox;
import org.conflictdata.incidentmap.incident.IncidentExtent;
import org.conflictdata.incidentmap.incident.IncidentSummaries;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OGC API – Features resources that describe the service: landing page, conformance,
 * the OpenAPI definition, the collections and the incidents collection's queryables.
 * Every response is JSON; an unknown collection is a 404, an unknown parameter or format
 * a 400.
 */
@RestController
class OgcController {

	static final String TITLE = "Incident Map – OGC API Features";

	static final String COLLECTION_TITLE = "Incidents";

	static final String COLLECTION_DESCRIPTION = "Conflict incidents found in news articles, each geocoded to a named "
			+ "place and traceable to the sentences that report it. Dates carry their precision (date to date_end); "
			+ "historical references are included and flagged by the property historical.";

	private final IncidentSummaries summaries;

	private final OpenApiDocument openApi;

	OgcController(IncidentSummaries summaries, OpenApiDocument openApi) {
		this.summaries = summaries;
		this.openApi = openApi;
	}

	@GetMapping({ OgcLinks.ROOT, OgcLinks.ROOT + "/" })
	ResponseEntity<LandingPageDocument> getLandingPage(HttpServletRequest request) {
		OgcFormat.checkOnlyFormat(request.getParameterMap());
		OgcLinks links = OgcLinks.of(request);
		List<Link> list = List.of(new Link(links.landing(), "self", Link.JSON, "This document"),
				new Link(links.path("/api"), "service-desc", Link.OPEN_API, "The API definition (OpenAPI 3.0)"),
				new Link(links.path("/api"), "service-doc", Link.OPEN_API, "The API documentation"),
				new Link(links.path("/conformance"), "conformance", Link.JSON, "Conformance classes implemented"),
				new Link(links.path("/collections"), "data", Link.JSON, "The feature collections"));
		return json(new LandingPageDocument(TITLE, COLLECTION_DESCRIPTION, list));
	}

	@GetMapping(OgcLinks.ROOT + "/conformance")
	ResponseEntity<ConformanceDocument> getConformance(HttpServletRequest request) {
		OgcFormat.checkOnlyFormat(request.getParameterMap());
		return json(new ConformanceDocument(Conformance.ALL));
	}

	@GetMapping(OgcLinks.ROOT + "/api")
	ResponseEntity<String> getApi(HttpServletRequest request) {
		OgcFormat.checkOnlyFormat(request.getParameterMap());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Link.OPEN_API))
			.body(this.openApi.forServer(OgcLinks.of(request).landing()));
	}

	@GetMapping(OgcLinks.ROOT + "/collections")
	ResponseEntity<CollectionsDocument> getCollections(HttpServletRequest request) {
		OgcFormat.checkOnlyFormat(request.getParameterMap());
		OgcLinks links = OgcLinks.of(request);
		Link self = new Link(links.path("/collections"), "self", Link.JSON, "This document");
		return json(new CollectionsDocument(List.of(self), List.of(incidents(links))));
	}

	@GetMapping(OgcLinks.ROOT + "/collections/{collectionId}")
	ResponseEntity<CollectionDocument> getCollection(@PathVariable String collectionId, HttpServletRequest request) {
		checkCollection(collectionId);
		OgcFormat.checkOnlyFormat(request.getParameterMap());
		return json(incidents(OgcLinks.of(request)));
	}

	@GetMapping(OgcLinks.ROOT + "/collections/{collectionId}/queryables")
	ResponseEntity<Map<String, Object>> getQueryables(@PathVariable String collectionId, HttpServletRequest request) {
		checkCollection(collectionId);
		OgcFormat.checkOnlyFormat(request.getParameterMap());
		String self = OgcLinks.of(request).collection() + "/queryables";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Link.SCHEMA_JSON))
			.body(QueryablesDocument.of(self, COLLECTION_TITLE));
	}

	static void checkCollection(String collectionId) {
		if (!OgcLinks.COLLECTION_ID.equals(collectionId)) {
			throw new NotFoundException("There is no collection '" + collectionId + "'; the only collection is '"
					+ OgcLinks.COLLECTION_ID + "'.");
		}
	}

	private CollectionDocument incidents(OgcLinks links) {
		List<Link> list = List.of(new Link(links.collection(), "self", Link.JSON, "This collection"),
				new Link(links.items(), "items", Link.GEO_JSON, "The incidents"),
				new Link(links.collection() + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables",
						Link.SCHEMA_JSON, "Properties that can be filtered on"));
		CollectionDocument.Extent extent = this.summaries.extent().map(OgcController::extent).orElse(null);
		return new CollectionDocument(OgcLinks.COLLECTION_ID, COLLECTION_TITLE, COLLECTION_DESCRIPTION, list, extent,
				"feature", List.of(Conformance.CRS84));
	}

	private static CollectionDocument.Extent extent(IncidentExtent extent) {
		BoundingBox box = extent.bbox();
		CollectionDocument.Spatial spatial = new CollectionDocument.Spatial(
				List.of(List.of(box.minLon(), box.minLat(), box.maxLon(), box.maxLat())), Conformance.CRS84);
		CollectionDocument.Temporal temporal = new CollectionDocument.Temporal(
				List.of(List.of(startOf(extent.firstDay()), endOf(extent.lastDay()))), Conformance.GREGORIAN);
		return new CollectionDocument.Extent(spatial, temporal);
	}

	private static String startOf(LocalDate day) {
		return day + "T00:00:00Z";
	}

	private static String endOf(LocalDate day) {
		return day + "T23:59:59Z";
	}

	private static <T> ResponseEntity<T> json(T body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

}
