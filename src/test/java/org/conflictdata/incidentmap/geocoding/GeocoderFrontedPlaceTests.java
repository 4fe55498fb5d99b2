package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A place with an Arabic article that opens the sentence after a capitalised preposition
 * ("In al-Shatra, ...") is a place, not a family name after a given name; a sentence
 * opened by "From" and a place then a colon heads a report from that place. People's
 * names with the same words stay names.
 */
class GeocoderFrontedPlaceTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					From al-Shatra, about 40 km north of Nasiriyah: angry young men set fire to an office. | Dhi Qar  | Ash Shaţrah
					From al-Shatra: residents say police fired into the air to disperse a crowd.          | Dhi Qar  | Ash Shaţrah
					In al-Shatra, gunmen killed a tribal leader on Monday.                                | Dhi Qar  | Ash Shaţrah
					In as-Suwayrah, a roadside bomb wounded two policemen.                                | Wasit    | Aş Şuwayrah
					Near al-Musaiyib, a roadside bomb struck an army patrol.                              | Babil    | Musayyib
					Outside al-Mahmoudiyeh, gunmen ambushed a convoy.                                     | Baghdad  | Al Maḩmūdīyah
					Across al-Diwaniyeh, protesters burned party offices.                                 | Qadisiyah | Diwaniyah
					In al-Khales, a mortar round hit a house.                                             | Diyala   | Khāliş
					Around as-Salamiyeh, clashes continued for a third day.                               | Hama     | As Salamīyah
					Two people were killed in the town of Shatrah in Dhi Qar.                             | Dhi Qar  | Ash Shaţrah
							""")
	void shouldPlaceTheNamedTown(String sentence, String province, String name) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place().name()).isEqualTo(name);
		assertThat(location.place().admin1()).isEqualTo(province);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Hamza al-Shatri was killed in Baghdad on Monday.                  | Baghdad
			Ali al-Shatra, a tribal leader, was shot dead in Basra.           | Basra
			Said al-Musayyib, a lawyer, was arrested in Karbala.              | Karbala
			Minister Ahmed al-Khalisi was attacked in Baghdad.                | Baghdad
			A drone killed Qassem Suleimani at Baghdad airport.               | Baghdad International Airport
			From Syria, the group sent fighters into Iraq near Sinjar.        | Sinjar
			From al-Shatra, the marchers walked to Nasiriyah on Friday.       | Nasiriyah
			""")
	void shouldKeepNamesAndOriginsApart(String sentence, String name) {
		assertThat(this.geocoder.locate(sentence).place().name()).isEqualTo(name);
	}

}
