package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name only GeoNames knows, resolving to a country that nothing else the sentence names
 * lies in, yields to the places of the country the sentence is about (the gazetteer's
 * Syrian al-Hamra is not the village of that name by al-Shirqat); a place of its own
 * country named beside it, or no other place at all, keeps it.
 */
class GeocoderStrayHomonymTests {

	private static final String SYRIAN_HAMRA = "geonames:173830";

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@ParameterizedTest
	@ValueSource(strings = { "Two shepherds were killed by a mine near al-Hamra, south of Tikrit.",
			"Gunmen opened fire on a checkpoint at al-Hamra on the road to Samarra, killing a soldier.",
			"An IED exploded in al-Hamra village, in Hawija district, wounding three policemen.",
			"Insurgents attacked al-Hamra and nearby farms outside Baiji overnight.",
			"Clashes broke out in al-Hamra, a hamlet opposite Shirqat on the Tigris.",
			"A roadside bomb hit an army vehicle between al-Hamra and Makhmour.",
			"Security forces came under fire in al-Hamra in Iraq's Salahuddin province.",
			"Mortar rounds landed in al-Hamra, east of Qayyarah, late on Sunday." })
	void shouldPreferThePlacesOfTheOtherCountryOverAStrayHomonym(String sentence) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.isResolved()).isTrue();
		assertThat(location.place().id()).isNotEqualTo(SYRIAN_HAMRA);
		assertThat(location.place().country()).isEqualTo("Iraq");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Militants raided a tribal fighters' post in the village of al-Hamra, across the river from Shirqat.",
			"Fighters who had crossed from Iraq attacked al-Hamra farms overnight." })
	void shouldNotPlaceAtTheHomonymWhenTheOtherPlaceIsWhereTheAttackersCameFrom(String sentence) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place()).satisfiesAnyOf((place) -> assertThat(place).isNull(),
				(place) -> assertThat(place.country()).isEqualTo("Iraq"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Government shelling hit al-Hamra on Tuesday, killing a child.",
			"Rebels attacked army posts in al-Hamra, east of Hama, on Friday.",
			"Airstrikes hit al-Hamra in Syria's Hama province overnight.",
			"Shelling struck the Syrian village of al-Hamra, residents said.",
			"Shelling hit al-Hamra, a monitor based in Britain said, as fighting went on around Salamiyah." })
	void shouldKeepTheHomonymWhenNothingElseOrItsOwnCountryIsNamed(String sentence) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place().id()).isEqualTo(SYRIAN_HAMRA);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Turkish drones struck al-Hamra, a Kurdish commander told reporters in Erbil.",
			"A car bomb killed four in al-Hamra, the Iraqi foreign ministry said in a statement." })
	void shouldNotCountWhereSomeoneSpokeOrWhoseAsTheOtherCountry(String sentence) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place().id()).isEqualTo(SYRIAN_HAMRA);
	}

}
