package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A capital named as the subject of a denial, a statement or a diplomatic act stands for
 * its government; the event stays at the place the clause reports.
 */
class GeocoderGovernmentNameTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldNotPlaceTheEventAtACapitalThatDeniedItAfterAConjunction() {
		Location location = this.geocoder
			.locate("Artillery hit a picnic spot outside Zakho, and Tehran denied that its forces had fired.");
		assertThat(location.place().id()).isEqualTo("iq-zakho");
	}

	@Test
	void shouldNotPlaceTheEventAtACapitalPromptedToRecallItsAmbassador() {
		Location location = this.geocoder
			.locate("Missiles fell on a farm near Zakho, prompting Damascus to recall its ambassador on Monday.");
		assertThat(location.place().id()).isEqualTo("iq-zakho");
	}

	@Test
	void shouldStillPlaceTheEventAtACapitalAfterALocativePreposition() {
		Location location = this.geocoder.locate("A car bomb exploded in Damascus and killed four people.");
		assertThat(location.place().id()).isEqualTo("sy-damascus");
	}

	@Test
	void shouldStillPlaceTheEventAtACityThatIsTheObjectOfAnAttackVerb() {
		Location location = this.geocoder.locate("Drones attacked Tehran while officials said little.");
		assertThat(location.place().id()).isEqualTo("ir-tehran");
	}

	@Test
	void shouldKeepACapitalThatGoesToAPlaceRatherThanActs() {
		Location location = this.geocoder.locate("Protesters marched in Damascus, prompting calls to close shops.");
		assertThat(location.place().id()).isEqualTo("sy-damascus");
	}

	@Test
	void shouldReadTheDirectSpeakerOfAStatementAsAnActorOnlyWhenItOpensAClause() {
		Location location = this.geocoder.locate("Fighting near Tehran, officials said, lasted all night.");
		assertThat(location.place().id()).isEqualTo("ir-tehran");
	}

	@Test
	void shouldNotPlaceTheEventAtTheTownWhoseDirectorateCountedTheWounded() {
		Location location = this.geocoder.locate(
				"Shells landed near Sinjar, wounding five farmers, according to the " + "Dohuk health directorate.");
		assertThat(location.place().id()).isEqualTo("iq-sinjar");
	}

	@Test
	void shouldNotPlaceTheEventAtTheCityWhoseCouncilSpoke() {
		Location location = this.geocoder
			.locate("The Kirkuk provincial council said a roadside bomb had killed two soldiers near Sinjar.");
		assertThat(location.place().id()).isEqualTo("iq-sinjar");
	}

	@Test
	void shouldStillPlaceTheEventAtACouncilThatWasStruck() {
		Location location = this.geocoder.locate("A rocket struck the Kirkuk provincial council on Sunday night.");
		assertThat(location.place().id()).isEqualTo("iq-kirkuk");
	}

	@Test
	void shouldStillPlaceTheEventInAProvinceNamedWithItsNoun() {
		Location location = this.geocoder.locate("Two shepherds were killed by a mine in Dohuk governorate.");
		assertThat(location.place().id()).isIn("iq-dohuk-province", "iq-dohuk");
	}

}
