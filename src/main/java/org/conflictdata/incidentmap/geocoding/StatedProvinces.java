package org.conflictdata.incidentmap.geocoding;

import java.util.List;
import java.util.Set;

import org.conflictdata.incidentmap.geocoding.PlaceMatcher.Hit;
import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * What the words right after a name say about where it lies. "Sulaimani province" names
 * the province, not the city it is named after; "the village of Qarah in northern Diyala"
 * or "Penjwen, a border town in Sulaimani province" puts the name inside that province,
 * so a place of that name in another country is not meant. Text without such words, or
 * with words that name no province or country, says nothing.
 */
final class StatedProvinces {

	private static final Set<String> PROVINCE_NOUNS = Set.of("province", "governorate");

	/**
	 * Nouns that make "Sulaimani governorate" part of the name of something in the city
	 * ("the Sulaimani governorate building").
	 */
	private static final Set<String> INSTITUTION_NOUNS = Set.of("building", "buildings", "council", "office", "offices",
			"headquarters", "hq", "compound", "hall", "administration", "authorities", "official", "officials",
			"police", "governor", "government", "palace", "court", "hospital", "directorate", "command", "gate",
			"spokesman", "spokeswoman", "chief");

	private static final Set<String> APPROXIMATIONS = Set.of("about", "some", "around", "roughly", "nearly",
			"approximately", "almost");

	private static final Set<String> LENGTH_UNITS = Set.of("km", "kms", "kilometres", "kilometers", "kilometre",
			"kilometer", "miles", "mile");

