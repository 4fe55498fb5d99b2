package org.conflictdata.incidentmap.geocoding;

import java.util.List;

import org.conflictdata.incidentmap.geocoding.TextTokens.Token;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A road named after a town ("near the Hawija road") runs out of that town, so the event
 * is only somewhere along it: a place named as where the event happened wins, while the
 * town still stands in when nothing else is named.
 */
class GeocoderRoadNameTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldPreferTheFacilityOverTheTownARoadIsNamedAfter() {
		Location location = this.geocoder
			.locate("Two shells fell close to the Hawija road while a third struck the K-1 base.");
		assertThat(location.place().id()).isEqualTo("iq-k1-air-base");
	}

	@Test
	void shouldPreferATownNamedAsThePlaceOverTheRoadsTown() {
		Location location = this.geocoder
			.locate("A bomb went off beside a patrol on the Samarra highway, inside Balad, on Friday.");
		assertThat(location.place().id()).isEqualTo("iq-balad");
	}

	@Test
	void shouldStillUseTheRoadsTownWhenNothingElseIsNamed() {
		Location location = this.geocoder.locate("A roadside bomb hit an army truck on the Tikrit road.");
		assertThat(location.place().id()).isEqualTo("iq-tikrit");
	}

	@Test
	void shouldKeepATownFollowedByOtherWordsAtTheTown() {
		Location location = this.geocoder
			.locate("Shells fell close to the Hawija market while another landed near Kirkuk's roads.");
		assertThat(location.place().id()).isEqualTo("iq-hawija");
	}

	@Test
	void shouldReadOnlyAnAttributiveNameAsARoadName() {
		List<Token> tokens = TextTokens.of("fell close to the Baiji road");
		assertThat(Movements.namesARoad(tokens, 2, 4)).isTrue();
		List<Token> possessive = TextTokens.of("fell close to the Baiji's road");
		assertThat(Movements.namesARoad(possessive, 2, 4)).isFalse();
		List<Token> way = TextTokens.of("fell on the road to Baiji");
		assertThat(Movements.namesARoad(way, 4, 5)).isFalse();
	}

	@Test
	void shouldTakeTheFacilityOfTheContextOverATownAlongAWay() {
		Location location = this.geocoder.locate("Two more fell in open fields close to the Kirkuk road.",
				"Rockets were fired at the K-1 base on Sunday night.");
		assertThat(location.place().id()).isEqualTo("iq-k1-air-base");
	}

	@Test
	void shouldKeepATownAlongAWayWhenTheContextFacilityIsFarAway() {
		Location location = this.geocoder.locate("Two more fell in open fields close to the Hawija road.",
				"Rockets were fired at the K-1 base, some 50 km away, on Sunday night.");
		assertThat(location.place().id()).isEqualTo("iq-hawija");
	}

	@Test
	void shouldKeepATownNamedAsThePlaceOverAFacilityOfTheContext() {
		Location location = this.geocoder.locate("Two more fell in open fields in Hawija.",
				"Rockets were fired at the K-1 base on Sunday night.");
		assertThat(location.place().id()).isEqualTo("iq-hawija");
	}

	@Test
	void shouldPreferATownNearWhichTheEventHappenedOverTheEndsOfADashedHighway() {
		Location location = this.geocoder
			.locate("An IED struck a fuel tanker on the Basra–Amarah highway close to Qurna before dawn.");
		assertThat(location.place().id()).isNotIn("iq-basra", "iq-amarah");
		Location hyphen = this.geocoder
			.locate("Police said a mine blew up under a bus on the Samawah-Kut road near Rifai on Tuesday.");
		assertThat(hyphen.place().id()).isNotIn("iq-samawah", "iq-kut");
		assertThat(hyphen.place().admin1()).isEqualTo("Dhi Qar");
	}

	@Test
	void shouldReadOnlyADashedPairFollowedByARoadNounAsARoadName() {
		List<Token> road = TextTokens.of("on the Basra–Amarah highway");
		assertThat(Movements.namesARoad(road, 0, 2)).isTrue();
		List<Token> twoWords = TextTokens.of("on the Baghdad-Tuz Khurmatu road");
		assertThat(Movements.namesARoad(twoWords, 0, 2)).isTrue();
		List<Token> spaced = TextTokens.of("on the Basra – Amarah highway");
		assertThat(Movements.namesARoad(spaced, 0, 2)).isFalse();
		List<Token> noRoad = TextTokens.of("on the Basra–Amarah front");
		assertThat(Movements.namesARoad(noRoad, 0, 2)).isFalse();
		List<Token> lowercase = TextTokens.of("on the Basra–based highway");
		assertThat(Movements.namesARoad(lowercase, 0, 2)).isFalse();
	}

	@Test
	void shouldStillUseATownOfADashedPairWhenNoRoadFollows() {
		Location location = this.geocoder.locate("Gunmen shot a shopkeeper in Nasiriyah–Kut traffic on Monday.");
		assertThat(location.place().id()).isEqualTo("iq-nasiriyah");
	}

}
