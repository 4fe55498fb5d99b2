package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kurdish Latin spellings as Kurdish outlets write them: the cedilla letters read as sh
 * and ch (Şingal is Shingal), the circumflex vowels folded, and the Kurdish names of the
 * Region's cities and governorates known as aliases. Sentences written for this test.
 */
class GazetteerKurdishSpellingsTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Two fighters were killed on the road between Sitek and the city of Silêmanî on Monday.   | iq-sulaymaniyah
					A drone struck a pickup truck on the outskirts of Slêmanî late on Friday.                   | iq-sulaymaniyah
					Security forces fired tear gas at teachers marching in Silemani.                          | iq-sulaymaniyah
					An explosion damaged a house in Hewlêr on Thursday night.                                   | iq-erbil
					Two policemen were wounded when gunmen opened fire on a patrol in Kerkûk.                    | iq-kirkuk
					A Turkish drone hit a car in Şingal, killing three people.                                  | iq-sinjar
					Airstrikes were reported in Şengal overnight.                                               | iq-sinjar
					Turkish jets bombed the hills around Mexmûr on Wednesday.                                   | iq-makhmour
					A rocket fell near a checkpoint in Mûsil on Sunday.                                         | iq-mosul
					A bomb went off in a market in Bexda, wounding four.                                        | iq-baghdad
					Residents of Akrê said shells landed near the town.                                         | iq-akre
					A drone attack was reported near Rewandiz.                                                  | iq-rawanduz
					Protesters gathered in front of the municipality in Koyê.                                   | iq-koya
					Clashes broke out in Duz Xurmatû after the vote.                                            | iq-tuz-khurmatu
					""")
	void kurdishSpellingFindsThePlace(String sentence, String id) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place()).as(sentence).isNotNull();
		assertThat(location.place().id()).isEqualTo(id);
	}

	@Test
	void cedillaReadsTheKurdishWayButPlainSpellingsStillMatch() {
		assertThat(PlaceNames.kurdishReading("Şingal")).isEqualTo("Shingal");
		assertThat(PlaceNames.kurdishReading("Çemçemal")).isEqualTo("Chemchemal");
		assertThat(PlaceNames.kurdishReading("Sinjar")).isEqualTo("Sinjar");
		assertThat(PlaceNames.kurdishReading(null)).isNull();
		// A name the gazetteer spells with ş is still found when news writes plain s.
		Gazetteer gazetteer = Gazetteer.load();
		assertThat(gazetteer.byKey(PlaceNames.key("Shingal"))).isNotEmpty();
		assertThat(gazetteer.byKey(PlaceNames.key(PlaceNames.kurdishReading("Şingal")))).isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Officials said the talks would continue next week.
			The singer Musa performed on Saturday evening.
			""")
	void noPlaceWhereNoneIsNamed(String sentence) {
		assertThat(this.geocoder.locate(sentence).place()).as(sentence).isNull();
	}

}
