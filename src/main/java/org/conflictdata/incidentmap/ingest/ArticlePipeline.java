package org.conflictdata.incidentmap.ingest;

import java.util.ArrayList;
import java.util.List;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.extraction.IncidentExtractor;
import org.conflictdata.incidentmap.extraction.IncidentMention;
import org.conflictdata.incidentmap.geocoding.Geocoder;
import org.conflictdata.incidentmap.geocoding.Location;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentClusterer;

/**
 * The store-free part of ingest: one article's text → incident mentions → places → one draft
 * incident per event the article reports. The same code serves start-up seeding, the API, the
 * CLI and the evaluation. An empty article gives no incidents; mentions whose place cannot be
 * resolved are returned aside with the reason, never dropped.
 */
public class ArticlePipeline {

	private final IncidentExtractor extractor;

	private final Geocoder geocoder;

	private final IncidentClusterer clusterer;

	public ArticlePipeline(IncidentExtractor extractor, Geocoder geocoder, IncidentClusterer clusterer) {
		this.extractor = extractor;
		this.geocoder = geocoder;
		this.clusterer = clusterer;
	}

	/** Runs extraction and geocoding over an article stored as {@code documentId}. */
	public Extraction run(Article article, long documentId) {
		List<Incident> drafts = new ArrayList<>();
		List<Unplaced> unplaced = new ArrayList<>();
		for (IncidentMention mention : this.extractor.extract(article)) {
			Location location = this.geocoder.locate(mention.placeContext());
			if (location.isResolved()) {
				drafts.add(this.clusterer.draft(mention, location, documentId, article));
			}
			else {
				unplaced.add(new Unplaced(mention, location.unresolvedReason()));
			}
		}
		return new Extraction(this.clusterer.cluster(drafts), unplaced);
	}

	public IncidentClusterer clusterer() {
		return this.clusterer;
	}

	/**
	 * One article's result: its incidents (merged within the article) and the mentions that could
	 * not be placed.
	 *
	 * @param incidents draft incidents, not yet stored
	 * @param unplaced mentions without a place, with the reason
	 */
	public record Extraction(List<Incident> incidents, List<Unplaced> unplaced) {
	}

	/**
	 * A mention kept aside because no place could be resolved for it.
	 *
	 * @param mention the mention
	 * @param reason why its place could not be resolved
	 */
	public record Unplaced(IncidentMention mention, String reason) {
	}

}
