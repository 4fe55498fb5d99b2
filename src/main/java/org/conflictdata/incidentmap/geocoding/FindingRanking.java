package org.conflictdata.incidentmap.geocoding;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the finding that locates the incident: the highest {@link Finding#score()}, the
 * earlier mention on a tie, never a weak one (origin, destination, actor, dateline). One
 * exception keeps a small place from being moved to the bigger one it is measured from:
 * when the winner is a compass bearing from a town ("south-east of al-Mayadeen") and the
 * text names another settlement just before it, within {@value #MEASURED_KM} km of that
 * town ("raids on the town of al-Ashara, on the western bank of the Euphrates south-east
 * of al-Mayadeen"), the bearing describes where that settlement lies, so the settlement
 * is the place. The same holds for an area inside one province named just before the
 * bearing ("in the Wadi al-Shay valley, south-west of Kirkuk"), within
 * {@value #MEASURED_AREA_KM} km of the town: the bearing says where the valley or ridge
 * lies, and the area is nearer the incident than the town. A place outside Iraq and Syria
 * that only GeoNames knows never wins over a place in Iraq or Syria named alongside it.
 * An empty list has no best finding.
 */
final class FindingRanking {

	/** How far a place described by a bearing from a town may lie from it. */
	static final double MEASURED_KM = 30;

	/**
	 * How far the representative point of an area (a valley, a ridge) described by a
	 * bearing from a town may lie from it: areas are larger than settlements, so the
	 * point of one lies further from the town that locates it.
	 */
	static final double MEASURED_AREA_KM = 60;

	/**
	 * How many characters may separate the settlement from the bearing that places it.
	 */
	private static final int MEASURED_GAP = 90;

	/** The countries the reporting is about; see {@link #isUncuratedForeign}. */
	private static final Set<String> HOME_COUNTRIES = Set.of("Iraq", "Syria");

	/**
	 * The uses of a name that say which country the events are in: where things happened,
	 * came from or went to; not whose (an actor), where someone spoke, or a dateline.
	 */
	private static final Set<Relation> PLACING = Set.of(Relation.AT, Relation.NEAR, Relation.ORIGIN,
			Relation.DESTINATION, Relation.OBJECTIVE);

	private static final Set<PlaceKind> SETTLEMENTS = Set.of(PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE);

	/** How far from a city's point a district of it may lie. */
	private static final double QUARTER_KM = 15;

	private FindingRanking() {
	}

	/**
	 * The best place of the sentences around one that names none, leaving out places they
	 * name only as an origin or a destination ("advanced from the direction of Tuz
	 * Khurmatu"): the unnamed event did not happen there. Empty when nothing else is
	 * named.
	 */
	static Optional<Finding> bestForContext(List<Finding> around) {
		return best(around.stream()
			.filter((f) -> f.reading().relation() != Relation.ORIGIN && f.reading().relation() != Relation.DESTINATION)
			.toList());
	}

	static Optional<Finding> best(List<Finding> findings) {
		boolean namesHomePlace = findings.stream().anyMatch((f) -> !f.isWeak() && isHome(f.place()));
		Optional<Finding> top = findings.stream()
			.filter((f) -> !f.isWeak())
			.filter((f) -> !namesHomePlace || !isUncuratedForeign(f.place()))
			.filter((f) -> !isStrayHomonym(f, findings))
			.max(Comparator.comparingInt(Finding::score).thenComparing(Finding::start, Comparator.reverseOrder()));
		Optional<Finding> aim = findings.stream()
			.filter((f) -> f.reading().relation() == Relation.OBJECTIVE)
			.max(Comparator.comparingInt(Finding::score));
		if (aim.isPresent() && (top.isEmpty()
				|| top.get().place().kind().isArea() && !top.get().place().id().equals(aim.get().place().id())
						&& top.get().place().contains(aim.get().place()))) {
			// "defending Erbil" with nothing nearer named (a country around it is not
			// nearer): near the aim.
			return aim;
		}
		return top.map((bearing) -> placedByBearing(findings, bearing).orElse(bearing))
			.map((chosen) -> quarterOf(findings, chosen).orElse(chosen));
	}

	/**
	 * "in a market in Karrada, in central Baghdad": a district the text places the event
	 * in, lying inside the city chosen (within {@value #QUARTER_KM} km of it), is the
	 * more exact of the two. Empty when the chosen place is no city or town, or no such
	 * district is named.
	 */
	private static Optional<Finding> quarterOf(List<Finding> findings, Finding chosen) {
		if (!SETTLEMENTS.contains(chosen.place().kind())) {
			return Optional.empty();
		}
		return findings.stream()
			.filter((f) -> f.place().kind() == PlaceKind.DISTRICT && !f.isWeak() && !f.isSpeaker())
			.filter((f) -> Distance.km(f.place(), chosen.place()) <= QUARTER_KM)
			.max(Comparator.comparingInt(Finding::score));
	}

	private static boolean isHome(Place place) {
		return HOME_COUNTRIES.contains(place.country());
	}

	/**
	 * A place outside Iraq and Syria that only GeoNames knows: a report that also names a
	 * place in Iraq or Syria means that place ("between al-Suwar (also al-Sour)" is not
	 * the Turkish town of Sur), since the towns of Turkey and Iran that the reporting
	 * names on purpose are curated.
	 */
	private static boolean isUncuratedForeign(Place place) {
		return !isHome(place) && place.id().startsWith("geonames:");
	}

	/**
	 * A place only GeoNames knows, in a country no other mention of the text lies in,
	 * while the text names a place of another country as where things happened: "in the
	 * village of al-Hamra, opposite al-Shirqat" in an Iraqi story is not the Syrian
	 * village of that name 500 km away (the gazetteer lacks the Iraqi one); a place the
	 * events came from or went to counts too ("across the river from Shirqat"). A mention
	 * of its own country (a town, the country, "the Syrian village of") keeps it. A
	 * province does not count as the other place: the text may name it for a person ("a
	 * man who worked in Babil province") rather than for where things happened.
	 */
	static boolean isStrayHomonym(Finding candidate, List<Finding> findings) {
		Place place = candidate.place();
		if (!place.id().startsWith("geonames:") || place.country() == null) {
			return false;
		}
		boolean ownCountryNamed = findings.stream()
			.anyMatch((f) -> f != candidate && place.country().equals(f.place().country()));
		boolean otherCountryNamed = findings.stream()
			.anyMatch((f) -> f != candidate && PLACING.contains(f.reading().relation()) && !f.generic()
					&& f.place().kind() != PlaceKind.PROVINCE && f.place().country() != null
					&& !place.country().equals(f.place().country()));
		return !ownCountryNamed && otherCountryNamed;
	}

	/**
	 * The settlement named right before {@code bearing} that the bearing describes, if
	 * the bearing is a compass direction from a town.
	 */
	private static Optional<Finding> placedByBearing(List<Finding> findings, Finding bearing) {
		if (bearing.reading().relation() != Relation.NEAR || bearing.reading().direction() == null
				|| !SETTLEMENTS.contains(bearing.place().kind())) {
			return Optional.empty();
		}
		return findings.stream()
			.filter((f) -> !f.isWeak() && f.reading().relation() != Relation.SPEAKER)
			.filter((f) -> f.end() <= bearing.start() && bearing.start() - f.end() <= MEASURED_GAP)
			.filter((f) -> !f.place().id().equals(bearing.place().id()))
			.filter((f) -> Distance.km(f.place(), bearing.place()) <= measuredLimitKm(f.place()))
			.max(Comparator.comparingInt(Finding::start));
	}

	/**
	 * How far {@code place} may lie from the town whose bearing describes it; negative
	 * for kinds a bearing does not describe (facilities are already preferred, provinces
	 * and countries are wider than the town's surroundings).
	 */
	private static double measuredLimitKm(Place place) {
		if (SETTLEMENTS.contains(place.kind())) {
			return MEASURED_KM;
		}
		boolean areaInOneProvince = place.kind() == PlaceKind.REGION && place.admin1() != null;
		return areaInOneProvince ? MEASURED_AREA_KM : -1;
	}

	/**
	 * Whether the best place of a sentence stands against the best of its context. Where
	 * someone spoke stands only when the context names no place of an event. A town named
	 * only as somewhere along a way ("close to the Kasnazan road", "on the road to
	 * Kirkuk") yields to a facility the context names within {@value #ALONG_A_WAY_KM} km
	 * of it ("rockets hit Erbil airport"), the more exact place of the same event.
	 */
	static boolean ownStands(Finding own, Optional<Finding> around) {
		if (own.isSpeaker()) {
			return around.isEmpty() || around.get().isSpeaker();
		}
		boolean alongAWay = own.reading().relation() == Relation.NEAR && !own.reading().locative();
		return !(alongAWay && around.isPresent() && around.get().isFacility() && !around.get().isWeak()
				&& !around.get().isSpeaker() && Distance.km(own.place(), around.get().place()) <= ALONG_A_WAY_KM);
	}

	/** How far from the town of a way a facility of the context may lie. */
	static final double ALONG_A_WAY_KM = 30;

}