	private static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west", "northeast", "northwest",
			"southeast", "southwest", "northern", "southern", "eastern", "western", "to", "the");

	private static final Set<String> SETTLEMENT_NOUNS = Set.of("town", "village", "city", "district", "hamlet",
			"settlement", "area");

	/** How many words may separate a name from the "in" of the area it lies in. */
	private static final int MAX_GAP = 6;

	private StatedProvinces() {
	}

	/**
	 * The province a city's name stands for when "province" or "governorate" follows it
	 * ("in Sulaimani province"), or the place itself.
	 */
	static Place provinceNamed(Place place, List<Token> tokens, Hit hit, Gazetteer gazetteer) {
		int next = hit.to() + 1;
		boolean named = next < tokens.size() && !tokens.get(next).breakBefore()
				&& PROVINCE_NOUNS.contains(tokens.get(next).lower())
				&& !(next + 1 < tokens.size() && !tokens.get(next + 1).breakBefore()
						&& INSTITUTION_NOUNS.contains(tokens.get(next + 1).lower()))
				&& !institutionOf(tokens, hit.from());
		if (place.kind() == PlaceKind.PROVINCE && hit.to() > hit.from()
				&& PROVINCE_NOUNS.contains(tokens.get(hit.to()).lower())
				&& (institutionOf(tokens, hit.from()) || (next < tokens.size() && !tokens.get(next).breakBefore()
						&& INSTITUTION_NOUNS.contains(tokens.get(next).lower())))) {
			// "the building of the Basrah governorate" matched the province's own name.
			return namesakeCity(place, gazetteer);
		}
		boolean cityOfTheProvince = place.kind() == PlaceKind.CITY
				|| (place.admin1() != null && PlaceNames.key(place.name()).equals(PlaceNames.key(place.admin1())));
		if (!named || place.kind().isArea() || !cityOfTheProvince) {
			return place;
		}
		return gazetteer.province(place.country(), place.admin1()).orElse(place);
	}

	/** The city a province is named after (Basra, Kirkuk), or the province itself. */
	private static Place namesakeCity(Place province, Gazetteer gazetteer) {
		return gazetteer.candidates(province.name())
			.stream()
			.filter((p) -> (p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.TOWN)
					&& province.country().equals(p.country()) && province.name().equals(p.admin1()))
			.findFirst()
			.orElse(province);
	}

	/**
	 * Whether an institution noun and "of" (and "the") stand right before the name: "the
	 * building of the Basrah governorate" is the same building as "the Basrah governorate
	 * building", in the province's capital.
	 */
	private static boolean institutionOf(List<Token> tokens, int from) {
		int i = from - 1;
		if (i >= 0 && tokens.get(i).lower().equals("the") && !tokens.get(i + 1).breakBefore()) {
			i--;
		}
		return i >= 1 && tokens.get(i).lower().equals("of") && !tokens.get(i + 1).breakBefore()
				&& !tokens.get(i).breakBefore() && INSTITUTION_NOUNS.contains(tokens.get(i - 1).lower());
	}

	/**
	 * The province or country that the words after {@code hit} put it in ("in northern
	 * Diyala", ", a border town in Sulaimani province"), or null.
	 */
	static Place statedArea(List<Token> tokens, Hit hit, List<Hit> hits, Gazetteer gazetteer) {
		boolean sawIn = false;
		int i = hit.to() + 1;
		int limit = hit.to() + MAX_GAP;
		for (; i < tokens.size() && i <= limit; i++) {
			String word = tokens.get(i).lower();
			if (word.equals("in")) {
				sawIn = true;
			}
			else if (measuredReferenceEnd(tokens, i, hits) > i) {
				// ", a town 15 km south of Hilla in Babil province": the province still
				// follows once the distance and the town it is measured from are passed.
				int end = measuredReferenceEnd(tokens, i, hits);
				limit += end - i;
				i = end - 1;
			}
			else if (describesSettlement(tokens, i)) {
				// ", a farming town": any plain word before the kind of place.
				continue;
			}
			else if (!MentionReader.DESCRIPTORS.contains(word) || isHitStart(hits, i)) {
				break;
			}
		}
		if (!sawIn || i >= tokens.size()) {
			return null;
		}
		for (Hit other : hits) {
			if (other.from() == i && !other.contextual()) {
				Place area = provinceNamed(other.candidates().get(0), tokens, other, gazetteer);
				return (area.kind() == PlaceKind.PROVINCE || area.kind() == PlaceKind.COUNTRY) ? area : null;
			}
		}
		return null;
	}

	/**
	 * The index after a distance measured from a named place that starts at {@code at}
	 * ("about 15 km south of Hilla"), or -1: a number, a unit of length, a compass word
	 * and "of" right before a name.
	 */
	private static int measuredReferenceEnd(List<Token> tokens, int at, List<Hit> hits) {
		int i = at;
		if (i < tokens.size() && APPROXIMATIONS.contains(tokens.get(i).lower())) {
			i++;
		}
		if (i + 3 >= tokens.size() || !tokens.get(i).lower().matches("\\d+(?:\\.\\d+)?")
				|| !LENGTH_UNITS.contains(tokens.get(i + 1).lower())) {
			return -1;
		}
		i += 2;
		boolean compass = false;
		while (i < tokens.size() && i <= at + 8 && COMPASS_WORDS.contains(tokens.get(i).lower())) {
			compass = true;
			i++;
		}
		if (!compass || i + 1 >= tokens.size() || !tokens.get(i).lower().equals("of")) {
			return -1;
		}
		int name = i + 1;
		return hits.stream()
			.filter((h) -> h.from() == name && !h.contextual())
			.mapToInt((h) -> h.to() + 1)
			.findFirst()
			.orElse(-1);
	}

	/**
	 * Whether the lower-case word at {@code at} qualifies a settlement noun one or two
	 * words on ("farming town", "small fishing village").
	 */
	private static boolean describesSettlement(List<Token> tokens, int at) {
		for (int j = at; j < tokens.size() && j <= at + 2; j++) {
			Token token = tokens.get(j);
			if (token.capitalised() || (j > at && token.breakBefore())) {
				return false;
			}
			if (j > at && SETTLEMENT_NOUNS.contains(token.lower())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isHitStart(List<Hit> hits, int at) {
		return hits.stream().anyMatch((h) -> h.from() == at);
	}

}
