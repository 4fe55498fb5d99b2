package org.conflictdata.incidentmap.geocoding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The categories of place added for the Kurdistan Region and its borderlands in round 11
 * (district seats under their English names, oil and gas fields, air bases, border
 * crossings, the PKK-held border ranges, wadis), read by the geocoder in sentences
 * written for this test.
 */
class GazetteerKurdistanCategoriesTests {

	private final Gazetteer gazetteer = Gazetteer.load();

	private final Geocoder geocoder = new Geocoder(this.gazetteer);

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					A rocket landed near the party offices in Koysinjaq before dawn.                        | iq-koya
					Mourners gathered in Koya after the funeral.                                              | iq-koya
					Police dispersed a sit-in outside the town hall in Akre.                                  | iq-akre
					Students blocked the main road through Ranya on Sunday.                                   | iq-ranya
					Artillery shells fell on farmland outside Sidekan.                                        | iq-sidakan
					A fire broke out at a gas storage tank of the Khor Mor field late at night.               | iq-khor-mor-gas-field
					Production halted at the Khurmala field after an explosion.                               | iq-khurmala-oil-field
					An unidentified drone hit a tank at the Tawke oil field.                                  | iq-tawke-oil-field
					Operations were suspended at the Peshkabir field on Tuesday.                              | iq-peshkabir-oil-field
					Engineers said a blast hit the Sarsang oilfield.                                          | iq-sarsang-oil-field
					Rockets were fired at the Bai Hassan oil field north-west of Kirkuk.                      | iq-bai-hassan-oil-field
					Coalition aircraft flew out of H-3 air base.                                              | iq-h3-air-base
					Customs officers went on strike at the Ibrahim Khalil crossing.                      | iq-ibrahim-khalil-crossing
					Traders waited for hours at the Bashmaq border crossing.                                  | iq-bashmaq-crossing
					Turkish jets bombed caves in the Zap region overnight.                                    | iq-zap
					Troops advanced into the Avashin area after heavy shelling.                               | iq-avashin
					Fighters ambushed a Turkish patrol on Gara mountain.                                      | iq-gara
					Insurgents fired on an army post in Wadi al-Shay.                                         | iq-wadi-al-shay
					Iraqi jets struck hideouts in the Makhoul mountains.                                      | iq-makhoul-mountains
					""")
	void shouldResolveThePlaceOfEachCategory(String sentence, String id) {
		assertThat(this.geocoder.locate(sentence).place().id()).isEqualTo(id);
	}

	@Test
	void shouldReadTheKurdishLatinSpellingOfZakho() {
		assertThat(this.geocoder.locate("Shops closed in Zaxo after the shelling.").place().id()).isEqualTo("iq-zakho");
	}

	@Test
	void shouldKeepDohukOneCityUnderItsSpellings() {
		List<String> ids = List.of("Dohuk", "Duhok", "Dihok")
			.stream()
			.map((name) -> this.geocoder.locate("Protesters marched through " + name + " on Friday.").place().id())
			.toList();
		assertThat(ids).containsOnly("iq-dohuk");
	}

	@Test
	void shouldNotTakeAnIranianTownForTheKhorMorGasField() {
		Location location = this.geocoder.locate("A drone hit Khor Mor, the gas field in Chamchamal district.");
		assertThat(location.place().country()).isEqualTo("Iraq");
	}

	@Test
	void shouldNotReadTheOrdinaryWordZapAsTheRegion() {
		Location location = this.geocoder.locate("Officers used stun guns to zap two protesters in Baghdad.");
		assertThat(location.place().id()).isNotEqualTo("iq-zap");
	}

	@Test
	void shouldPlaceEveryNewBorderRangeInsideIraq() {
		for (String id : List.of("iq-metina", "iq-zap", "iq-avashin", "iq-basyan", "iq-gara", "iq-hakurk",
				"iq-bradost")) {
			Place range = this.gazetteer.byId(id).orElseThrow();
			assertThat(range.kind()).as(id).isEqualTo(PlaceKind.REGION);
			assertThat(range.country()).as(id).isEqualTo("Iraq");
			// within the Kurdistan Region's border strip: north of 36.5 N, east of 42.3 E
			assertThat(range.latitude()).as(id).isBetween(36.5, 37.4);
			assertThat(range.longitude()).as(id).isBetween(42.3, 45.2);
		}
	}

}
