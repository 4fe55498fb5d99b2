package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places the text measures from another: a town whose apposition gives its bearing from a
 * city keeps the event, the area around a town ("the countryside of X") beats a town only
 * mentioned, and a distance with a bearing moves the point by that much.
 */
class GeocoderMeasuredPlaceTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldKeepADistrictTownWhoseBearingFromACityFollowsIt() {
		Location location = this.geocoder
			.locate("Gunmen killed two farmers in the Tarmiyah district, just north of Baghdad, on Saturday.");
		assertThat(location.place().id()).isEqualTo("iq-tarmiyah");
		assertThat(location.explanation()).contains("'north of Baghdad' says where the place named before it lies");
	}

	@Test
	void shouldKeepATownWhoseDistanceAndBearingFromACityFollowIt() {
		Location location = this.geocoder
			.locate("A bomb killed a soldier in Tarmiyah, about 40 km north of Baghdad, on Sunday.");
		assertThat(location.place().id()).isEqualTo("iq-tarmiyah");
	}

	@Test
	void shouldStillPlaceAnEventNorthOfACityWhenNoTownIsNamed() {
		Location location = this.geocoder.locate("A roadside bomb hit an army patrol just north of Baghdad.");
		assertThat(location.place().id()).isEqualTo("iq-baghdad");
		assertThat(location.geoPrecision()).isEqualTo(2);
	}

	@Test
	void shouldPreferTheTownWhoseCountrysideWasStruckOverAnEarlierBareMention() {
		Location location = this.geocoder.locate("Deir Ezzor – Jets struck militia depots in the countryside of "
				+ "Albu Kamal at dawn, killing ten fighters.");
		assertThat(location.place().id()).isEqualTo("sy-albukamal");
		assertThat(location.geoPrecision()).isEqualTo(2);
	}

	@Test
	void shouldMoveThePointByAStatedDistanceAndBearing() {
		Place kirkuk = Gazetteer.load().byId("iq-kirkuk").orElseThrow();
		Location location = this.geocoder
			.locate("Gunmen attacked a police checkpoint about 30 km south-west of Kirkuk, killing two.");
		assertThat(location.place().id()).isEqualTo("iq-kirkuk");
		assertThat(location.place().name()).isEqualTo("Kirkuk");
		assertThat(location.geoPrecision()).isEqualTo(2);
		assertThat(location.precision()).isEqualTo("about 30 km south-west of Kirkuk");
		assertThat(Distance.km(kirkuk, location.place())).isBetween(29.5, 30.5);
		assertThat(location.place().latitude()).isLessThan(kirkuk.latitude());
		assertThat(location.place().longitude()).isLessThan(kirkuk.longitude());
	}

	@Test
	void shouldConvertMilesWhenMovingThePoint() {
		Place tikrit = Gazetteer.load().byId("iq-tikrit").orElseThrow();
		Location location = this.geocoder.locate("A roadside bomb hit a convoy 10 miles north of Tikrit.");
		assertThat(Distance.km(tikrit, location.place())).isBetween(15.8, 16.4);
		assertThat(location.place().latitude()).isGreaterThan(tikrit.latitude());
	}

	@Test
	void shouldNotMoveThePointWithoutBothADistanceAndABearing() {
		Place kirkuk = Gazetteer.load().byId("iq-kirkuk").orElseThrow();
		for (String sentence : new String[] { "A bomb exploded 40 km from Kirkuk.", "A bomb exploded south of Kirkuk.",
				"A bomb exploded in Kirkuk." }) {
			Location location = this.geocoder.locate(sentence);
			assertThat(location.place()).as(sentence).isEqualTo(kirkuk);
		}
	}

	@Test
	void shouldReadDisplacementPhrasesAndRefuseOthers() {
		assertThat(Displacement.in("some 12 miles north-east of")).get()
			.satisfies((d) -> assertThat(d.bearing()).isEqualTo(45.0));
		assertThat(Displacement.in("20km west of")).get().satisfies((d) -> assertThat(d.km()).isEqualTo(20.0));
		assertThat(Displacement.in("500 km south of")).isEmpty();
		assertThat(Displacement.in("30 km from")).isEmpty();
		assertThat(Displacement.in(null)).isEmpty();
	}

	@Test
	void shouldPreferANamedCampOnWhoseOutskirtsTheStrikeHitOverAPlaceOfAnotherEvent() {
		Location location = this.geocoder.locate("The strikes on Shingal came days after a drone hit a car on the "
				+ "outskirts of the Makhmour refugee camp, south-west of Erbil.");
		assertThat(location.place().id()).isEqualTo("iq-makhmour-refugee-camp");
	}

	@Test
	void shouldNotLetThePlaceOfTheOfficerWhoSpokeBeatTheMeasuredPoint() {
		Location location = this.geocoder.locate("Gunmen attacked a checkpoint about 25 km south of Tikrit, "
				+ "killing a soldier, an army officer in Tikrit said.");
		assertThat(location.precision()).isEqualTo("about 25 km south of Tikrit");
		// Without a verb of speech after it, the place of an officer is where he was.
		assertThat(this.geocoder.locate("Gunmen shot dead a police officer in Tikrit on Monday.").geoPrecision())
			.isEqualTo(1);
	}

}
