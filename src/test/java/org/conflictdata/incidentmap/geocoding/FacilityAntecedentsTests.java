package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "the airport", "the base" with no name of their own refer back to the facility of that
 * kind the article named shortly before, and then win over a town the sentence names only
 * along a road or as a bearing.
 */
class FacilityAntecedentsTests {

	private static final Gazetteer GAZETTEER = Gazetteer.load();

	private final FacilityAntecedents antecedents = new FacilityAntecedents(new Geocoder(GAZETTEER));

	private Location locate(String sentence, String earlier) {
		return this.antecedents.locate(sentence, sentence, null, earlier);
	}

	@Test
	void shouldReadTheAirportAsTheOneNamedEarlierOverTheTownOfARoad() {
		String earlier = "Blasts were heard on Tuesday night around Erbil International Airport.\n\n"
				+ "Officials said flights had been suspended.";
		Location location = locate("Two rockets came down by the airport fence, not far from the Kasnazan road.",
				earlier);
		assertThat(location.place().id()).isEqualTo("iq-erbil-international-airport");
		assertThat(location.explanation()).contains("named earlier");
	}

	@Test
	void shouldReadTheAirportAsTheOneNamedEarlierWhenTheSentenceNamesNoPlace() {
		Location location = locate("Shrapnel was later found on the runway of the airport.",
				"A drone was shot down over Erbil International Airport late on Monday.");
		assertThat(location.place().id()).isEqualTo("iq-erbil-international-airport");
	}

	@Test
	void shouldReadTheBaseAsTheBaseNamedInTheTitle() {
		Location location = locate("Three rockets struck the base shortly after midnight.",
				"Rockets hit Camp Taji north of Baghdad\n\nThe attack came days after another.");
		assertThat(location.place().id()).isEqualTo("iq-camp-taji");
	}

	@Test
	void shouldLeaveAnUnnamedAirportUnresolvedWhenTheArticleNamesNone() {
		Location location = locate("A rocket struck the airport on Tuesday.",
				"Protesters gathered again on Sunday, organisers said.");
		assertThat(location.isResolved()).isFalse();
	}

	@Test
	void shouldNotTakeAFacilityOfAnotherKind() {
		Location location = locate("A rocket struck the airport on Tuesday.",
				"Rockets were fired at Camp Taji a week ago.");
		assertThat(location.isResolved()).isFalse();
		Location embassy = locate("Sirens sounded inside the embassy.",
				"Flights left Erbil International Airport as usual.");
		assertThat(embassy.isResolved()).isFalse();
	}

	@Test
	void shouldKeepATownTheSentencePutsTheIncidentIn() {
		Location location = locate("A mortar round later hit a house in Balad, far from the base.",
				"Katyusha rockets were fired at Balad Air Base on Monday.");
		assertThat(location.place().id()).isEqualTo("iq-balad");
	}

	@Test
	void shouldIgnoreAFacilityNamedTooFarBack() {
		String earlier = "Rockets were fired at Camp Taji a week ago.\n\n"
				+ "Other news followed. ".repeat(FacilityAntecedents.LOOK_BACK_CHARS / 10);
		Location location = locate("A rocket struck the base on Tuesday.", earlier);
		assertThat(location.isResolved()).isFalse();
	}

	@Test
	void shouldKeepAFacilityTheSentenceNamesItself() {
		Location location = locate("A rocket struck the airport of Baghdad on Tuesday.",
				"Flights left Erbil International Airport as usual.");
		assertThat(location.place().id()).isEqualTo("iq-baghdad-international-airport");
	}

	@Test
	void shouldMatchANounOnlyToFacilitiesOfItsKind() {
		Place dam = GAZETTEER.places().stream().filter((p) -> p.name().equals("Mosul Dam")).findFirst().orElseThrow();
		Place taji = GAZETTEER.places().stream().filter((p) -> p.id().equals("iq-camp-taji")).findFirst().orElseThrow();
		assertThat(FacilityAntecedents.ofKind(taji, "camp")).isTrue();
		assertThat(FacilityAntecedents.ofKind(taji, "base")).isTrue();
		assertThat(FacilityAntecedents.ofKind(taji, "airport")).isFalse();
		assertThat(FacilityAntecedents.ofKind(taji, "dam")).isFalse();
		assertThat(FacilityAntecedents.ofKind(dam, "camp")).isFalse();
	}

	@Test
	void shouldLookBackOverTheTitleAndTheTextBeforeTheSentenceOnly() {
		String text = "Drones hit the airport. Later a rocket fell.";

		assertThat(FacilityAntecedents.lookBack("Rockets on Erbil", text, 24))
			.isEqualTo("Rockets on Erbil\n\nDrones hit the airport. ");
		assertThat(FacilityAntecedents.lookBack(null, null, 10)).isEqualTo("\n\n");
	}

	@Test
	void shouldKeepOnlyTheLastStretchOfALongArticle() {
		String text = "x".repeat(10_000) + "the end";

		String back = FacilityAntecedents.lookBack("A title", text, 10_000);

		assertThat(back).hasSize(FacilityAntecedents.LOOK_BACK_CHARS).doesNotContain("title").doesNotContain("end");
	}

	@Test
	void shouldPlaceASentenceWithNoPlaceInTheFacilityTheSentenceBeforeReached() {
		String sentence = "Youths broke the gate and burned a guard hut.";
		String context = "Marchers arrived at the embassy at noon. " + sentence;
		Location location = this.antecedents.locate(sentence, context, null,
				"Crowd storms US embassy in Baghdad\n\nMarchers arrived at the embassy at noon. ");
		assertThat(location.place().id()).isEqualTo("iq-us-embassy-baghdad");
	}

	@Test
	void shouldNotBorrowAFacilityFromTheSentenceBeforeWhenTheSentenceNamesAPlace() {
		String sentence = "Youths later burned tyres in Kirkuk.";
		Location location = this.antecedents.locate(sentence, "Marchers arrived at the embassy. " + sentence, null,
				"Crowd storms US embassy in Baghdad\n\nMarchers arrived at the embassy. ");
		assertThat(location.place().id()).isEqualTo("iq-kirkuk");
	}

	@Test
	void shouldReadTheBaseMeasuredFromACityAsTheBaseNamedBefore() {
		Location location = locate("Six rockets hit the base, some 80 km north of Baghdad, on Sunday night.",
				"Salahuddin: Balad air base.");
		assertThat(location.place().id()).isEqualTo("iq-balad-air-base");
	}

	@Test
	void shouldKeepTheMeasuredPointWhenTheBaseNamedBeforeLiesElsewhere() {
		Location location = locate("Six rockets hit the base, some 80 km south of Baghdad, on Sunday night.",
				"Salahuddin: Balad air base.");
		assertThat(location.place().id()).isEqualTo("iq-baghdad");
	}

}
