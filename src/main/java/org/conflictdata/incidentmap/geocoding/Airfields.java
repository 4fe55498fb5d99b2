package org.conflictdata.incidentmap.geocoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.conflictdata.incidentmap.geocoding.MentionReader.Reading;
import org.conflictdata.incidentmap.geocoding.PlaceMatcher.Hit;
import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * Finds the airport or air base a text names by its town ("the international airport in
 * Erbil", "Erbil's airport", "the air base at Balad"). Gives null when the words name no
 * airfield, the place is not a settlement, or no single facility fits.
 */
final class Airfields {

	/** How far from its town an airport or air base named after it may lie. */
	static final double AIRFIELD_KM = 30;

	private static final Set<PlaceKind> SETTLEMENT_KINDS = Set.of(PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE,
			PlaceKind.DISTRICT);

	private final Gazetteer gazetteer;

	Airfields(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/**
	 * The airport or air base of a town when the text names the facility by its town
	 * ("the international airport in Erbil", "Erbil's airport", "the air base at Balad")
	 * and the gazetteer has exactly one such facility within {@value #AIRFIELD_KM} km
	 * whose name contains the town's: an airport for "airport" or "airfield", an air base
	 * for "air base" or "airbase", each falling back to the other kind. Null when the
	 * words name no airfield, the place is not a settlement, or no single facility fits.
	 */
	Place of(Place town, Reading reading, List<Token> tokens, Hit hit) {
		String noun = reading.facilityNoun();
		if (noun == null || reading.relation().isWeak() || !SETTLEMENT_KINDS.contains(town.kind())) {
			return null;
		}
		boolean airBase = noun.equals("airbase") || (noun.equals("base") && airBefore(tokens, hit));
		if (!airBase && !noun.equals("airport") && !noun.equals("airfield")) {
			return null;
		}
		List<PlaceKind> preferred = airBase ? List.of(PlaceKind.AIR_BASE, PlaceKind.AIRPORT)
				: List.of(PlaceKind.AIRPORT, PlaceKind.AIR_BASE);
		String townWords = " " + PlaceNames.normalise(town.name()) + " ";
		for (PlaceKind kind : preferred) {
			List<Place> fits = new ArrayList<>();
			for (Place candidate : this.gazetteer.places()) {
				if (candidate.kind() == kind && candidate.country().equals(town.country())
						&& Distance.km(candidate, town) <= AIRFIELD_KM && namedAfter(candidate, townWords)) {
					fits.add(candidate);
				}
			}
			if (fits.size() == 1) {
				return fits.get(0);
			}
		}
		return null;
	}

	private static boolean namedAfter(Place facility, String townWords) {
		if ((" " + PlaceNames.normalise(facility.name()) + " ").contains(townWords)) {
			return true;
		}
		return facility.aliases()
			.stream()
			.anyMatch((alias) -> (" " + PlaceNames.normalise(alias) + " ").contains(townWords));
	}

	/** "air base" written as two words around the town's name. */
	private static boolean airBefore(List<Token> tokens, Hit hit) {
		for (int i = Math.max(1, hit.from() - 4); i < tokens.size() && i <= hit.to() + 3; i++) {
			if (tokens.get(i).lower().equals("base") && tokens.get(i - 1).lower().equals("air")) {
				return true;
			}
		}
		return false;
	}

}
