package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city written as a modifier of whoever spoke ("said a Kirkuk police officer") only
 * places the speaker: it stands in at precision 2 when the text names no other place, and
 * never as the exact place of the event.
 */
class GeocoderSourceModifierTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Islamic State fighters overran the village of Umm Khanzir on Tuesday, a Kirkuk police officer said.|Kirkuk
			Two people died when a bomb exploded in the village of Tel Ward, said a Mosul police colonel.|Mosul
			Gunmen shot dead two brothers in the village of Tal Ali, said a Kirkuk police officer.|Kirkuk
			A bomb killed three soldiers at a farm, a Mosul police colonel told AFP.|Mosul
			Militants torched a school in a nearby hamlet, according to a Tikrit security official.|Tikrit
			Rockets hit the village of Bir Hassan overnight, a Basra health official said.|Basra
			Four shepherds were kidnapped near the border, a Ramadi tribal sheikh told Reuters.|Ramadi
			""")
	void shouldOnlyPlaceTheSpeakerWhenTheCityDescribesTheSource(String sentence, String city) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place().name()).isEqualTo(city);
		assertThat(location.geoPrecision()).isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Gunmen attacked a checkpoint in Hawija, the Kirkuk police chief said.|Hawija
			A car bomb exploded in Tuz Khurmatu, a Kirkuk police officer said.|Tuz Khurmatu
			""")
	void shouldPreferThePlaceOfTheEventOverTheSpeakersCity(String sentence, String town) {
		assertThat(this.geocoder.locate(sentence).place().name()).startsWith(town.substring(0, 3));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			A Kirkuk police officer was shot dead outside his home on Sunday.|Kirkuk
			A roadside bomb wounded four people in Basra, according to a Basra health official.|Basra
			Gunmen attacked a market in Mosul on Friday, police said.|Mosul
			""")
	void shouldKeepTheCityWhereTheEventIsPlacedThere(String sentence, String city) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place().name()).isEqualTo(city);
		assertThat(location.geoPrecision()).isEqualTo(1);
	}

}
