package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.conflictdata.incidentmap.geocoding.Distance;
import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.extraction.DatePrecision;
import org.conflictdata.incidentmap.extraction.EventDate;
import org.conflictdata.incidentmap.extraction.IncidentMention;
import org.conflictdata.incidentmap.geocoding.Geocoder;
import org.conflictdata.incidentmap.geocoding.Location;
import org.conflictdata.incidentmap.geocoding.Place;

import static org.conflictdata.incidentmap.incident.ReportAgreement.datesOverlap;
import static org.conflictdata.incidentmap.incident.ReportAgreement.figuresCorroborate;
import static org.conflictdata.incidentmap.incident.ReportAgreement.identicalReading;
import static org.conflictdata.incidentmap.incident.ReportAgreement.isSharp;
import static org.conflictdata.incidentmap.incident.ReportAgreement.isVague;
import static org.conflictdata.incidentmap.incident.ReportAgreement.oneDayApart;
import static org.conflictdata.incidentmap.incident.ReportAgreement.oneDocument;
import static org.conflictdata.incidentmap.incident.ReportAgreement.opposedActors;
import static org.conflictdata.incidentmap.incident.ReportAgreement.sharePerpetrator;

/**
 * Turns geocoded mentions into draft incidents and merges the drafts that report the same
 * event. Two drafts are the same event when their types are compatible
 * ({@link EventTypeCompatibility}), neither one's perpetrator is the other's target (an
 * attack and the reprisal for it), their places agree (same gazetteer place, one inside
 * the other, or within {@value #NEAR_KM} km in the same country) and their date ranges
 * overlap — with one day of slack for day-precise dates when place, type and perpetrator
 * agree strongly and the reports come from more than one document, because sources date
 * overnight strikes a day apart (one writer does not). A draft that is vague in both
 * place (a country or province) and date (a week or more) merges only when its casualty
 * figures match, when it reads identically (one wire report in two outlets), or when, in
 * a batch, it could describe just one incident of its type or perpetrator (narrowed, if
 * need be, to the one dated inside its window, then to the one by the same perpetrator) —
 * so that "rocket attacks on bases in Iraq this month" do not swallow one of several
 * named attacks. A mention without a type or a resolved place, without any date (neither
 * in the text nor a publication date; for a historical reference, none in the text), or
 * with neither a date nor a place in its own sentence, is set aside as an
 * {@link UnresolvedMention}. A mention without a date otherwise gets the week up to
 * publication at week precision, and its explanation says so. Null lists are read as
 * empty; the article must not be null.
 */
public final class IncidentClusterer {

	/** Places closer than this are the same place for clustering. */
	public static final double NEAR_KM = 25.0;

	/** An undated mention is assumed to lie in the week up to publication. */
	static final int UNDATED_WINDOW_DAYS = 6;

	private final PlaceRelations places;

	private final IncidentMerger merger;

	private final AreaReports areaReports;

	/**
	 * @param gazetteer looks a place up by gazetteer id, for country/province
	 * containment; unknown ids give an empty Optional
	 */
	public IncidentClusterer(Function<String, Optional<Place>> gazetteer) {
		this.places = new PlaceRelations(Objects.requireNonNull(gazetteer, "gazetteer"));
		this.merger = new IncidentMerger(this.places::lookup);
		this.areaReports = new AreaReports(this.places);
	}

	/** Drafts every placeable mention of one article and sets the others aside. */
	public Drafts draftAll(List<LocatedMention> located, long documentId, Article article) {
		Objects.requireNonNull(article, "article");
		List<Incident> incidents = new ArrayList<>();
		List<UnresolvedMention> unresolved = new ArrayList<>();
		for (LocatedMention each : (located != null) ? located : List.<LocatedMention>of()) {
			String reason = unresolvedReason(each.mention(), each.location(), article);
			if (reason == null) {
				incidents.add(draft(each.mention(), each.location(), documentId, article));
			}
			else {
				unresolved.add(UnresolvedMention.of(each.mention(), each.location(), documentId, article, reason));
			}
		}
		return new Drafts(incidents, unresolved);
	}

