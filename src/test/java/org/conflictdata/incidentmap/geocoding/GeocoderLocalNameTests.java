package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name told as a neighbourhood, quarter, village or street of the town the story is
 * about is not the province or country of that name.
 */
class GeocoderLocalNameTests {

	private static final String BAGHDAD = "Rockets were fired at the Green Zone in Baghdad on Tuesday.";

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	private Location locate(String sentence) {
		return this.geocoder.locate(sentence, BAGHDAD);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"It landed in a narrow street in al-Qadisiya, a middle-class neighbourhood that borders the fortified zone.",
			"A second rocket fell on a house in Qadisiya, a residential district south-west of the river.",
			"Shrapnel hit a car in al-Qadisiya, a quiet neighborhood near the zone.",
			"The round came down in Qadisiyah, an upmarket quarter of the capital.",
			"Witnesses said the blast shook al-Qadisiya, a mostly Shia suburb on the southern edge.",
			"A shell struck the neighbourhood of al-Qadisiya, killing a child.",
			"Police said a bomb went off in the district of Qadisiya late on Monday.",
			"A rocket hit a home in the Qadisiya neighbourhood on Tuesday night.",
			"A grenade was thrown at a shop on Palestine Street, wounding two people.",
			"Gunmen shot dead an activist in Palestine Street on Sunday.",
			"A car bomb exploded in the Diyala Bridge area, a busy quarter, on Friday.",
			"A rocket landed near a school in al-Qadisiya, one of the city's older neighbourhoods.",
			"The mortar hit the quarter known as Qadisiya, wounding three.",
			"A sticky bomb went off on Qadisiya street, wounding a policeman.",
			"A blast tore through al-Anbar, a crowded street market district in the east of the city." })
	void shouldPlaceANameToldAsAPartOfTheTownInTheTown(String sentence) {
		Location location = locate(sentence);
		assertThat(location.place()).isNotNull();
		assertThat(location.place().kind()).isNotIn(PlaceKind.PROVINCE, PlaceKind.COUNTRY);
		assertThat(Distance.km(location.place(), Gazetteer.load().candidates("Baghdad").get(0))).isLessThan(20);
		assertThat(location.geoPrecision()).isLessThanOrEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "A roadside bomb exploded in al-Qadisiya province on Monday.",
			"Gunmen attacked a checkpoint in Diyala, a province bordering Iran.",
			"A rocket landed in Qadisiyah, the southern governorate, on Monday.",
			"Fighting spread to Anbar, the country's largest province.",
			"A suicide bomber struck a market in Diyala on Friday.",
			"Clashes broke out in Salahuddin, north of the capital.",
			"An IED hit a convoy on the highway in Babil, a province south of the capital.",
			"Gunmen killed two farmers in Diyala, a region of mixed villages and orchards." })
	void shouldKeepAProvinceToldAsAProvince(String sentence) {
		Location location = locate(sentence);
		assertThat(location.place()).isNotNull();
		assertThat(location.place().kind()).isEqualTo(PlaceKind.PROVINCE);
	}

	@Test
	void shouldFallBackToTheCountryWhenNoCityIsNamed() {
		Location location = this.geocoder
			.locate("It landed in a narrow street in al-Qadisiya, a middle-class neighbourhood, on Tuesday.");
		assertThat(location.place()).isNotNull();
		assertThat(location.place().kind()).isEqualTo(PlaceKind.COUNTRY);
		assertThat(location.place().name()).isEqualTo("Iraq");
	}

}
