package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unknown spot the text places between two named places, or in a province on the side
 * of a city, is taken between them rather than at either.
 */
class GeocoderPlacesBetweenTests {

	private final Gazetteer gazetteer = Gazetteer.load();

	private final Geocoder geocoder = new Geocoder(this.gazetteer);

	private Place province(String name) {
		return this.gazetteer.candidates(name)
			.stream()
			.filter((p) -> p.kind() == PlaceKind.PROVINCE)
			.findFirst()
			.orElseThrow();
	}

	private Place city(String name) {
		return this.gazetteer.candidates(name).stream().filter((p) -> !p.kind().isArea()).findFirst().orElseThrow();
	}

	private void assertHalfway(String sentence, Place a, Place b) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place()).as(sentence).isNotNull();
		double half = Distance.km(a, b) / 2;
		assertThat(Distance.km(location.place(), a)).as(sentence).isBetween(half - 1, half + 1);
		assertThat(Distance.km(location.place(), b)).as(sentence).isBetween(half - 1, half + 1);
		assertThat(location.geoPrecision()).isEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Islamic State fighters attacked an army post in al-Mteibija, the rugged area between Salahuddin and Diyala.",
			"Two soldiers were killed in an ambush in the farmland between Salahuddin and Diyala on Friday.",
			"Militants hit a police patrol on the road between Salahuddin and Diyala provinces.",
			"Gunmen raided a village in the desert area between Salahuddin and Diyala overnight.",
			"An IED struck an army vehicle in the orchards that lie between Salahuddin and Diyala.",
			"Jihadists killed three shepherds in the hills between Salahuddin and the Diyala province.",
			"The attack took place in Wadi Kharrar, a remote valley between Salahuddin and Diyala." })
	void shouldTakeAnAreaBetweenTwoProvincesHalfway(String sentence) {
		assertHalfway(sentence, province("Salahuddin"), province("Diyala"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "A roadside bomb hit a convoy on the highway between Samarra and Tikrit on Monday.",
			"Gunmen ambushed a bus on the road between Samarra and Tikrit, killing four.",
			"Militants set up a fake checkpoint somewhere between Samarra and Tikrit." })
	void shouldTakeARoadBetweenTwoTownsHalfway(String sentence) {
		assertHalfway(sentence, city("Samarra"), city("Tikrit"));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"A device exploded next to a convoy near al-Haswa, on the road south of Baghdad in Babil province.",
			"A bomb hit lorries on the highway south of Baghdad in Babil province on Wednesday.",
			"Gunmen attacked a checkpoint 'on the main road south of Baghdad in Babil province', police said." })
	void shouldTakeASideOfAProvinceTowardsACity(String sentence) {
		assertHalfway(sentence, city("Baghdad"), province("Babil"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Talks between Baghdad and Erbil resumed on Monday after a bombing in Kirkuk.",
			"A suicide bomber struck a market in Samarra and Tikrit was put under curfew.",
			"Fighting flared on the border between Iraq and Syria on Friday.",
			"The dispute between Salahuddin and Diyala officials over the road led to a shooting in Samarra." })
	void shouldNotPairPlacesThatDoNotBoundASpot(String sentence) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place()).as(sentence).isNotNull();
		assertThat(location.place().id()).as(sentence).doesNotStartWith("between:");
	}

	@ParameterizedTest
	@ValueSource(strings = { "A bomb exploded 20 km south of Baghdad on Wednesday.",
			"A bomb exploded in Hillah in Babil province on Wednesday.",
			"A bomb exploded south of Hillah in Babil province on Wednesday." })
	void shouldKeepACityOrATownInItsOwnProvince(String sentence) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place()).as(sentence).isNotNull();
		assertThat(location.place().id()).as(sentence).doesNotStartWith("between:");
	}

}
