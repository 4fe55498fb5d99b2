package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "from the direction of X" names where a force came from and "in the direction of X"
 * where it went; neither is where the event happened, in the sentence or in the context
 * of a sentence that names no place. A facility named by its town ("the Baiji refinery")
 * is at that town.
 */
class GeocoderDirectionPhraseTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldNotPlaceAnAttackAtTheTownItCameFrom() {
		Location location = this.geocoder
			.locate("Militants stormed a police post in Amerli after driving in from the direction of Kirkuk.");
		assertThat(location.place().id()).isEqualTo("iq-amerli");
	}

	@Test
	void shouldNotTakeAnOriginOfTheContextForASentenceWithoutPlace() {
		Location location = this.geocoder.locate("Aircraft then bombed positions around the town.",
				"Army units pushed forward overnight from the direction of Tuz Khurmatu.");
		assertThat(location.place()).isNull();
	}

	@Test
	void shouldStillTakeAnEventPlaceOfTheContext() {
		Location location = this.geocoder.locate("Aircraft then bombed positions around the town.",
				"Army units pushed into Amerli overnight from the direction of Tuz Khurmatu.");
		assertThat(location.place().id()).isEqualTo("iq-amerli");
		assertThat(location.explanation()).startsWith(Geocoder.FROM_CONTEXT);
	}

	@Test
	void shouldReadADirectionOfTravelAsADestination() {
		Location location = this.geocoder
			.locate("A convoy was ambushed near Tikrit while heading in the direction of Baiji.");
		assertThat(location.place().id()).isEqualTo("iq-tikrit");
	}

	@Test
	void shouldKeepAPlaceNamedByACompassDirection() {
		// Not a "direction of" phrase: "north of" still locates near the town.
		Location location = this.geocoder.locate("Gunmen attacked a checkpoint north of Baiji.");
		assertThat(location.place().id()).isEqualTo("iq-baiji");
	}

	@Test
	void shouldPlaceARefineryNamedByItsTownAtThatTown() {
		Location location = this.geocoder
			.locate("South of Mosul, gunmen surrounded the Baiji refinery and fired mortars at its gate.");
		assertThat(location.place().id()).isEqualTo("iq-baiji");
	}

	@Test
	void shouldPlaceAnEventOnTheRoadToATownNearItNotAtIt() {
		Location location = this.geocoder
			.locate("Troops retook Amerli, a farming town on the road to Tuz Khurmatu, on Monday.");
		assertThat(location.place().id()).isEqualTo("iq-amerli");
		Location roadOnly = this.geocoder.locate("Gunmen attacked a village on the road to Tuz Khurmatu.");
		assertThat(roadOnly.place().id()).isEqualTo("iq-tuz-khurmatu");
		assertThat(roadOnly.explanation()).contains("near, not at");
	}

	@Test
	void shouldKeepAPlaceReachedByARoadWithoutMovement() {
		// "close to" is nearness, not the way a road leads.
		assertThat(this.geocoder.locate("A roadside bomb hit a patrol close to Tuz Khurmatu.").place().id())
			.isEqualTo("iq-tuz-khurmatu");
	}

}
