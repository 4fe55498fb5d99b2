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
		for (; i < tokens.size() && i <= hit.to() + MAX_GAP; i++) {
			String word = tokens.get(i).lower();
			if (word.equals("in")) {
				sawIn = true;
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

	private static boolean isHitStart(List<Hit> hits, int at) {
		return hits.stream().anyMatch((h) -> h.from() == at);
	}

}
