package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dateline filed from two cities, a nationality adjective before a foreign force's
 * post, a country's possessive before a named body and "Iran itself" as a doer say who or
 * where the reporter is, not where the event happened; the same words that name the
 * ground ("on Iranian territory", "in Iraq itself") still place it.
 */
class GeocoderActorNationalityTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"WASHINGTON/BEIRUT, Feb. 8 (Reuters) — Coalition jets struck pro-government forces in Deir ez-Zor province on Wednesday.|sy-deir-ez-zor",
			"ANKARA/BAGHDAD, March 3 (Reuters) - Turkish jets bombed positions near Amedi in the north, killing five.|Amedi",
			"LONDON/AMMAN, May 1 (Reuters) - Gunmen shot dead two policemen in Daraa on Sunday.|Daraa",
			"DUBAI/BAGHDAD, June 2 (Reuters) — A roadside bomb hit a convoy near Tarmiyah, wounding three soldiers.|Tarmiyah",
			"BEIRUT/AMMAN (Reuters) — Rebels shelled government positions in Idlib province overnight.|Idlib" })
	void shouldPreferThePlaceOfTheSentenceOverEitherCityOfASlashedDateline(String text, String expected) {
		Location location = this.geocoder.locate(text);
		assertThat(location.place().id() + " " + location.place().name()).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "WASHINGTON/BEIRUT, Feb. 8 (Reuters) — Air strikes killed six people on Monday.",
			"BAGHDAD/ERBIL, May 1 (Reuters) - A bomb went off, killing two." })
	void shouldNotPlaceAnEventAtASlashedDatelineCityAlone(String text) {
		Location location = this.geocoder.locate(text);
		assertThat(location.isResolved()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Gunfire was heard as protesters approached a Turkish military post, witnesses said.",
			"A drone struck an Iranian military base on Tuesday, killing three.",
			"Rebels overran an Iranian base overnight, a monitor said.",
			"Shells landed near a Turkish army outpost, wounding a soldier.",
			"Militiamen fired rockets at an Israeli military post on Monday.",
			"Gunmen attacked a Saudi border post, killing two guards.", "A Turkish base came under rocket fire." })
	void shouldNotPlaceAnEventInTheCountryWhoseForceOwnsThePost(String text) {
		Location location = this.geocoder.locate(text);
		assertThat(location.isResolved()).as(String.valueOf(location.place())).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Protesters approached a Turkish military post in al-Bab on Monday.|Al B",
					"Drones struck an Iranian base near Albu Kamal, killing four.|Albukamal",
					"Rockets hit a Turkish military base at Bashiqa, the ministry said.|Bashiqa" })
	void shouldPlaceAForeignPostAtThePlaceNamedWithIt(String text, String expected) {
		Location location = this.geocoder.locate(text);
		assertThat(location.place().name()).contains(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Iranian artillery shelled villages on Iranian territory near the border.|Iran",
					"Militants fired on the Turkish side of the border, wounding two soldiers.|Turkey",
					"The drone crashed on Turkish soil, officials said.|Turkey",
					"Rockets hit an Iraqi military base housing US troops.|Iraq",
					"Gunmen attacked a Syrian army checkpoint at night.|Syria" })
	void shouldStillPlaceAnEventOnTheGroundANationalityNames(String text, String country) {
		Location location = this.geocoder.locate(text);
		assertThat(location.place().country()).isEqualTo(country);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Iran's Guards fired missiles on Sunday, killing one person.",
			"Iran's Revolutionary Guards said they struck a headquarters overnight.",
			"Turkey's Erdogan said drones struck militants, killing four.",
			"Israel's Netanyahu warned after rockets were fired.",
			"It was the first time Iran itself had claimed a strike on the city.",
			"Analysts said Turkey itself has denied any role in the blast." })
	void shouldNotPlaceAnEventInACountryNamedAsTheOwnerOrDoer(String text) {
		Location location = this.geocoder.locate(text);
		assertThat(location.isResolved()).as(String.valueOf(location.place())).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Iran's Guards fired missiles at Erbil on Sunday.|Erbil",
					"Syria's Hasakah province saw clashes that killed three fighters.|Hasakah",
					"Clashes in Iraq itself killed four people on Monday.|Iraq",
					"A bomb exploded in Iraq's Kurdistan Region, wounding two.|Kurdistan",
					"Attacks in Syria's Deir ez-Zor killed five.|Deir" })
	void shouldStillLocateThroughAPossessiveOrReflexiveThatNamesTheGround(String text, String expected) {
		Location location = this.geocoder.locate(text);
		assertThat(location.place().name()).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Strikes hit government forces near Khasham on Wednesday.",
			"Shelling near Khusham killed two fighters." })
	void shouldKnowKhashamUnderItsUsualSpellings(String text) {
		assertThat(this.geocoder.locate(text).place().id()).isEqualTo("sy-khasham");
	}

}
