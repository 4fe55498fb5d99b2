package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alternate names the GeoNames file now carries, and the towns and facilities of Iraq
 * and Syria conflict reporting added to the curated file, as the geocoder sees them.
 */
class GazetteerAdditionsTests {

	private final Gazetteer gazetteer = Gazetteer.load();

	private final Geocoder geocoder = new Geocoder(this.gazetteer);

	@Test
	void shouldReadTheOptionalAliasesColumnOfTheGeoNamesFile() {
		Gazetteer small = Gazetteer.load(getClass().getClassLoader(), GazetteerFiles.CURATED,
				"geocoding/places-with-aliases.tsv");
		assertThat(small.candidates("El Aachara")).extracting(Place::id).containsExactly("geonames:1");
		assertThat(small.candidates("Acharat")).extracting(Place::id).containsExactly("geonames:1");
		// A row written before the column existed still loads, without aliases.
		assertThat(small.byId("geonames:2").orElseThrow().aliases()).isEmpty();
	}

	@Test
	void shouldFindAGeoNamesTownByItsAlternateName() {
		assertThat(this.gazetteer.candidates("El Aachara")).extracting(Place::name).containsExactly("Al ‘Ashārah");
		assertThat(this.gazetteer.candidates("Kalak")).extracting(Place::name).containsExactly("Xebat");
	}

	@Test
	void shouldNotTurnGivenNamesOrShortWordsIntoPlaces() {
		// "Al Qasim" is a GeoNames alternate name of Imam Qasim (Babil); "Qasim" is also
		// a
		// commander's given name, so the build leaves it out.
		assertThat(this.gazetteer.candidates("Qasim")).isEmpty();
		Location location = this.geocoder
			.locate("Gen. Qasim Soleimani was killed in a drone strike at Baghdad International Airport.");
		assertThat(location.place().id()).isEqualTo("iq-baghdad-international-airport");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Altun Kupri      | iq-altun-kupri
			Altun Kopri      | iq-altun-kupri
			Hammam al-Alil   | iq-hammam-al-alil
			Hammam al-Aleel  | iq-hammam-al-alil
			Hamam al-Alil    | iq-hammam-al-alil
			Bashiqa          | iq-bashiqa
			Bartella         | iq-bartella
			Khan Bani Saad   | iq-khan-bani-saad
			Camp Habbaniyah  | iq-camp-habbaniyah
			al-Hol camp      | sy-al-hawl-camp
			al-Hol           | sy-al-hawl
			Azaz             | sy-azaz
			A'zaz            | sy-azaz
			Bab al-Hawa      | sy-bab-al-hawa-crossing
			Sinune           | iq-sinuni
			Yusifiyah        | iq-yusufiyah
			Iskanderiyah     | iq-iskandariya
			Sarrafiya bridge | iq-al-sarafiya-bridge
			Fishkhabour crossing | sy-semalka-crossing
			Badoush          | iq-badush
			Rumaila oilfield | iq-rumaila-oil-field
			Ameriyat al-Fallujah | iq-amiriyat-al-fallujah
			Latifiyah        | iq-latifiya
			Jumhuriya bridge | iq-al-jumhuriya-bridge
			al-Sinak bridge  | iq-al-sinak-bridge
			al-Khilani Square | iq-khilani-square
			Zaitoun bridge   | iq-al-zaytoun-bridge
			Reyhanlı         | tr-reyhanli
			Akcakale         | tr-akcakale
			""")
	void shouldKnowPlacesTheReportingNames(String name, String id) {
		assertThat(this.gazetteer.candidates(name)).extracting(Place::id).first().isEqualTo(id);
	}

	@Test
	void shouldLocateAnAttackInAltunKupriInKirkukProvince() {
		Location location = this.geocoder
			.locate("Clashes broke out in Altun Kopri between federal forces and Peshmerga on Friday.");
		assertThat(location.place().id()).isEqualTo("iq-altun-kupri");
		assertThat(location.place().admin1()).isEqualTo("Kirkuk");
		assertThat(location.geoPrecision()).isEqualTo(1);
	}

	@Test
	void shouldFindABorderTownOpeningASentence() {
		// Curated, so a sentence may open with it (a GeoNames-only name there is taken
		// for
		// an ordinary capitalised word).
		Location location = this.geocoder.locate("Kilis has been hit repeatedly by rockets fired from Syria.");
		assertThat(location.place().id()).isEqualTo("tr-kilis");
	}

	@Test
	void shouldLocateTheCampRatherThanTheTownItIsNamedAfter() {
		Location location = this.geocoder.locate("A woman was shot dead inside al-Hol camp on Sunday.");
		assertThat(location.place().id()).isEqualTo("sy-al-hawl-camp");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Militants attacked an army post in Mandali overnight.                     | iq-mandali
			A roadside bomb wounded two farmers in Buhriz, south of Baquba.          | iq-buhriz
			A drone struck a house in Gir Uzer on Monday.                             | iq-til-ezer
			Mourners gathered in Kocho to bury remains found in a mass grave.         | iq-kocho
			A sticky bomb exploded under a car in Karrada on Sunday.                  | iq-karrada
			A drone hit a car near the Makhmur camp, wounding two.                    | iq-makhmour-refugee-camp
			""")
	void shouldLocateTheAddedTownsVillagesAndCamp(String sentence, String id) {
		assertThat(this.geocoder.locate(sentence).place().id()).isEqualTo(id);
	}

	@Test
	void shouldNotTakeTheTownOfMakhmourForItsRefugeeCamp() {
		assertThat(this.geocoder.locate("Gunmen killed a shepherd in Makhmour on Friday.").place().id())
			.isEqualTo("iq-makhmour");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Islamic State fighters attacked a PMF position near al-Saadiya late on Friday.|iq-al-sadiyah",
					"AL-SAADIYA (Khanaqin district): gunmen attacked a police post.|iq-al-sadiyah",
					"A bomb exploded in the town of As-Sadiyah, south of Jalawla.|iq-al-sadiyah" })
	void shouldPlaceAlSadiyahInDiyala(String sentence, String id) {
		assertThat(this.geocoder.locate(sentence).place().id()).isEqualTo(id);
	}

}
