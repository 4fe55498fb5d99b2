package org.conflictdata.incidentmap.ogc;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.conflictdata.incidentmap.api.IncidentFeatureWriter;
import org.conflictdata.incidentmap.api.NotFoundException;
import org.conflictdata.incidentmap.api.PageReader;
import org.conflictdata.incidentmap.api.StreamedPage;
import org.conflictdata.incidentmap.incident.FeatureRow;
import org.conflictdata.incidentmap.incident.IncidentStore;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The features of the incidents collection as GeoJSON: a page of items with
 * {@code numberReturned}, {@code timeStamp} and self / next / prev / collection links
 * (next only while more remain, prev only after the first page), {@code numberMatched}
 * only when it is known without counting every match (on the last page), and single
 * features by id; the page's features are written while the database still reads the next
 * ones, and the other members follow them ({@link StreamedPage}). A feature id that is
 * not a stored incident's id, numeric or not, is a 404; parameter errors are 400s
 * ({@link FeaturesRequest}).
 */
@RestController
class FeaturesController {

	static final MediaType GEO_JSON = MediaType.parseMediaType(Link.GEO_JSON);

	private final IncidentStore store;

	private final PageReader pages;

	private final JsonMapper mapper;

	FeaturesController(IncidentStore store, PageReader pages, JsonMapper mapper) {
		this.store = store;
		this.pages = pages;
		this.mapper = mapper;
	}

	@GetMapping(OgcLinks.ROOT + "/collections/{collectionId}/items")
	ResponseEntity<StreamingResponseBody> getFeatures(@PathVariable String collectionId, HttpServletRequest request) {
		OgcController.checkCollection(collectionId);
		Map<String, String[]> parameters = request.getParameterMap();
		FeaturesRequest features = FeaturesRequest.parse(parameters);
		// Whether a next page exists is known only after the page's rows: both lists
		// are made here, while the request is at hand.
		OgcLinks here = OgcLinks.of(request);
		List<Link> more = pageLinks(here, parameters, features, true);
		List<Link> last = pageLinks(here, parameters, features, false);
		String timeStamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		// last before the body: once the reader runs, only the body stops it
		StreamedPage page = this.pages.open(features.query());
		StreamingResponseBody body = (out) -> {
			try (JsonGenerator json = this.mapper.createGenerator(out)) {
				page.write(json, (members, next) -> {
					members.writeStringProperty("timeStamp", timeStamp);
					members.writePOJOProperty("links", next ? more : last);
				});
			}
		};
		return ResponseEntity.ok().contentType(GEO_JSON).body(body);
	}

	@GetMapping(OgcLinks.ROOT + "/collections/{collectionId}/items/{featureId}")
	ResponseEntity<String> getFeature(@PathVariable String collectionId, @PathVariable String featureId,
			HttpServletRequest request) {
		OgcController.checkCollection(collectionId);
		OgcFormat.checkOnlyFormat(request.getParameterMap());
		FeatureRow incident = id(featureId).flatMap(this.store::findFeatureById)
			.orElseThrow(() -> new NotFoundException(
					"There is no feature '" + featureId + "' in collection '" + OgcLinks.COLLECTION_ID + "'."));
		OgcLinks links = OgcLinks.of(request);
		StringWriter text = new StringWriter();
		try (JsonGenerator json = this.mapper.createGenerator(text)) {
			IncidentFeatureWriter.write(json, incident);
		}
		// The shared writer makes plain Features; OGC wants links on a single feature
		// too.
		ObjectNode feature = (ObjectNode) this.mapper.readTree(text.toString());
		feature.set("links",
				this.mapper.valueToTree(List.of(new Link(links.item(incident.id()), "self", Link.GEO_JSON, null),
						new Link(links.collection(), "collection", Link.JSON, OgcController.COLLECTION_TITLE))));
		return ResponseEntity.ok().contentType(GEO_JSON).body(this.mapper.writeValueAsString(feature));
	}

	private static Optional<Long> id(String featureId) {
		try {
			return Optional.of(Long.parseLong(featureId));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static List<Link> pageLinks(OgcLinks links, Map<String, String[]> parameters, FeaturesRequest features,
			boolean more) {
		String items = links.items();
		List<Link> list = new ArrayList<>();
		list.add(new Link(OgcLinks.withQuery(items, parameters, Map.of()), "self", Link.GEO_JSON, "This page"));
		String limit = Integer.toString(features.limit());
		if (more) {
			String next = Integer.toString(features.offset() + features.limit());
			list.add(new Link(
					OgcLinks.withQuery(items, parameters,
							Map.of(FeaturesRequest.OFFSET, next, FeaturesRequest.LIMIT, limit)),
					"next", Link.GEO_JSON, "Next page"));
		}
		if (features.offset() > 0) {
			String prev = Integer.toString(Math.max(0, features.offset() - features.limit()));
			list.add(new Link(
					OgcLinks.withQuery(items, parameters,
							Map.of(FeaturesRequest.OFFSET, prev, FeaturesRequest.LIMIT, limit)),
					"prev", Link.GEO_JSON, "Previous page"));
		}
		list.add(new Link(links.collection(), "collection", Link.JSON, OgcController.COLLECTION_TITLE));
		return list;
	}

}
