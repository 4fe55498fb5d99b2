package org.conflictdata.incidentmap.geocoding;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.conflictdata.incidentmap.geocoding.PlaceMatcher.Hit;
import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * Names that stand for a part of a province rather than the city the province is named
 * after. News about Syria and Iraq writes "southern Idlib", "rural Hama", "the Idlib
 * countryside" or "northern Kirkuk" for the villages of a governorate, not for its
 * capital city; the city itself is written bare or as "the city of Idlib". A national
 * capital is the exception: "southern Baghdad" and "western Damascus" are districts of
 * the city. A name with no province of the same name, or no such words around it, is
 * returned unchanged.
 */
final class ProvinceParts {

	/**
	 * Compass adjectives before a name: the "-ern" forms, which news uses for a part of a
	 * region; "east Aleppo" and "west Mosul" are halves of a city.
	 */
	private static final Set<String> PART_ADJECTIVES = Set.of("northern", "southern", "eastern", "western",
			"northeastern", "northwestern", "southeastern", "southwestern", "rural");

	/** Nouns after a name that make it name the land around the city. */
	private static final Set<String> LAND_NOUNS = Set.of("countryside", "desert", "hinterland", "countrysides");

	/**
	 * Capitals whose governorate carries their name and mostly is the city, so a compass
	 * part of them is a city district.
	 */
	private static final Set<String> CAPITALS = Stream
		.of("Baghdad", "Damascus", "Beirut", "Amman", "Kabul", "Sanaa", "Tehran", "Ankara", "Riyadh", "Tripoli",
				"Cairo", "Khartoum")
		.map(PlaceNames::key)
		.collect(Collectors.toUnmodifiableSet());

	private ProvinceParts() {
	}

	/**
	 * The province meant when the city's name at {@code hit} is told as a part of the
	 * province it is named after ("in southern Idlib", "the Hama countryside"), or null.
	 */
	static Place provinceMeant(Place place, List<Token> tokens, Hit hit, Gazetteer gazetteer) {
		if (place.kind() != PlaceKind.CITY && place.kind() != PlaceKind.TOWN) {
			return null;
		}
		if (place.admin1() == null || !PlaceNames.key(place.name()).equals(PlaceNames.key(place.admin1()))
				|| CAPITALS.contains(PlaceNames.key(place.name()))) {
			return null;
		}
		if (!toldAsPart(tokens, hit)) {
			return null;
		}
		return gazetteer.province(place.country(), place.admin1()).orElse(null);
	}

	private static boolean toldAsPart(List<Token> tokens, Hit hit) {
		int before = hit.from() - 1;
		if (before >= 0 && !tokens.get(hit.from()).breakBefore()
				&& PART_ADJECTIVES.contains(tokens.get(before).lower().replace("-", ""))) {
			return true;
		}
		int after = hit.to() + 1;
		if (after < tokens.size() && !tokens.get(after).breakBefore()
				&& LAND_NOUNS.contains(tokens.get(after).lower())) {
			return true;
		}
		// "the countryside of Idlib", "the countryside of Hama province".
		return before - 1 >= 0 && !tokens.get(hit.from()).breakBefore() && !tokens.get(before).breakBefore()
				&& tokens.get(before).lower().equals("of") && LAND_NOUNS.contains(tokens.get(before - 1).lower());
	}

}
