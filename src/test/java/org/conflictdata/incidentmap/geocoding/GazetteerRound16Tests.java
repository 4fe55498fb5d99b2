package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 16's cited entries (a Syrian town, a Syrian air base and a Baghdad district):
 * each resolves under its spellings, lies in its own province, and a bare word that only
 * resembles it does not resolve to it.
 */
class GazetteerRound16Tests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldPlaceClashesAtTellBrakRatherThanTheCityItIsMeasuredFrom() {
		Location location = this.geocoder
			.locate("Fighting flared around the town of Tal Brak, north-east of Hasakah city, overnight.");
		assertThat(location.place().id()).isEqualTo("sy-tell-brak");
		assertThat(location.place().admin1()).isEqualTo("Al-Hasakah");
	}

	@Test
	void shouldTellTheAirBaseFromTheTownOfTabqa() {
		assertThat(this.geocoder.locate("Jets bombed the Tabqa airbase on Sunday.").place().id())
			.isEqualTo("sy-tabqa-air-base");
		assertThat(this.geocoder.locate("Jets bombed a market in Tabqa on Sunday.").place().id()).isEqualTo("sy-tabqa");
		Place base = this.geocoder.locate("Jets bombed the Tabqa airbase on Sunday.").place();
		assertThat(base.admin1()).isEqualTo("Raqqa");
		assertThat(Distance.km(base.longitude(), base.latitude(), 38.54828, 35.83758)).isBetween(5.0, 15.0);
	}

	@Test
	void shouldPlaceABombInTheShaabDistrictOfBaghdad() {
		Location location = this.geocoder.locate("A bomb went off in a market in al-Shaab, in north-eastern Baghdad.");
		assertThat(location.place().id()).isEqualTo("iq-al-shaab");
		assertThat(location.place().admin1()).isEqualTo("Baghdad");
	}

	@Test
	void shouldNotReadAnArabicNounForPeopleAsTheDistrict() {
		Location location = this.geocoder.locate("Protesters chanted slogans in Basra on Friday.");
		assertThat(location.place().id()).isNotEqualTo("iq-al-shaab");
	}

	@Test
	void shouldPreferADistrictOfTheCityNamedAlongsideIt() {
		assertThat(this.geocoder.locate("Gunmen shot a shopkeeper in Kadhimiya, in northern Baghdad.").place().id())
			.isEqualTo("iq-kadhimiya");
	}

	@Test
	void shouldNotPreferADistrictOfAnotherCity() {
		// Sadr City lies in Baghdad, far from Mosul: the city the event is in stays.
		assertThat(this.geocoder.locate("Fighters from Sadr City attacked a checkpoint in Mosul.").place().id())
			.isEqualTo("iq-mosul");
	}

}
