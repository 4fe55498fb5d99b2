package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country written as the owner of a mission ("the embassy of Turkey", "the consulate of
 * the Islamic Republic of Iran") is the sending state, not where the mission stands; a
 * port named with its town is the port.
 */
class GeocoderDiplomaticMissionTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldPlaceAnAttackOnAForeignConsulateInTheCityNotTheSendingCountry() {
		Location location = this.geocoder
			.locate("Crowds set fire to the consulate of the Islamic Republic of Iran in Basra on Friday night.");
		assertThat(location.place().id()).isEqualTo("iq-basra");
	}

	@Test
	void shouldNotPlaceAnEmbassyOfACountryInThatCountry() {
		Location location = this.geocoder.locate("Stones were thrown at the embassy of Turkey during the march.");
		assertThat(location.place()).isNull();
	}

	@Test
	void shouldStillPlaceAnEventInACountryNamedAfterTheWordIn() {
		Location location = this.geocoder.locate("Protesters gathered outside a consulate in Iran on Sunday.");
		assertThat(location.place().id()).isEqualTo("ir");
	}

	@Test
	void shouldStillReadTheAirportOfATownAsThatTownsAirport() {
		Location location = this.geocoder.locate("Two rockets hit near the airport of Erbil late on Tuesday.");
		assertThat(location.place().admin1()).isEqualTo("Erbil");
	}

	@Test
	void shouldPlaceAProtestAtTheUmmQasrPortAtThePort() {
		Location location = this.geocoder
			.locate("Dozens of young men blocked the gate of the Umm Qasr port on Monday.");
		assertThat(location.place().id()).isEqualTo("iq-umm-qasr-port");
		assertThat(location.place().admin1()).isEqualTo("Basra");
	}

	@Test
	void shouldKeepTheTownOfUmmQasrWithoutThePortWord() {
		Location location = this.geocoder.locate("A roadside bomb went off in Umm Qasr on Monday.");
		assertThat(location.place().id()).isEqualTo("iq-umm-qasr");
	}

}
