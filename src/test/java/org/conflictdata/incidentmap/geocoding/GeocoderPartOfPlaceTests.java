package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unknown named site (a camp, a district, a mission) that the text ties to a known
 * place ("on the edge of X", "in the south of X", "next to X airport", "in X") is placed
 * at that known place, never at a town a distance is measured from, nor at a province
 * named only to say where the town lies.
 */
class GeocoderPartOfPlaceTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	private String placeOf(String sentence) {
		Location location = this.geocoder.locate(sentence);
		return (location.place() == null) ? null : location.place().id();
	}

	@Test
	void shouldPlaceAnUnknownCampAtTheTownItIsOnTheEdgeOf() {
		assertThat(placeOf("A drone hit the al-Nasr depot on the edge of Amerli, some 25 km south-west of"
				+ " Tuz Khurmatu, late on Monday."))
			.isEqualTo("iq-amerli");
	}

	@Test
	void shouldPlaceAnUnknownBaseNearATownAtThatTown() {
		assertThat(placeOf("Blasts ripped through a militia base near the town of Amerli overnight."))
			.isEqualTo("iq-amerli");
	}

	@Test
	void shouldKeepTheMeasuringTownWhenNothingElseIsNamed() {
		// Negative: with no nearer town, the town the distance is measured from stands
		// in.
		assertThat(placeOf("Gunmen ambushed a patrol about 20 km south-west of Tuz Khurmatu."))
			.isEqualTo("iq-tuz-khurmatu");
	}

	@Test
	void shouldPlaceADistrictInAPartOfACityAtTheCity() {
		assertThat(placeOf("A bomb left outside a grocery in the Al-Mansour Street area in the north-west"
				+ " of Baghdad went off on Sunday evening."))
			.isEqualTo("iq-baghdad");
	}

	@Test
	void shouldPlaceACampInTheSouthOfACityAtTheCity() {
		assertThat(placeOf("Fire spread through an arms store at the al-Nour camp in south Baghdad."))
			.isEqualTo("iq-baghdad");
	}

	@Test
	void shouldPlaceAConsulateNextToAnAirportAtTheAirport() {
		assertThat(placeOf("Crowds gathered outside the British consulate next to Basra airport on Monday."))
			.isEqualTo("iq-basra-international-airport");
	}

	@Test
	void shouldLetTheCityStandInForAConsulateWithoutCoordinates() {
		assertThat(placeOf("Demonstrators hurled petrol bombs at the Turkish consulate in Karbala."))
			.isEqualTo("iq-karbala");
		assertThat(placeOf("Late on Wednesday, crowds in Najaf stormed the Turkish consulate and torched it."))
			.isEqualTo("iq-najaf");
	}

	@Test
	void shouldNotTakeTheSendingCountryOfAConsulateAsThePlace() {
		// Negative: "the Iranian consulate" names who owns it, not where it is.
		assertThat(placeOf("In Karbala, a crowd tried to climb the walls of the Iranian consulate."))
			.isEqualTo("iq-karbala");
	}

	@Test
	void shouldNotGuessAnEmbassyWhenNoCityIsNamed() {
		// Negative: a generic "the embassy" with no place around stays unresolved.
		assertThat(placeOf("Hundreds of men surrounded the embassy on Tuesday.")).isNull();
	}

}
