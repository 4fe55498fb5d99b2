package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A town's name that labels a gate, market, hotel, road or quarter standing in another
 * town ("the Mosul hotel in Kirkuk", "Bab Sinjar in Mosul") is not where the event was;
 * the town the structure stands in is. Without such a second town the name is kept.
 */
class GeocoderLandmarkNameTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldReadBabAndATownNameAsAGateOfTheCityNamedAfterIt() {
		Location location = this.geocoder.locate("Street fighting went on in the Bab Sinjar area of western Mosul.");
		assertThat(location.place().id()).isEqualTo("iq-mosul");
	}

	@Test
	void shouldPlaceAGateNamedAfterAnotherCityInTheTownItOpens() {
		Location location = this.geocoder.locate("A crowd gathered at the Basra gate of Zubair before noon.");
		assertThat(location.place().id()).isEqualTo("iq-zubair");
	}

	@Test
	void shouldPlaceAHotelNamedAfterACityInTheCityItStandsIn() {
		Location location = this.geocoder.locate("Gunmen stormed the Mosul hotel in Kirkuk overnight.");
		assertThat(location.place().id()).isEqualTo("iq-kirkuk");
	}

	@Test
	void shouldPlaceARoadNamedAfterItsDestinationByTheTownItPasses() {
		Location location = this.geocoder.locate("A drone struck a car on the Kirkuk road near Tuz Khurmatu.");
		assertThat(location.place().id()).isEqualTo("iq-tuz-khurmatu");
	}

	@Test
	void shouldPlaceAQuarterNamedAfterATownInTheCityItBelongsTo() {
		Location location = this.geocoder.locate("Two mortar rounds fell on the Tikrit neighbourhood of Samarra.");
		assertThat(location.place().id()).isEqualTo("iq-samarra");
	}

	@Test
	void shouldKeepTheSyrianTownWrittenWithItsArticle() {
		Location location = this.geocoder.locate("Turkish-backed fighters entered al-Bab on Thursday.");
		assertThat(location.place().name()).isEqualTo("Al Bāb");
	}

	@Test
	void shouldKeepATownWhoseDistrictLiesInAProvince() {
		Location location = this.geocoder.locate("A bomb exploded on a road in Sinjar in Nineveh province.");
		assertThat(location.place().id()).isEqualTo("iq-sinjar");
	}

	@Test
	void shouldKeepARoadsTownWhenNoOtherTownIsGiven() {
		Location location = this.geocoder.locate("Protesters blocked the Kirkuk road for three hours on Monday.");
		assertThat(location.place().id()).isEqualTo("iq-kirkuk");
	}

	@Test
	void shouldKeepTheCityOfAMarketInIt() {
		Location location = this.geocoder.locate("A bomb went off in the main market in Mosul.");
		assertThat(location.place().id()).isEqualTo("iq-mosul");
	}

}
