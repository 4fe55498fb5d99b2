package org.conflictdata.incidentmap.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.ActorRole;
import org.conflictdata.incidentmap.geocoding.Distance;
import org.conflictdata.incidentmap.geocoding.Place;
import org.conflictdata.incidentmap.geocoding.PlaceKind;

import static org.conflictdata.incidentmap.incident.ReportAgreement.datesOverlap;
import static org.conflictdata.incidentmap.incident.ReportAgreement.opposedActors;
import static org.conflictdata.incidentmap.incident.ReportAgreement.sharePerpetrator;

/**
 * Joins a report of one day placed only at the level of a province or region ("missiles
 * struck a house in the Kurdistan Region on Monday") to the one precisely placed incident
 * it can describe: the same sub-event type, dates that overlap, a place inside the area
 * (by the gazetteer's province containment, or for a region, which the gazetteer does not
 * outline, within {@value #REGION_REACH_KM} km of its centre in the same country), no
 * conflicting perpetrators and the same historical standing. With two or more such
 * incidents the area report stays apart, since it cannot say which one it describes; a
 * country-level report is left to the stricter rules of {@link IncidentClusterer}.
 */
final class AreaReports {

	/** How far from its centre a region is assumed to reach. */
	static final double REGION_REACH_KM = 250.0;

	private final PlaceRelations places;

	AreaReports(PlaceRelations places) {
		this.places = places;
	}

	/**
	 * True for a day-dated draft placed at a province, region or district, not a country.
	 */
	boolean isAreaOnly(Incident draft) {
		if (draft.geoPrecision() < 3 || draft.timePrecision() != 1) {
			return false;
		}
		Optional<Place> place = this.places.lookup(draft.placeId());
		return place.isPresent() && place.get().kind().isArea() && place.get().kind() != PlaceKind.COUNTRY;
	}

	/**
	 * The index of the one incident of {@code clusters} the area-level draft can
	 * describe, or -1 when there is none or more than one.
	 */
	int onlyPreciseMatch(List<Incident> clusters, Incident area) {
		Optional<Place> areaPlace = this.places.lookup(area.placeId());
		if (areaPlace.isEmpty()) {
			return -1;
		}
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < clusters.size(); i++) {
			Incident candidate = clusters.get(i);
			if (candidate.geoPrecision() < 3 && candidate.subEventType().equals(area.subEventType())
					&& candidate.historical() == area.historical() && datesOverlap(candidate, area)
					&& !opposedActors(candidate, area) && perpetratorsAgree(candidate, area)
					&& inside(areaPlace.get(), candidate)) {
				candidates.add(i);
			}
		}
		return (candidates.size() == 1) ? candidates.get(0) : -1;
	}

	private boolean inside(Place area, Incident candidate) {
		if (area.country() == null || !area.country().equals(candidate.country())) {
			return false;
		}
		if (area.kind() == PlaceKind.REGION) {
			return Distance.km(area.longitude(), area.latitude(), candidate.longitude(),
					candidate.latitude()) <= REGION_REACH_KM;
		}
		Optional<Place> point = this.places.lookup(candidate.placeId());
		return point.isPresent() && area.contains(point.get());
	}

	private static boolean perpetratorsAgree(Incident a, Incident b) {
		return !hasPerpetrator(a) || !hasPerpetrator(b) || sharePerpetrator(a, b);
	}

	private static boolean hasPerpetrator(Incident incident) {
		for (Actor actor : incident.actors()) {
			if (actor.role() == ActorRole.PERPETRATOR) {
				return true;
			}
		}
		return false;
	}

}
