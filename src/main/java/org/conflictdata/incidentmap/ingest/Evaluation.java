package org.conflictdata.incidentmap.ingest;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.conflictdata.incidentmap.incident.Incident;

/**
 * Scores produced incidents against a gold standard. Each gold incident is matched to at
 * most one produced incident (greedy, closest first: distance, then days apart, then an
 * exact type, preferring required gold and non-historical results) when
 * {@link GoldIncident#matches} holds. Recall is the share of required gold matched (by
 * any result, historical or not). Precision is the share of produced non-historical
 * incidents that match some gold incident, optional ones included — matched or as a
 * duplicate. A duplicate is an unmatched non-historical result that matches gold already
 * matched. Date accuracy is the share of matches to day-precise gold whose date is
 * exactly that day; location error is the median great-circle distance of the matches.
 * Empty inputs give a recall of 1 when nothing is required, a precision of 1 when nothing
 * was produced, and NaN for accuracies with nothing to measure.
 */
public final class Evaluation {

	// Costs in km-equivalents: a day off weighs like 10 km, an inexact type like 5 km.
	private static final double KM_PER_DAY = 10;

	private static final double INEXACT_TYPE = 5;

	private static final double OPTIONAL_GOLD = 20;

	private static final double HISTORICAL_RESULT = 30;

	private Evaluation() {
	}

	/** Matches {@code produced} to {@code gold} and computes the scores. */
	public static EvaluationReport evaluate(List<Incident> produced, Gold gold) {
		List<Incident> results = (produced != null) ? produced : List.of();
		List<GoldIncident> golds = gold.incidents();
		List<Candidate> candidates = new ArrayList<>();
		for (int p = 0; p < results.size(); p++) {
			for (int g = 0; g < golds.size(); g++) {
				if (golds.get(g).matches(results.get(p))) {
					candidates.add(new Candidate(p, g, cost(results.get(p), golds.get(g))));
				}
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::cost)
			.thenComparingInt(Candidate::gold)
			.thenComparingInt(Candidate::produced));

		List<EvaluationReport.Match> matches = new ArrayList<>();
		Set<Integer> usedProduced = new HashSet<>();
		Set<Integer> usedGold = new HashSet<>();
		for (Candidate candidate : candidates) {
			if (!usedProduced.contains(candidate.produced()) && !usedGold.contains(candidate.gold())) {
				usedProduced.add(candidate.produced());
				usedGold.add(candidate.gold());
				matches.add(match(results.get(candidate.produced()), golds.get(candidate.gold())));
			}
		}

		List<EvaluationReport.Match> duplicates = new ArrayList<>();
		List<Incident> falsePositives = new ArrayList<>();
		int nonHistorical = 0;
		for (int p = 0; p < results.size(); p++) {
			Incident incident = results.get(p);
			if (incident.historical()) {
				continue;
			}
			nonHistorical++;
			if (usedProduced.contains(p)) {
				continue;
			}
			int closest = closestMatchingGold(candidates, p);
			if (closest >= 0) {
				duplicates.add(match(incident, golds.get(closest)));
			}
			else {
				falsePositives.add(incident);
			}
		}

		List<GoldIncident> misses = new ArrayList<>();
		List<GoldIncident> optionalMissed = new ArrayList<>();
		for (int g = 0; g < golds.size(); g++) {
			if (!usedGold.contains(g)) {
				(golds.get(g).required() ? misses : optionalMissed).add(golds.get(g));
			}
		}
		int required = (int) golds.stream().filter(GoldIncident::required).count();
		int requiredFound = (int) matches.stream().filter((m) -> m.gold().required()).count();
		int matchedNonHistorical = (int) matches.stream().filter((m) -> !m.produced().historical()).count();
		return new EvaluationReport(required, requiredFound, ratio(requiredFound, required), nonHistorical,
				ratio(matchedNonHistorical + duplicates.size(), nonHistorical), dateAccuracy(matches),
				medianDistance(matches), casualtyAgreement(matches), matches, misses, optionalMissed, duplicates,
				falsePositives);
	}

	private record Candidate(int produced, int gold, double cost) {
	}

	private static double cost(Incident incident, GoldIncident gold) {
		double cost = gold.distanceKm(incident)
				+ KM_PER_DAY * Math.abs(ChronoUnit.DAYS.between(gold.date(), incident.date()));
		if (!gold.subEventType().equals(incident.subEventType())) {
			cost += INEXACT_TYPE;
		}
		if (!gold.required()) {
			cost += OPTIONAL_GOLD;
		}
		if (incident.historical()) {
			cost += HISTORICAL_RESULT;
		}
		return cost;
	}

	private static EvaluationReport.Match match(Incident incident, GoldIncident gold) {
		return new EvaluationReport.Match(gold, incident, gold.distanceKm(incident),
				ChronoUnit.DAYS.between(gold.date(), incident.date()));
	}

	private static int closestMatchingGold(List<Candidate> sortedCandidates, int produced) {
		for (Candidate candidate : sortedCandidates) {
			if (candidate.produced() == produced) {
				return candidate.gold();
			}
		}
		return -1;
	}

	private static double ratio(int part, int whole) {
		return (whole == 0) ? 1.0 : (double) part / whole;
	}

	private static double dateAccuracy(List<EvaluationReport.Match> matches) {
		List<EvaluationReport.Match> dayPrecise = matches.stream().filter((m) -> m.gold().dayPrecise()).toList();
		if (dayPrecise.isEmpty()) {
			return Double.NaN;
		}
		long exact = dayPrecise.stream()
			.filter((m) -> m.produced().date().equals(m.gold().date())
					&& m.produced().dateEnd().equals(m.gold().date()))
			.count();
		return (double) exact / dayPrecise.size();
	}

	private static double medianDistance(List<EvaluationReport.Match> matches) {
		double[] km = matches.stream().mapToDouble(EvaluationReport.Match::distanceKm).sorted().toArray();
		if (km.length == 0) {
			return Double.NaN;
		}
		int mid = km.length / 2;
		return (km.length % 2 == 1) ? km[mid] : (km[mid - 1] + km[mid]) / 2;
	}

	private static double casualtyAgreement(List<EvaluationReport.Match> matches) {
		int stated = 0;
		int agreed = 0;
		for (EvaluationReport.Match match : matches) {
			if (match.gold().killed() != null) {
				stated++;
				agreed += match.gold().killed().accepts(match.produced().killed()) ? 1 : 0;
			}
		}
		return (stated == 0) ? Double.NaN : (double) agreed / stated;
	}

}
