package org.conflictdata.incidentmap.incident;

import java.util.Optional;
import java.util.function.Function;

import org.conflictdata.incidentmap.geocoding.Distance;
import org.conflictdata.incidentmap.geocoding.Place;
import org.conflictdata.incidentmap.geocoding.PlaceKind;

/**
 * How the places of two incidents relate: the same gazetteer place, near each other
 * (within {@link IncidentClusterer#NEAR_KM} in one country, or across a border when one
 * is a border crossing, both below region level), one inside the other (country or
 * province containment from the gazetteer, or from the incidents' administrative fields
 * when an entry is unknown), or none of these. Null place ids and ids the gazetteer does
 * not know are treated as unknown entries, never as errors.
 */
final class PlaceRelations {

	private final Function<String, Optional<Place>> gazetteer;

	PlaceRelations(Function<String, Optional<Place>> gazetteer) {
		this.gazetteer = gazetteer;
	}

	enum Relation {

		SAME, NEAR, CONTAINS, NONE

	}

	/**
	 * How the places of two incidents relate, for deciding whether they report one event.
	 */
	Relation of(Incident a, Incident b) {
		if (a.placeId() != null && a.placeId().equals(b.placeId())) {
			return Relation.SAME;
		}
		double km = Distance.km(a.longitude(), a.latitude(), b.longitude(), b.latitude());
		if (km <= IncidentClusterer.NEAR_KM && a.geoPrecision() < 3 && b.geoPrecision() < 3) {
			// Two named places facing each other across a border (Albukamal and al-Qa'im)
			// are near but not the same place; a border crossing, though, has a side in
			// each country, and the town next to it on either side is near it.
			boolean sameCountry = a.country() != null && a.country().equals(b.country());
			return (sameCountry || isCrossing(a) || isCrossing(b)) ? Relation.NEAR : Relation.NONE;
		}
		Optional<Place> pa = lookup(a.placeId());
		Optional<Place> pb = lookup(b.placeId());
		if (pa.isPresent() && pb.isPresent()) {
			return (pa.get().contains(pb.get()) || pb.get().contains(pa.get())) ? Relation.CONTAINS : Relation.NONE;
		}
		// Without the gazetteer entry, trust the administrative fields of an area-level
		// incident.
		if (coversByFields(a, b) || coversByFields(b, a)) {
			return Relation.CONTAINS;
		}
		return (km <= IncidentClusterer.NEAR_KM) ? Relation.NEAR : Relation.NONE;
	}

	private boolean isCrossing(Incident incident) {
		return lookup(incident.placeId()).map((p) -> p.kind() == PlaceKind.BORDER_CROSSING).orElse(false);
	}

	/** The gazetteer entry for an id; empty for null or unknown ids. */
	Optional<Place> lookup(String placeId) {
		if (placeId == null) {
			return Optional.empty();
		}
		Optional<Place> place = this.gazetteer.apply(placeId);
		return (place != null) ? place : Optional.empty();
	}

	private static boolean coversByFields(Incident area, Incident other) {
		return area.geoPrecision() >= 3 && area.country() != null && area.country().equals(other.country())
				&& (area.admin1() == null || area.admin1().equals(other.admin1()));
	}

}
