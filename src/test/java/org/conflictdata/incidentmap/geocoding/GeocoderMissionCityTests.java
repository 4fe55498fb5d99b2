package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence that names only a country but points back to "the city" happened in the
 * settlement the context names; the country is whom it concerns.
 */
class GeocoderMissionCityTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldPlaceAProtestAtAForeignMissionInTheCityOfTheContext() {
		Location location = this.geocoder.locate(
				"By nightfall their fury had turned on Iran: a crowd marched to the Iranian consulate in the city and set fire to its gate.",
				"Mourners gathered in Najaf on Friday.");
		assertThat(location.place().id()).isEqualTo("iq-najaf");
	}

	@Test
	void shouldKeepTheCountryWhenTheSentenceDoesNotPointBackToASettlement() {
		Location location = this.geocoder.locate("Days later a crowd set fire to a consulate in Iran.",
				"Mourners gathered in Najaf on Friday.");
		assertThat(location.place().id()).isEqualTo("ir");
	}

	@Test
	void shouldKeepTheCountryWhenTheContextNamesOnlyAnArea() {
		Location location = this.geocoder.locate(
				"A crowd marched to the Iranian consulate in the city, officials in Iran said.",
				"Protests spread across Najaf province on Friday.");
		assertThat(location.place().kind()).isNotEqualTo(PlaceKind.CITY);
	}

	@Test
	void shouldKeepANamedCityOfTheSentenceOverTheContext() {
		Location location = this.geocoder.locate(
				"A crowd marched to the Iranian consulate in the city of Basra and set fire to its gate.",
				"Mourners gathered in Najaf on Friday.");
		assertThat(location.place().id()).isEqualTo("iq-basra");
	}

}
