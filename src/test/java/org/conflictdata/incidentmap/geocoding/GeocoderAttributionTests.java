package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country that owns a named force or office ("Iran's Quds Force") or that a crowd
 * rejects ("no to America, no to Iran") is not where the incident happened.
 */
class GeocoderAttributionTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldNotPlaceAStrikeInTheCountryThatOwnsANamedForce() {
		Location location = this.geocoder
			.locate("A drone hit a car on a desert road, killing an officer of Iran's Quds Force and two aides.");
		assertThat(location.isResolved()).isFalse();
	}

	@Test
	void shouldReadACountryBeforeAMinisterAsItsOwner() {
		Location location = this.geocoder
			.locate("Shelling hit Zakho on Monday, days after Turkey's Foreign Minister visited the region.");
		assertThat(location.place().id()).isEqualTo("iq-zakho");
	}

	@Test
	void shouldStillLetAPossessiveCountryLocateTheProvinceAfterIt() {
		Location location = this.geocoder.locate("A car bomb went off in Syria's Hasakah province on Friday.");
		assertThat(location.place().country()).isEqualTo("Syria");
		assertThat(location.place().kind()).isNotEqualTo(PlaceKind.COUNTRY);
	}

	@Test
	void shouldNotPlaceARallyInTheCountriesItRejects() {
		Location location = this.geocoder
			.locate("Students held a sit-in in Tahrir Square on Friday, rejecting both Turkey and Iran.");
		assertThat(location.place().id()).isEqualTo("iq-tahrir-square");
	}

	@Test
	void shouldNotPlaceAMarchInTheCountriesOfItsSlogans() {
		Location location = this.geocoder
			.locate("Marchers in Nasiriyah shouted \"No to Israel, no to Iran\" as they walked to the square.");
		assertThat(location.place().id()).isEqualTo("iq-nasiriyah");
		Location down = this.geocoder.locate("The crowd cried down with Iran outside the offices.");
		assertThat(down.isResolved()).isFalse();
	}

	@Test
	void shouldKeepACountryNamedAsWhereTheCrowdStands() {
		Location location = this.geocoder.locate("Crowds who rejected the deal marched in Lebanon on Sunday.");
		assertThat(location.place().id()).isEqualTo("lb");
	}

}
