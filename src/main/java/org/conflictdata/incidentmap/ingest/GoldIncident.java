package org.conflictdata.incidentmap.ingest;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.extraction.EventType;
import org.conflictdata.incidentmap.incident.GreatCircle;
import org.conflictdata.incidentmap.incident.Incident;

/**
 * One real-world incident as an analyst reads it in the documents: what, when (with the
 * range of dates the documents admit), where (a reference point and the names that count
 * as the place), the figures where stated, and which documents report it. A produced
 * incident matches it when the type, the date and the place all agree — see
 * {@link #matches}. Lists are never null; a null figure means the documents state none.
 *
 * @param id stable identifier, e.g. "k1-rockets-2019-12-27"
 * @param date the best date (for day precision: the date a right answer gives)
 * @param dateFrom first acceptable day
 * @param dateTo last acceptable day
 * @param datePrecision "day", "week", "month" or "year": how precisely the documents date
 * it
 * @param subEventType ACLED sub_event_type
 * @param alsoAccept other sub_event_types a careful coder could choose
 * @param place reference place name
 * @param placeAliases other names that count as the place
 * @param country country name
 * @param admin1 province, or null
 * @param longitude reference longitude (WGS84)
 * @param latitude reference latitude (WGS84)
 * @param coordinateSource where the reference point comes from
 * @param maxDistanceKm how far a produced incident may be from the reference point
 * @param killed killed as stated, or null
 * @param wounded wounded as stated, or null
 * @param documents names of the documents that report it
 * @param required false for passing references whose finding is optional
 * @param note the analyst's note
 */
public record GoldIncident(String id, LocalDate date, LocalDate dateFrom, LocalDate dateTo, String datePrecision,
		String subEventType, List<String> alsoAccept, String place, List<String> placeAliases, String country,
		String admin1, double longitude, double latitude, String coordinateSource, double maxDistanceKm, Figure killed,
		Figure wounded, List<String> documents, boolean required, String note) {

	/** Default matching radius around the reference point. */
	public static final double DEFAULT_MAX_DISTANCE_KM = 50.0;

	public GoldIncident {
		alsoAccept = (alsoAccept != null) ? List.copyOf(alsoAccept) : List.of();
		placeAliases = (placeAliases != null) ? List.copyOf(placeAliases) : List.of();
		documents = (documents != null) ? List.copyOf(documents) : List.of();
	}

	/** True when the produced incident has an acceptable type, date and place. */
	public boolean matches(Incident incident) {
		return acceptsType(incident) && acceptsDate(incident) && acceptsPlace(incident);
	}

	/** Same sub-event type, an also-accepted one, or the same ACLED event type family. */
	public boolean acceptsType(Incident incident) {
		if (this.subEventType.equals(incident.subEventType()) || this.alsoAccept.contains(incident.subEventType())) {
			return true;
		}
		EventType gold = EventType.ofSubEventType(this.subEventType);
		return gold != null && gold.eventType().equals(incident.eventType());
	}

	/** The produced date range shares at least one day with the acceptable range. */
	public boolean acceptsDate(Incident incident) {
		return !incident.dateEnd().isBefore(this.dateFrom) && !this.dateTo.isBefore(incident.date());
	}

	/**
	 * Within the radius of the reference point, named like the place, or an area-level
	 * result (geo_precision 3) naming the gold's country or province.
	 */
	public boolean acceptsPlace(Incident incident) {
		if (distanceKm(incident) <= this.maxDistanceKm) {
			return true;
		}
		String name = normalise(incident.place());
		if (name.isEmpty()) {
			return false;
		}
		if (name.equals(normalise(this.place))
				|| this.placeAliases.stream().map(GoldIncident::normalise).anyMatch(name::equals)) {
			return true;
		}
		return incident.geoPrecision() >= 3
				&& (name.equals(normalise(this.country)) || name.equals(normalise(this.admin1)));
	}

	/** Great-circle distance from the produced point to the reference point. */
	public double distanceKm(Incident incident) {
		return GreatCircle.distanceKm(incident.longitude(), incident.latitude(), this.longitude, this.latitude);
	}

	/** True when the documents date it to the day. */
	public boolean dayPrecise() {
		return "day".equals(this.datePrecision);
	}

	/**
	 * Place names compared without case, accents, apostrophes, hyphens or a leading
	 * article: "Al-Qa'im", "al Qaim" and "AL-QAIM" are one name.
	 */
	static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		plain = plain.toLowerCase(Locale.ROOT).replaceAll("['’‘`ʿʾ]", "").replaceAll("[^a-z0-9]+", " ").trim();
		return plain.replaceFirst("^(al|el|the) ", "");
	}

	/**
	 * A stated figure: exact ({@code min == max}), a range, or open-ended (null max).
	 *
	 * @param min lowest figure the documents allow
	 * @param max highest figure, or null when open-ended
	 */
	public record Figure(int min, Integer max) {

		/** True when the produced figure's chosen value lies within this range. */
		public boolean accepts(Count count) {
			return count != null && count.value() >= this.min && (this.max == null || count.value() <= this.max);
		}

		@Override
		public String toString() {
			if (this.max == null) {
				return "≥" + this.min;
			}
			return (this.min == this.max) ? Integer.toString(this.min) : this.min + "–" + this.max;
		}

	}

}
