package org.conflictdata.incidentmap.ingest;

import java.util.ArrayList;
import java.util.List;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.extraction.EventReferences;
import org.conflictdata.incidentmap.extraction.IncidentExtractor;
import org.conflictdata.incidentmap.extraction.IncidentMention;
import org.conflictdata.incidentmap.extraction.MentionParts;
import org.conflictdata.incidentmap.geocoding.CoordinatedPlaces;
import org.conflictdata.incidentmap.geocoding.FacilityAntecedents;
import org.conflictdata.incidentmap.geocoding.Geocoder;
import org.conflictdata.incidentmap.geocoding.Location;
import org.conflictdata.incidentmap.geocoding.TargetGroups;
import org.conflictdata.incidentmap.incident.Drafts;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentClusterer;
import org.conflictdata.incidentmap.incident.LocatedMention;

/**
 * The store-free part of ingest: one article's text → incident mentions → places → one
 * draft incident per event the article reports. The same code serves start-up seeding,
 * the API, the CLI and the evaluation. An empty article gives no incidents; mentions that
 * cannot be drafted (no place, no date) are returned aside with the reason, never
 * dropped.
 */
public class ArticlePipeline {

	private final IncidentExtractor extractor;

	private final Geocoder geocoder;

	private final IncidentClusterer clusterer;

	private final FacilityAntecedents antecedents;

	public ArticlePipeline(IncidentExtractor extractor, Geocoder geocoder, IncidentClusterer clusterer) {
		this.extractor = extractor;
		this.geocoder = geocoder;
		this.clusterer = clusterer;
		this.antecedents = new FacilityAntecedents(geocoder);
	}

	/** Runs extraction and geocoding over an article stored as {@code documentId}. */
	public Drafts run(Article article, long documentId) {
		List<LocatedMention> located = new ArrayList<>();
		DatelineFallback dateline = DatelineFallback.of(article.text(), this.geocoder);
		for (IncidentMention mention : this.extractor.extract(article)) {
			// "U.S. jets struck Jurf al-Sakhar and Karbala": one incident per place.
			String part = MentionParts.ownPart(mention);
			List<Location> each = CoordinatedPlaces.after(this.geocoder, part, mention.trigger());
			if (each.isEmpty()) {
				// "struck five sites: three in Iraq, near al-Qa'im, and two in Syria,
				// near
				// al-Bukamal": one incident per group of targets.
				each = TargetGroups.after(this.geocoder, part, mention.trigger());
			}
			if (each.isEmpty()) {
				Location location = locate(mention, part, earlier(article, mention));
				if (!location.isResolved() && dateline != null) {
					// "AL-BAB, Syria —" and nothing placed near: the town filed from.
					Location filed = dateline.locate(article.text(), mention.start(), this.geocoder);
					location = (filed != null) ? filed : location;
				}
				located.add(new LocatedMention(mention, location));
			}
			for (int i = 0; i < each.size(); i++) {
				// "struck X and Y, wounding five": the text does not say where the five
				// were hurt, so the figures stay with the first place only.
				located.add(new LocatedMention((i == 0) ? mention : withoutCasualties(mention), each.get(i)));
			}
		}
		Drafts drafts = this.clusterer.draftAll(OtherTheatres.setAside(located), documentId, article);
		return new Drafts(this.clusterer.cluster(drafts.incidents()), drafts.unresolved());
	}

	private static IncidentMention withoutCasualties(IncidentMention m) {
		return new IncidentMention(m.sentence(), m.start(), m.end(), m.type(), m.trigger(), m.date(), m.actors(), null,
				null, m.weapon(), m.placeContext(), m.historical());
	}

	/**
	 * Where the mention happened: its own part of the sentence first, when the sentence
	 * reports several events, so that "retaliated against a militia in Iraq, which in
	 * turn fired rockets into Camp Taji" does not put the retaliation at Camp Taji; a
	 * part without a place of its own once the event it refers to is left out ("marched
	 * to the square ... for the assassination of an activist in Karbala") is placed from
	 * the sentences around it; else the sentence, with the extractor's context, where a
	 * place in the trigger's own clause wins ("The strikes on Shingal come days after a
	 * drone hit a car near Makhmour" is placed at Makhmour for "drone hit").
	 */
	private Location locate(IncidentMention mention, String part, String earlier) {
		if (!part.equals(mention.sentence())) {
			Location own = this.geocoder.locate(part);
			if (own.isResolved()) {
				return own;
			}
			if (!EventReferences.spans(mention.sentence()).isEmpty() && mention.placeContext() != null) {
				// The sentence's only place is the one of the event it refers to ("for
				// the
				// assassination of an activist in Karbala"): look around it instead.
				return this.geocoder.locate(part, mention.placeContext().replace(mention.sentence(), part));
			}
		}
		// "the airport" may refer back to the airport the article named before.
		return this.antecedents.locate(mention.sentence(), mention.placeContext(), mention.trigger(), earlier);
	}

	/** The title and the article text just before the mention's sentence. */
	private static String earlier(Article article, IncidentMention mention) {
		return FacilityAntecedents.lookBack(article.title(), article.text(), mention.start());
	}

	/**
	 * Runs several articles and merges their incidents in memory, with no store: the
	 * first article is document 1, the next 2, and so on. The evaluation uses this; the
	 * service merges into its store instead, with the same clusterer.
	 */
	public List<Incident> runInMemory(List<Article> articles) {
		List<Incident> all = new ArrayList<>();
		for (int i = 0; i < articles.size(); i++) {
			all.addAll(run(articles.get(i), i + 1L).incidents());
		}
		return this.clusterer.cluster(all);
	}

	public IncidentClusterer clusterer() {
		return this.clusterer;
	}

}
