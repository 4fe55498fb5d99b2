package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An appositive that measures a town from another and then names the province (", a
 * farming town some 20 km south of Iskandariya in Babil province") still states that
 * province: a namesake in another country is not meant, and the point measured from the
 * named town stands in for a town the gazetteer does not know.
 */
class GeocoderAppositiveProvinceTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldNotTakeAForeignNamesakeWhenTheAppositiveMeasuresFromATownInAStatedProvince() {
		Location location = this.geocoder.locate(
				"Gunmen ambushed a police patrol outside Jableh, a farming town roughly 20 km south of Iskandariya in Babil province, on Friday.");
		assertThat(location.place().country()).isEqualTo("Iraq");
		Place iskandariya = Gazetteer.load().candidates("Iskandariya").get(0);
		assertThat(Distance.km(location.place(), iskandariya)).isBetween(15.0, 25.0);
	}

	@Test
	void shouldStillKeepTheNamesakeWhenNoProvinceFollowsTheMeasuredTown() {
		Location location = this.geocoder
			.locate("Shells fell on Jableh, a coastal city about 25 km south of Latakia, on Tuesday.");
		assertThat(location.place().country()).isEqualTo("Syria");
	}

	@Test
	void shouldNotReadAProvinceAfterAPersonDescribedInTheAppositive() {
		Location location = this.geocoder
			.locate("A car bomb killed two people in Jableh, a man who worked in Babil province said.");
		assertThat(location.place().country()).isEqualTo("Syria");
	}

}
