package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence that reports two events: the place in the clause of the event's trigger wins
 * over the place of the other event, and without a usable trigger the sentence is read as
 * a whole.
 */
class GeocoderTriggerClauseTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	private static final String TWO_EVENTS = "The strikes on Shingal came days after a drone hit a car near Makhmour.";

	@Test
	void shouldTakeThePlaceOfTheTriggersClause() {
		Location location = this.geocoder.locate(TWO_EVENTS, null, "drone hit");
		assertThat(location.place().id()).isEqualTo("iq-makhmour");
		assertThat(location.explanation()).startsWith("in the clause of the trigger 'drone hit'");
	}

	@Test
	void shouldTakeTheOtherClauseForTheOtherTrigger() {
		assertThat(this.geocoder.locate(TWO_EVENTS, null, "strikes").place().id()).isEqualTo("iq-sinjar");
	}

	@Test
	void shouldReadTheWholeSentenceWithoutATriggerItHolds() {
		Location whole = this.geocoder.locate(TWO_EVENTS, null);
		assertThat(this.geocoder.locate(TWO_EVENTS, null, null)).isEqualTo(whole);
		assertThat(this.geocoder.locate(TWO_EVENTS, null, "rockets")).isEqualTo(whole);
	}

	@Test
	void shouldFallBackToTheSentenceWhenTheTriggersClauseNamesNoPlace() {
		Location location = this.geocoder.locate("Gunmen killed two soldiers in Tikrit after midnight.", null,
				"Gunmen killed");
		assertThat(location.place().id()).isEqualTo("iq-tikrit");
		Location fallback = this.geocoder.locate("In Tikrit, tension rose after gunmen killed two soldiers.", null,
				"gunmen killed");
		assertThat(fallback.place().id()).isEqualTo("iq-tikrit");
	}

	@Test
	void shouldKeepAnAppositionInsideTheTriggersClause() {
		Location location = this.geocoder.locate(
				"Talks stalled in Baghdad while militants shot two farmers in Tarmiyah, just north of Baghdad.", null,
				"militants shot");
		assertThat(location.place().id()).isEqualTo("iq-tarmiyah");
	}

}
