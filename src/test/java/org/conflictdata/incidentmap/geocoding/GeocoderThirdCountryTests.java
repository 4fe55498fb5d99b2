package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names that fold like a town of a third country (Turkey, Iran) which only GeoNames
 * knows: a family name after a given name, or a second spelling of a Syrian or Iraqi
 * place, in sentences written for this test.
 */
class GeocoderThirdCountryTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			A mine exploded on the track linking al-Suwar (or al-Sour) with the Khabur villages.   | sy-al-suwar
			Unknown gunmen shot a council member in Suwar on the Khabur river.                      | sy-al-suwar
			Aid trucks reached the district of Mosul al-Jadida in the west of the city.            | iq-mosul-al-jadida
			""")
	void shouldResolveTheHomeCountryPlace(String sentence, String id) {
		assertThat(this.geocoder.locate(sentence).place().id()).isEqualTo(id);
	}

	@Test
	void shouldNotReadAFamilyNameAfterAGivenNameAsATown() {
		Location location = this.geocoder
			.locate("Prime Minister Haider al-Abadi visited wounded soldiers in a hospital in Erbil.");
		assertThat(location.place().country()).isEqualTo("Iraq");
		assertThat(location.place().id()).isEqualTo(
				this.geocoder.locate("Prime Minister visited wounded soldiers in a hospital in Erbil.").place().id());
	}

	@Test
	void shouldStillReadTheThirdCountryTownWhenNoHomePlaceIsNamed() {
		// Nothing in Iraq or Syria is named: the Iranian town stands.
		Location location = this.geocoder.locate("A gas explosion destroyed a bakery in Abadeh on Monday.");
		assertThat(location.place().country()).isEqualTo("Iran");
	}

	@Test
	void shouldKeepAnArticleNameOpenedByANamePrefix() {
		// "Tal" before the article opens a place name, not a person's.
		Location location = this.geocoder.locate("Turkish drones struck a car in Tal Abyad on Sunday.");
		assertThat(location.place().country()).isEqualTo("Syria");
	}

	@Test
	void shouldNotPlaceAnEventWhereItsVictimsFledTo() {
		// "fled to Kalar" names where the residents went, not where the houses burned.
		Location location = this.geocoder
			.locate("Shops in Tuz Khurmatu were set on fire, said families who fled to Kalar.");
		assertThat(location.place().admin1()).isEqualTo("Salahuddin");
	}

	@Test
	void shouldStillPlaceAnEventAtAPlaceNamedAfterFled() {
		// "fled" followed by "in" is no destination: the shelling was in Kalar.
		Location location = this.geocoder.locate("Mortars hit a market in Kalar as families fled in panic.");
		assertThat(location.place().admin1()).isEqualTo("Sulaymaniyah");
	}

}
