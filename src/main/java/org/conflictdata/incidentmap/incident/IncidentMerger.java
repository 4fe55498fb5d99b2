package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.Attribution;
import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.extraction.DatePrecision;
import org.conflictdata.incidentmap.extraction.EventType;
import org.conflictdata.incidentmap.geocoding.Place;

/**
 * Merges two reports of one event into one incident and says where the sources disagree.
 * Sources are united (a sentence is never listed twice). The place is the most precise
 * one (lowest geo_precision; on a tie, the one more documents report). The date is chosen
 * from every sentence's reading: readings dated by the text beat those dated by
 * publication, the narrowest range wins, and among equally narrow readings that disagree
 * the one given by most documents — on a tie the earliest, because reports lag events and
 * overnight strikes get dated to the morning after. Every reading whose range misses the
 * chosen one is listed under "disagreements". Figures merge with {@link Count#merge},
 * keeping the range. Actors are united by name and role, keeping the firmest attribution:
 * CLAIMED (the actor's own admission) over STATED (the writer's assertion) over
 * SUSPECTED. The weapon is the more specific phrase (a calibre or model number, then more
 * words). The incident is historical only when both are.
 */
final class IncidentMerger {

	private static final List<Attribution> FIRMEST_FIRST = List.of(Attribution.CLAIMED, Attribution.STATED,
			Attribution.SUSPECTED);

	private final Function<String, Optional<Place>> gazetteer;

	IncidentMerger(Function<String, Optional<Place>> gazetteer) {
		this.gazetteer = gazetteer;
	}

	Incident merge(Incident a, Incident b) {
		List<Source> sources = unionSources(a.sources(), b.sources());
		List<SourceReading> readings = unionReadings(SourceReading.of(a), SourceReading.of(b));
		Incident at = morePrecisePlace(a, b);
		SourceReading dated = chooseDate(readings);
		DatePrecision precision = DatePrecision.valueOf(dated.datePrecision().toUpperCase(Locale.ROOT));
		EventType type = chooseType(readings, a);
		Count killed = mergeCount(a.killed(), b.killed());
		Count wounded = mergeCount(a.wounded(), b.wounded());
		List<Actor> actors = mergeActors(a.actors(), b.actors());
		String weapon = moreSpecificWeapon(a.weapon(), b.weapon());

		Map<String, Object> explanation = new LinkedHashMap<>();
		explanation.put("trigger", at.explanation().getOrDefault("trigger", ""));
		explanation.put("place", at.explanation().getOrDefault("place", Map.of()));
		explanation.put("date", Map.of("expression", dated.dateExpression(), "how", dateHow(dated, readings)));
		explanation.put("disagreements", disagreements(readings, dated, type, at));
		explanation.put(SourceReading.KEY, readings.stream().map(SourceReading::toMap).toList());

		String summary = IncidentSummary.of(type.subEventType(), at.place(), at.admin1(), at.country(),
				at.geoPrecision(), at.locationPrecision(), actors, killed, wounded);
		Long id = (a.id() != null) ? a.id() : b.id();
		return new Incident(id, dated.date(), dated.dateEnd(), precision.label(), precision.timePrecision(),
				type.eventType(), type.subEventType(), at.place(), at.placeId(), at.geoPrecision(),
				at.locationPrecision(), at.country(), at.admin1(), at.longitude(), at.latitude(), actors, killed,
				wounded, weapon, summary, grade(sources), a.historical() && b.historical(), explanation, sources);
	}

	/** "single source", or "corroborated (n documents)" counting distinct documents. */
	static String grade(List<Source> sources) {
		long documents = sources.stream().map(Source::documentId).distinct().count();
		return (documents <= 1) ? "single source" : "corroborated (" + documents + " documents)";
	}

	private static List<Source> unionSources(List<Source> a, List<Source> b) {
		Map<String, Source> byKey = new LinkedHashMap<>();
		for (Source source : concat(a, b)) {
			byKey.putIfAbsent(source.documentId() + ":" + source.start() + ":" + source.end(), source);
		}
		return new ArrayList<>(byKey.values());
	}

	private static List<SourceReading> unionReadings(List<SourceReading> a, List<SourceReading> b) {
		Map<String, SourceReading> byKey = new LinkedHashMap<>();
		for (SourceReading reading : concat(a, b)) {
			byKey.putIfAbsent(reading.documentId() + ":" + reading.start(), reading);
		}
		return new ArrayList<>(byKey.values());
	}

