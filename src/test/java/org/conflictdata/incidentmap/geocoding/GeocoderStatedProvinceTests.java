package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the words after a name say about its province: "X province" names the province,
 * not its capital; "the village of X in northern Diyala" rules out an X in another
 * country and prefers an X inside that province.
 */
class GeocoderStatedProvinceTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldReadACapitalsNameBeforeProvinceAsTheProvince() {
		Location location = this.geocoder.locate("Hundreds of farmers protested in Sulaimani province on Sunday.");
		assertThat(location.place().id()).isEqualTo("iq-sulaymaniyah-province");
		assertThat(location.geoPrecision()).isEqualTo(3);
	}

	@Test
	void shouldKeepTheCityForABuildingOfTheProvinceInIt() {
		Location location = this.geocoder
			.locate("About 200 people demonstrated in front of the Sulaimani governorate building on Tuesday.");
		assertThat(location.place().id()).isEqualTo("iq-sulaymaniyah");
	}

	@Test
	void shouldKeepTheCityForTheBuildingOfTheProvinceWrittenWithOf() {
		Location location = this.geocoder
			.locate("Protesters threw petrol bombs at the offices of the Sulaimani governorate late on Monday.");
		assertThat(location.place().id()).isEqualTo("iq-sulaymaniyah");
	}

	@Test
	void shouldPlaceTheBuildingOfAProvinceNamedWithItsOwnNameInTheCityOfThatName() {
		Location location = this.geocoder
			.locate("Demonstrators gathered in front of the building of the Basrah governorate on Tuesday evening.");
		assertThat(location.place().id()).isEqualTo("iq-basra");
	}

	@Test
	void shouldKeepTheProvinceForEventsAcrossIt() {
		Location location = this.geocoder
			.locate("Water shortages set off protests across the Basrah governorate in the summer.");
		assertThat(location.place().id()).isEqualTo("iq-basra-province");
	}

	@Test
	void shouldStillReadTheProvinceWhenTheWordBeforeOfIsNoInstitution() {
		Location location = this.geocoder
			.locate("Farmers from several villages of the Sulaimani governorate blocked a road on Monday.");
		assertThat(location.place().id()).isEqualTo("iq-sulaymaniyah-province");
	}

	@Test
	void shouldKeepTheCityWhenNoProvinceWordFollows() {
		Location location = this.geocoder.locate("Hundreds of farmers protested in Sulaimani on Sunday.");
		assertThat(location.place().id()).isEqualTo("iq-sulaymaniyah");
	}

	@Test
	void shouldPreferABorderTownOverTheProvinceItIsSaidToLieIn() {
		Location location = this.geocoder.locate(
				"Artillery shells hit the outskirts of Penjwen (also written Panjwin), a border town in Sulaimani province, on Tuesday.");
		assertThat(location.place().id()).isEqualTo("iq-penjwen");
	}

	@Test
	void shouldNotTakeAForeignTownOfTheNameForAVillageInAnIraqiProvince() {
		Location location = this.geocoder
			.locate("Two shepherds were shot dead near the village of Qarah in northern Diyala, police said.");
		assertThat(location.place().country()).isEqualTo("Iraq");
		assertThat(location.place().id()).isEqualTo("iq-diyala");
	}

	@Test
	void shouldStillFindTheTownOfTheNameInTheProvinceTheTextGives() {
		Location location = this.geocoder.locate("Shelling was reported near the town of Qarah in Rif Dimashq.");
		assertThat(location.place().country()).isEqualTo("Syria");
		assertThat(location.place().name()).isEqualTo("Qārah");
	}

	@Test
	void shouldFindQaraTapaInDiyalaRatherThanAPartialSyrianName() {
		Location location = this.geocoder.locate(
				"Late on Wednesday, gunmen killed two shepherds near the village of Qara Tapa (also written Qaratepe) in northern Diyala.");
		assertThat(location.place().id()).isEqualTo("iq-qara-tapa");
	}

	@Test
	void shouldPlaceTheHamrinMountainsAsARegion() {
		Location location = this.geocoder
			.locate("Iraqi F-16 jets struck Islamic State hideouts in the Hamrin mountains on Friday afternoon.");
		assertThat(location.place().id()).isEqualTo("iq-hamrin-mountains");
		assertThat(location.place().kind()).isEqualTo(PlaceKind.REGION);
	}

	@Test
	void shouldPlaceMountSinjarAsARegionAndTheTownAsATown() {
		Location mountain = this.geocoder.locate("Turkish jets struck positions on Mount Sinjar on Tuesday.");
		assertThat(mountain.place().id()).isEqualTo("iq-sinjar-mountains");
		assertThat(mountain.geoPrecision()).isEqualTo(2);
		Location town = this.geocoder.locate("A car bomb exploded in the town of Sinjar on Tuesday.");
		assertThat(town.place().id()).isEqualTo("iq-sinjar");
	}

	@Test
	void shouldPreferTheRepublicanPalaceOverTheGreenZoneAroundIt() {
		Location location = this.geocoder
			.locate("Protesters tore down the barriers around the Green Zone and poured into the Republican Palace.");
		assertThat(location.place().id()).isEqualTo("iq-republican-palace");
	}

	@Test
	void shouldPlaceAVillageOfTheBarwariBalaAreaAtItsSeat() {
		Location location = this.geocoder.locate(
				"Turkish artillery shelled the area around the village of Kesta in the Barwari Bala area of Duhok province.");
		assertThat(location.place().id()).isEqualTo("iq-barwari-bala");
	}

	@Test
	void shouldNameRawanduzInItsUsualEnglishSpelling() {
		Location location = this.geocoder.locate("A Turkish drone struck a car in Rawanduz on Monday.");
		assertThat(location.place().name()).isEqualTo("Rawanduz");
	}

	@Test
	void shouldFindAmediByItsArabicName() {
		Location location = this.geocoder.locate("A Turkish drone struck a car near Amadiya on Monday.");
		assertThat(location.place().id()).isEqualTo("iq-amedi");
	}

}
