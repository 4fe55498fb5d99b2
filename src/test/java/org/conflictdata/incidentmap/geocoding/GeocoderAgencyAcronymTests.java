package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * News agencies written in capitals are sources, not places, even where their letters
 * fold like a place's name (SANA and Sana'a, FARS and Fars province); the same word
 * written as a name still is the place.
 */
class GeocoderAgencyAcronymTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@ParameterizedTest
	@ValueSource(strings = { "State news agency SANA said a terrorist attack had targeted the bus.",
			"SANA put the toll at ten and blamed remnants of terrorist groups.",
			"The attack killed two soldiers, FARS reported, without naming the place." })
	void shouldNotPlaceAnEventAtTheAgencysNamesake(String sentence) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place()).satisfiesAnyOf((place) -> assertThat(place).isNull(),
				(place) -> assertThat(place.country()).isNotIn("Yemen", "Iran"));
	}

	@Test
	void shouldKeepThePlaceWrittenAsAName() {
		assertThat(this.geocoder.locate("A drone strike hit a weapons depot in Sanaa on Monday.").place().id())
			.isEqualTo("ye-sanaa");
	}

}