	private Incident morePrecisePlace(Incident a, Incident b) {
		int pa = (a.geoPrecision() > 0) ? a.geoPrecision() : Integer.MAX_VALUE;
		int pb = (b.geoPrecision() > 0) ? b.geoPrecision() : Integer.MAX_VALUE;
		if (pa != pb) {
			return (pa < pb) ? a : b;
		}
		// Same precision: a named facility says more than the city it lies by.
		int ka = kindRank(a.placeId());
		int kb = kindRank(b.placeId());
		if (ka != kb) {
			return (ka < kb) ? a : b;
		}
		return (documents(b.sources()) > documents(a.sources())) ? b : a;
	}

	private int kindRank(String placeId) {
		Optional<Place> place = (placeId != null) ? this.gazetteer.apply(placeId) : Optional.empty();
		if (place == null || place.isEmpty()) {
			return Integer.MAX_VALUE;
		}
		return switch (place.get().kind()) {
			case AIR_BASE, MILITARY_BASE, AIRPORT, EMBASSY, BORDER_CROSSING, FACILITY -> 0;
			case VILLAGE -> 1;
			case TOWN, ZONE -> 2;
			case CITY -> 3;
			case DISTRICT -> 4;
			case PROVINCE -> 5;
			case REGION -> 6;
			case COUNTRY -> 7;
		};
	}

	private static long documents(List<Source> sources) {
		return sources.stream().map(Source::documentId).distinct().count();
	}

	static SourceReading chooseDate(List<SourceReading> readings) {
		List<SourceReading> pool = readings.stream().filter(SourceReading::dateFromText).toList();
		if (pool.isEmpty()) {
			pool = readings;
		}
		long narrowest = pool.stream().mapToLong(SourceReading::widthDays).min().orElse(0);
		// Ranges in date order, so that the first best one is the earliest.
		Map<String, Set<Long>> documentsByRange = new TreeMap<>();
		Map<String, SourceReading> shownByRange = new LinkedHashMap<>();
		for (SourceReading reading : pool) {
			if (reading.widthDays() == narrowest) {
				String range = reading.date() + "/" + reading.dateEnd();
				documentsByRange.computeIfAbsent(range, (k) -> new HashSet<>()).add(reading.documentId());
				SourceReading shown = shownByRange.get(range);
				if (shown == null || (isExplicit(reading) && !isExplicit(shown))) {
					shownByRange.put(range, reading);
				}
			}
		}
		String best = null;
		for (String range : documentsByRange.keySet()) {
			if (best == null || outweighs(range, best, documentsByRange, shownByRange)) {
				best = range;
			}
		}
		return shownByRange.get(best);
	}

	// More documents first; then a date the text spells out ("December 27") over one
	// worked out from a relative phrase ("a day later").
	private static boolean outweighs(String range, String best, Map<String, Set<Long>> documentsByRange,
			Map<String, SourceReading> shownByRange) {
		int documents = documentsByRange.get(range).size();
		int bestDocuments = documentsByRange.get(best).size();
		if (documents != bestDocuments) {
			return documents > bestDocuments;
		}
		return isExplicit(shownByRange.get(range)) && !isExplicit(shownByRange.get(best));
	}

	private static boolean isExplicit(SourceReading reading) {
		return reading.dateExpression().chars().anyMatch(Character::isDigit);
	}

	private static String dateHow(SourceReading dated, List<SourceReading> readings) {
		long documents = readings.stream().map(SourceReading::documentId).distinct().count();
		if (documents <= 1) {
			return dated.dateHow();
		}
		long agreeing = readings.stream()
			.filter((r) -> r.date().equals(dated.date()) && r.dateEnd().equals(dated.dateEnd()))
			.map(SourceReading::documentId)
			.distinct()
			.count();
		return dated.dateHow() + " (" + dated.document() + "; " + agreeing + " of " + documents
				+ " documents give this date)";
	}

