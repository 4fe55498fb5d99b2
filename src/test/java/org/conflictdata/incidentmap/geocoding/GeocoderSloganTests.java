package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A place named in a chant or on a banner is not where the crowd stands: the place the
 * sentence gives otherwise decides, and a place named in the ordinary way still counts.
 */
class GeocoderSloganTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldIgnoreACountryThatOpensAChant() {
		Location location = this.geocoder
			.locate("Hundreds marched through Najaf on Friday, chanting \"Iran out, out\" before the police arrived.");
		assertThat(location.place().id()).isEqualTo("iq-najaf");
	}

	@Test
	void shouldIgnoreACityOnABannersText() {
		Location location = this.geocoder
			.locate("Students in Erbil waved banners reading 'Kirkuk is our heart' on Monday.");
		assertThat(location.place().admin1()).isEqualTo("Erbil");
	}

	@Test
	void shouldKeepACityAfterAChantWhenAPrepositionPlacesTheCrowdThere() {
		Location location = this.geocoder.locate("Crowds were chanting in Kirkuk until midnight.");
		assertThat(location.place().id()).isEqualTo("iq-kirkuk");
	}

}