	/**
	 * Why a mention cannot be drafted, or null when it can: it needs a resolved place,
	 * and a date from the text or a publication date to stand in.
	 */
	public static String unresolvedReason(IncidentMention mention, Location location, Article article) {
		if (mention == null || mention.type() == null) {
			return "no incident type";
		}
		if (location == null || !location.isResolved()) {
			String reason = (location != null) ? location.unresolvedReason() : null;
			return (reason != null && !reason.isBlank()) ? reason : "no place could be resolved";
		}
		if (mention.date() == null && (article == null || article.published() == null)) {
			return "no date in the text and no publication date";
		}
		if (mention.date() == null && location.explanation() != null
				&& location.explanation().contains(Geocoder.FROM_CONTEXT)) {
			// "Politicians view the U.S. airstrikes as a violation": with neither a date
			// nor a place of its own, the sentence only recalls an event.
			return "neither a date nor a place in its sentence";
		}
		if (mention.date() == null && mention.historical()) {
			// The publication week would put "the 1979 hostage crisis" in 2019.
			return "historical reference without a date";
		}
		return null;
	}

	/**
	 * One mention as an un-stored incident (id null) with one source.
	 * @throws IllegalArgumentException when {@link #unresolvedReason} is not null
	 */
	public Incident draft(IncidentMention mention, Location location, long documentId, Article article) {
		String reason = unresolvedReason(mention, location, article);
		if (reason != null) {
			throw new IllegalArgumentException("cannot draft an incident: " + reason);
		}
		Place place = location.place();
		EventDate date = (mention.date() != null) ? mention.date() : weekBefore(article);
		boolean dateFromText = mention.date() != null;
		String dateHow = dateFromText ? nonNull(date.explanation())
				: "no date in the text: assumed within the week up to publication (" + article.published()
						+ ((article.publishedBasis() != null) ? ", " + article.publishedBasis() : "") + ")";
		int geoPrecision = (location.geoPrecision() > 0) ? location.geoPrecision() : (place.kind().isArea() ? 3 : 1);
		String subEventType = mention.type().subEventType();
		Source source = new Source(documentId, article.name(), article.title(), article.url(), article.published(),
				mention.sentence(), mention.start(), mention.end());
		SourceReading reading = new SourceReading(documentId, article.name(), mention.start(), date.start(), date.end(),
				date.precision().label(), dateFromText, nonNull(date.expression()), dateHow, subEventType, place.id(),
				place.name(), geoPrecision, place.longitude(), place.latitude(), CountText.of(mention.killed()),
				CountText.of(mention.wounded()));

		Map<String, Object> explanation = new LinkedHashMap<>();
		explanation.put("trigger", nonNull(mention.trigger()));
		explanation.put("place", Map.of("mention", nonNull(location.mention()), "how", nonNull(location.explanation()),
				"precision", nonNull(location.precision())));
		explanation.put("date", Map.of("expression", nonNull(date.expression()), "how", dateHow));
		explanation.put("disagreements", List.of());
		explanation.put(SourceReading.KEY, List.of(reading.toMap()));

		String summary = IncidentSummary.of(subEventType, place.name(), place.admin1(), place.country(), geoPrecision,
				location.precision(), mention.actors(), mention.killed(), mention.wounded());
		return new Incident(null, date.start(), date.end(), date.precision().label(), date.precision().timePrecision(),
				mention.type().eventType(), subEventType, place.name(), place.id(), geoPrecision,
				nonNull(location.precision()), place.country(), place.admin1(), place.longitude(), place.latitude(),
				mention.actors(), mention.killed(), mention.wounded(), mention.weapon(), summary,
				IncidentMerger.grade(List.of(source)), mention.historical(), explanation, List.of(source));
	}

	/** True when the two incidents report the same event (see the class comment). */
	public boolean sameEvent(Incident a, Incident b) {
		if (!couldBeSameEvent(a, b)) {
			return false;
		}
		// A report vague in both place and date needs matching figures, or an identical
		// reading (the same wire copy in two outlets), to join anything.
		return (!isVague(a) && !isVague(b)) || figuresCorroborate(a, b) || identicalReading(a, b);
	}

