package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name that places in two countries share resolves to the one in the country the rest
 * of the text is about, unless the words around it name the country; and the Syrian
 * facilities and district seats added by category resolve under their usual spellings.
 */
class GeocoderArticleCountryTests {

	private static final String SYRIAN_SINJAR = "geonames:164094";

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldPreferTheHomonymInTheCountryTheOtherPlacesLieIn() {
		Location location = this.geocoder.locate("Two men were shot dead in Sinjar on Friday.",
				"Security forces deployed in Latakia and Homs after a week of unrest in Hama.");
		assertThat(location.place().id()).isEqualTo(SYRIAN_SINJAR);
	}

	@Test
	void shouldKeepTheBetterKnownHomonymWhenTheOtherPlacesLieInItsCountry() {
		Location location = this.geocoder.locate("Two men were shot dead in Sinjar on Friday.",
				"Security forces deployed in Mosul and Dohuk after a week of unrest in Erbil.");
		assertThat(location.place().country()).isEqualTo("Iraq");
	}

	@Test
	void shouldLetACountryAdjectiveOutweighTheCountryOfTheOtherPlaces() {
		Location location = this.geocoder.locate("Two men were shot dead in the Iraqi town of Sinjar on Friday.",
				"Security forces deployed in Latakia and Homs after a week of unrest in Hama.");
		assertThat(location.place().country()).isEqualTo("Iraq");
	}

	@Test
	void shouldNotCountOtherMentionsOfTheSameNameAsTheArticlesCountry() {
		Location location = this.geocoder.locate("Mourners gathered in Sinjar on Saturday.",
				"Sinjar was quiet on Friday. Sinjar had been shelled. Officials in Latakia and Homs condemned it.");
		assertThat(location.place().id()).isEqualTo(SYRIAN_SINJAR);
	}

	@Test
	void shouldFavourNeitherCountryWhenTheOtherPlacesAreSplitEvenly() {
		assertThat(ArticleCountries.of(java.util.List.of(place("a", "Iraq"), place("b", "Syria")), java.util.List.of()))
			.containsExactlyInAnyOrder("Iraq", "Syria");
		assertThat(ArticleCountries.of(java.util.List.of(), java.util.List.of())).isEmpty();
	}

	@Test
	void shouldResolveTheDamOnTheEuphratesAsAFacility() {
		Location location = this.geocoder.locate("Fighters attacked positions near the Tishrin Dam overnight.");
		assertThat(location.place().id()).isEqualTo("sy-tishreen-dam");
		assertThat(location.place().kind()).isEqualTo(PlaceKind.FACILITY);
	}

	@Test
	void shouldResolveEachSpellingOfTheSubdistrictSeatDiban() {
		for (String spelling : java.util.List.of("Dhiban", "Thiban", "Theban", "Diban")) {
			Location location = this.geocoder.locate("A checkpoint was attacked in " + spelling + " on Sunday.");
			assertThat(location.place().id()).as(spelling).isEqualTo("sy-diban");
		}
	}

	private static Place place(String id, String country) {
		return new Place(id, id, java.util.List.of(), PlaceKind.TOWN, country, null, 40.0, 35.0, "test");
	}

	@Test
	void shouldNotReadTheFirstWordOfAStructuresNameAsATown() {
		// "Qara" alone is a GeoNames town near Damascus; here it opens a bridge's name.
		Location location = this.geocoder.locate("A drone hit a truck near the Qara Qozak bridge on Tuesday.");
		assertThat(location.isResolved()).isFalse();
	}

	@Test
	void shouldNotReadTheFirstWordOfAStructuresNameWithAnArticleAsATown() {
		// "Bab" alone folds like the GeoNames town Al Bab; here it opens a market's name.
		Location location = this.geocoder
			.locate("Police fought the militants in the lanes around the Bab al-Sharqi market on Monday.");
		assertThat(location.isResolved()).isFalse();
	}

	@Test
	void shouldStillReadATownBeforeAnArticleThatIsNotPartOfALongerName() {
		Location location = this.geocoder.locate("Shelling hit a market near al-Bab on Monday.");
		assertThat(location.place().name()).isEqualTo("Al Bāb");
	}

	@Test
	void shouldStillReadALoneTownWordBeforeALowerCaseNoun() {
		Location location = this.geocoder.locate("A drone hit a truck near the Qara bridge on Tuesday.");
		assertThat(location.place().name()).isEqualTo("Qārah");
	}

	@Test
	void shouldReadTheEntranceOfATownAsAtTheTownRatherThanTheCountrysideNamedAfterIt() {
		Location location = this.geocoder.locate("Gunmen attacked a checkpoint at the entrance of the town of "
				+ "Dhiban in the eastern countryside of Deir Ezzor.");
		assertThat(location.place().id()).isEqualTo("sy-diban");
	}

}