	private static EventType chooseType(List<SourceReading> readings, Incident a) {
		Map<EventType, Set<Long>> documentsByType = new LinkedHashMap<>();
		for (SourceReading reading : readings) {
			EventType type = EventType.ofSubEventType(reading.subEventType());
			if (type != null) {
				documentsByType.computeIfAbsent(type, (k) -> new HashSet<>()).add(reading.documentId());
			}
		}
		EventType fallback = EventType.ofSubEventType(a.subEventType());
		// A more specific type adds a fact (the crowd was fired on); among peers the
		// majority wins.
		Comparator<EventType> byWeight = Comparator.comparingInt(EventTypeCompatibility::specificity)
			.thenComparingInt((EventType t) -> documentsByType.get(t).size())
			.thenComparing((EventType t) -> t == fallback);
		return documentsByType.keySet().stream().max(byWeight).orElse(fallback);
	}

	private static Count mergeCount(Count a, Count b) {
		return (a != null) ? a.merge(b) : b;
	}

	private static List<Actor> mergeActors(List<Actor> a, List<Actor> b) {
		Map<String, Actor> byKey = new LinkedHashMap<>();
		for (Actor actor : concat(a, b)) {
			String key = actor.name().toLowerCase(Locale.ROOT) + "|" + actor.role();
			byKey.merge(key, actor, (kept, next) -> firmness(next) < firmness(kept) ? next : kept);
		}
		return new ArrayList<>(byKey.values());
	}

	private static int firmness(Actor actor) {
		int index = FIRMEST_FIRST.indexOf(actor.attribution());
		return (index >= 0) ? index : FIRMEST_FIRST.size();
	}

	static String moreSpecificWeapon(String a, String b) {
		if (a == null || a.isBlank()) {
			return (b == null || b.isBlank()) ? null : b;
		}
		if (b == null || b.isBlank()) {
			return a;
		}
		return (weaponDetail(b) > weaponDetail(a)) ? b : a;
	}

	private static int weaponDetail(String weapon) {
		int score = weapon.chars().anyMatch(Character::isDigit) ? 1000 : 0;
		score += 10 * weapon.trim().split("\\s+").length;
		return score + Math.min(9, weapon.length() / 10);
	}

	private List<String> disagreements(List<SourceReading> readings, SourceReading dated, EventType type, Incident at) {
		List<String> notes = new ArrayList<>();
		long documents = readings.stream().map(SourceReading::documentId).distinct().count();
		for (SourceReading reading : readings) {
			if (reading.dateFromText()
					&& (reading.dateEnd().isBefore(dated.date()) || dated.dateEnd().isBefore(reading.date()))) {
				notes.add("date: " + reading.document() + " gives " + range(reading.date(), reading.dateEnd())
						+ quoted(reading.dateExpression()) + "; kept " + range(dated.date(), dated.dateEnd()) + " from "
						+ dated.document() + " (" + documents + " documents)");
			}
		}
		figureNote(notes, "killed", readings, SourceReading::killed);
		figureNote(notes, "wounded", readings, SourceReading::wounded);
		Set<String> types = new LinkedHashSet<>();
		readings.forEach((r) -> types.add(r.subEventType()));
		if (types.size() > 1) {
			notes.add("type: sources read " + String.join(" / ", types) + "; kept " + type.subEventType());
		}
		for (SourceReading reading : readings) {
			double km = GreatCircle.distanceKm(reading.longitude(), reading.latitude(), at.longitude(), at.latitude());
			if (reading.geoPrecision() <= at.geoPrecision() && km > IncidentClusterer.NEAR_KM
					&& !reading.placeId().equals(at.placeId())) {
				notes.add("place: " + reading.document() + " names " + reading.place() + ", " + Math.round(km)
						+ " km from " + at.place());
			}
		}
		return notes;
	}

	private static void figureNote(List<String> notes, String label, List<SourceReading> readings,
			Function<SourceReading, String> figure) {
		Map<String, Set<String>> documentsByFigure = new LinkedHashMap<>();
		for (SourceReading reading : readings) {
			String value = figure.apply(reading);
			if (!value.isEmpty()) {
				documentsByFigure.computeIfAbsent(value, (k) -> new LinkedHashSet<>()).add(reading.document());
			}
		}
		if (documentsByFigure.size() > 1) {
			List<String> parts = new ArrayList<>();
			documentsByFigure.forEach((value, docs) -> parts.add(value + " (" + String.join(", ", docs) + ")"));
			notes.add(label + ": " + String.join(" vs ", parts));
		}
	}

	private static String range(LocalDate start, LocalDate end) {
		return start.equals(end) ? start.toString() : start + "–" + end;
	}

	private static String quoted(String expression) {
		return (expression == null || expression.isBlank()) ? "" : " ('" + expression + "')";
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		List<T> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