	/** Everything {@link #sameEvent} asks except that vague reports be corroborated. */
	private boolean couldBeSameEvent(Incident a, Incident b) {
		if (OneSentenceBlasts.oneBlast(a, b, this.places)) {
			return true;
		}
		if (!EventTypeCompatibility.compatible(a.subEventType(), b.subEventType())
				|| (EventTypeCompatibility.onlyAcrossSources(a.subEventType(), b.subEventType())
						&& oneDocument(a, b))) {
			return false;
		}
		boolean overlap = datesOverlap(a, b);
		if (!overlap && !oneDayApart(a, b)) {
			return false;
		}
		PlaceRelations.Relation place = this.places.of(a, b);
		if (place == PlaceRelations.Relation.NONE) {
			return false;
		}
		if (opposedActors(a, b)) {
			// A rocket attack by a militia and the air strike on that militia in reply
			// are
			// two events, however close in time and place.
			return false;
		}
		if (a.historical() != b.historical() && !isSharp(a.historical() ? a : b)) {
			// An aggregate ("six months of rocket fire") must not join a point incident.
			return false;
		}
		return overlap || agreeStrongly(a, b, place);
	}

	/** One incident from two reports of the same event; see {@link IncidentMerger}. */
	public Incident merge(Incident a, Incident b) {
		return this.merger.merge(a, b);
	}

	/**
	 * Merges a batch greedily: drafts are taken most precise first (place, then date),
	 * and each joins the existing incident it agrees with best, or starts a new one. A
	 * report placed only at a province or region joins the one precise incident it can
	 * describe ({@link AreaReports}). A report vague in both place and date that matches
	 * no incident by {@link #sameEvent} still joins one when it is the only incident it
	 * could describe ("Washington retaliated with airstrikes" in a week with one US air
	 * strike). Incidents that became mergeable through later reports are merged in a
	 * final pass. Sorting first makes the result independent of input order for all but
	 * exact ties.
	 */
	public List<Incident> cluster(List<Incident> drafts) {
		List<Incident> ordered = new ArrayList<>((drafts != null) ? drafts : List.of());
		ordered.sort(PRECISION_FIRST);
		List<Incident> clusters = new ArrayList<>();
		for (Incident draft : ordered) {
			int best = matchIndex(clusters, draft);
			if (best < 0) {
				clusters.add(draft);
			}
			else {
				clusters.set(best, merge(clusters.get(best), draft));
			}
		}
		return mergeRemaining(clusters);
	}

	/**
	 * The incident of {@code candidates} that {@code draft} reports, chosen as
	 * {@link #cluster} chooses; empty when none. The store's ingest uses this so that a
	 * batch and one article at a time merge alike.
	 */
	public Optional<Incident> matchOf(List<Incident> candidates, Incident draft) {
		List<Incident> list = (candidates != null) ? candidates : List.of();
		int best = matchIndex(list, draft);
		return (best < 0) ? Optional.empty() : Optional.of(list.get(best));
	}

	/**
	 * The index of the incident {@code draft} reports: the best agreeing one; for a vague
	 * draft, the only one it could describe; for a report placed only at a province or
	 * region, the one precise incident inside it; -1 when none.
	 */
	private int matchIndex(List<Incident> clusters, Incident draft) {
		int best = bestMatch(clusters, draft);
		if (best < 0 && isVague(draft)) {
			best = onlyCandidate(clusters, draft);
		}
		if (best < 0 && this.areaReports.isAreaOnly(draft)) {
			best = this.areaReports.onlyPreciseMatch(clusters, draft);
		}
		return best;
	}

