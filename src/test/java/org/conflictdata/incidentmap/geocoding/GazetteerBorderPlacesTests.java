package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Towns of the Kurdistan Region's border districts and of the Euphrates valley that
 * reporting names, as the geocoder reads them in sentences written for this test.
 */
class GazetteerBorderPlacesTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Turkish troops shelled the hills around Deraluk overnight.                                | iq-deraluk
			Fighters attacked an army post near the village of Deralok, in Amedi district.           | iq-deraluk
			A roadside bomb went off in Dêrelûk on Monday.                                            | iq-deraluk
			Gunmen on a motorcycle shot dead a teacher in Gharanij on Thursday.                       | sy-gharanij
			A council member of Ghranij, east of the Euphrates, was killed by unknown gunmen.         | sy-gharanij
			Raids were carried out in al-Gharanij and nearby villages of Deir ez-Zor province.        | sy-gharanij
			Two drones flew towards the coalition base at Rmeilan late on Wednesday.                  | sy-rmelan
			An oil tanker burned on the road from Qamishli to Rumeilan.                               | sy-rmelan
			Kurdish police arrested two men in Rmelan, east of Qamishli.                              | sy-rmelan
			Artillery hit orchards in the Kani Masi sub-district of Amedi, in Duhok province.         | geonames:94911
			A drone struck a car on the road out of Batifa.                                            | geonames:97825
			""")
	void shouldResolveTheTownTheSentenceNames(String sentence, String id) {
		assertThat(this.geocoder.locate(sentence).place().id()).isEqualTo(id);
	}

	@Test
	void shouldKeepTheDistrictSeatWhenOnlyTheDistrictIsNamed() {
		// Amedi district is not Deraluk: a sentence naming only the district stays at
		// its seat.
		Location location = this.geocoder.locate("Fighters attacked an army post in Amedi district.");
		assertThat(location.place().id()).isNotEqualTo("iq-deraluk");
	}

	@Test
	void shouldNotReadGharanijIntoOtherWords() {
		assertThat(Gazetteer.load().candidates("Ghana")).extracting(Place::id).doesNotContain("sy-gharanij");
		Location location = this.geocoder.locate("Gunmen shot dead a council member in Hajin on Thursday.");
		assertThat(location.place().id()).isNotEqualTo("sy-gharanij");
	}

	@Test
	void shouldNotReadTheEnglishArticleAsPartOfAProvinceName() {
		// "The car" folds like "Thi Qar".
		Location car = this.geocoder.locate("The car was hit by a drone on Tuesday, killing the two men inside.");
		assertThat(car.place()).isNull();
		assertThat(this.geocoder.locate("Thi Qar police said two protesters were wounded.").place().id())
			.isEqualTo("iq-dhi-qar");
		assertThat(this.geocoder.locate("Protesters gathered in Dhi Qar on Friday.").place().id())
			.isEqualTo("iq-dhi-qar");
	}

	@Test
	void shouldMeasureFromATownIntroducedAsTheTownOf() {
		Location location = this.geocoder
			.locate("Militants entered a village about 20 km north-east of the town of Makhmour and opened fire.");
		assertThat(location.place().id()).isEqualTo("iq-makhmour");
		assertThat(location.precision()).startsWith("about 20 km north-east of");
		Place makhmour = Gazetteer.load().byId("iq-makhmour").orElseThrow();
		assertThat(Distance.km(makhmour.longitude(), makhmour.latitude(), location.place().longitude(),
				location.place().latitude()))
			.isCloseTo(20.0, org.assertj.core.api.Assertions.within(0.5));
		// Without a distance and a bearing, "the town of" is just the town.
		Location plain = this.geocoder.locate("Residents of the town of Makhmour protested on Saturday.");
		assertThat(plain.place().longitude()).isEqualTo(makhmour.longitude());
	}

}
