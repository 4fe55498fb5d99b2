package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the words around a place name decide whether the text is about that place, in
 * phrasings other than the articles'.
 */
class PlaceReadingTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldPlaceAnEventAtTheTownThatARelativePhraseLocatesNotAtTheReferenceCity() {
		Location location = this.geocoder
			.locate("Angry residents shut the market of Zubair, about 20 km south-west of Basra, on Sunday.");
		assertThat(location.place().id()).isEqualTo("iq-zubair");
		assertThat(location.geoPrecision()).isEqualTo(1);
	}

	@Test
	void shouldReadARouteThroughOrAlongATownAsHappeningThere() {
		assertThat(this.geocoder.locate("Smoke rose along Zubair as the crowd moved towards Basra.").place().id())
			.isEqualTo("iq-zubair");
		assertThat(this.geocoder.locate("The convoy was ambushed as it passed through Baiji, north of Tikrit.")
			.place()
			.id()).isEqualTo("iq-baiji");
	}

	@Test
	void shouldNotPlaceAnEventInThePlaceThatNamesAWar() {
		Location location = this.geocoder
			.locate("Thousands marched in Amman on Friday, the largest rally since the Gaza conflict started.");
		assertThat(location.place().id()).isEqualTo("jo-amman");
		assertThat(this.geocoder.locate("It was the worst loss of the Gaza war.").isResolved()).isFalse();
	}

}