	private int bestMatch(List<Incident> clusters, Incident draft) {
		int best = -1;
		double bestAffinity = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < clusters.size(); i++) {
			Incident candidate = clusters.get(i);
			if (sameEvent(candidate, draft)) {
				double affinity = affinity(candidate, draft);
				if (affinity > bestAffinity) {
					best = i;
					bestAffinity = affinity;
				}
			}
		}
		return best;
	}

	private int onlyCandidate(List<Incident> clusters, Incident vague) {
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < clusters.size(); i++) {
			Incident candidate = clusters.get(i);
			// The same type or the same perpetrator: an anonymous "airstrikes in Iraq"
			// must
			// not fall to the one rocket attack of its week.
			if (!isVague(candidate)
					&& (candidate.subEventType().equals(vague.subEventType()) || sharePerpetrator(candidate, vague))
					&& couldBeSameEvent(candidate, vague)) {
				candidates.add(i);
			}
		}
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		// Of several, the one dated wholly inside the vague report's window ("airstrikes
		// this week" against a strike that week and one known only to the month), else
		// the
		// one by the same perpetrator, is what it describes.
		List<Integer> within = candidates.stream()
			.filter((i) -> !clusters.get(i).date().isBefore(vague.date())
					&& !clusters.get(i).dateEnd().isAfter(vague.dateEnd()))
			.toList();
		if (within.size() == 1) {
			return within.get(0);
		}
		List<Integer> sameSide = candidates.stream().filter((i) -> sharePerpetrator(clusters.get(i), vague)).toList();
		return (sameSide.size() == 1) ? sameSide.get(0) : -1;
	}

	private List<Incident> mergeRemaining(List<Incident> clusters) {
		List<Incident> result = new ArrayList<>(clusters);
		boolean merged = true;
		while (merged) {
			merged = false;
			for (int i = 0; i < result.size(); i++) {
				int j = i + 1;
				while (j < result.size()) {
					if (sameEvent(result.get(i), result.get(j))) {
						result.set(i, merge(result.get(i), result.remove(j)));
						merged = true;
						// The merged incident may now match one already passed over.
						j = i + 1;
					}
					else {
						j++;
					}
				}
			}
		}
		return result;
	}

	private static boolean agreeStrongly(Incident a, Incident b, PlaceRelations.Relation place) {
		if (!a.subEventType().equals(b.subEventType()) || oneDocument(a, b)) {
			return false;
		}
		return place == PlaceRelations.Relation.SAME || place == PlaceRelations.Relation.NEAR || sharePerpetrator(a, b);
	}

	private double affinity(Incident cluster, Incident draft) {
		double score = switch (this.places.of(cluster, draft)) {
			case SAME -> 3;
			case NEAR ->
				3 - Distance.km(cluster.longitude(), cluster.latitude(), draft.longitude(), draft.latitude()) / NEAR_KM;
			case CONTAINS -> 1;
			case NONE -> 0;
		};
		if (cluster.date().equals(draft.date()) && cluster.dateEnd().equals(draft.dateEnd())) {
			score += 2;
		}
		else if (datesOverlap(cluster, draft)) {
			score += 1;
		}
		if (cluster.subEventType().equals(draft.subEventType())) {
			score += 1;
		}
		if (sharePerpetrator(cluster, draft)) {
			score += 0.5;
		}
		if (figuresCorroborate(cluster, draft)) {
			score += 1;
		}
		return score;
	}

	private static final Comparator<Incident> PRECISION_FIRST = Comparator
		.comparingInt((Incident i) -> (i.geoPrecision() > 0) ? i.geoPrecision() : Integer.MAX_VALUE)
		.thenComparingInt(Incident::timePrecision)
		.thenComparingLong(i -> ChronoUnit.DAYS.between(i.date(), i.dateEnd()))
		.thenComparing(Incident::historical)
		.thenComparingLong(i -> i.sources().isEmpty() ? Long.MAX_VALUE : i.sources().get(0).documentId())
		.thenComparingInt(i -> i.sources().isEmpty() ? Integer.MAX_VALUE : i.sources().get(0).start());

	private static EventDate weekBefore(Article article) {
		LocalDate published = article.published();
		return new EventDate(published.minusDays(UNDATED_WINDOW_DAYS), published, DatePrecision.WEEK, "",
				"no date in the text");
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
