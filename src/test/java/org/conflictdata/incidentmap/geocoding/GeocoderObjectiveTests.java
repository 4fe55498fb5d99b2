package org.conflictdata.incidentmap.geocoding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place defended, threatened or advanced on is the aim, not where the fighting was: a
 * nearer place the sentence names wins, and the aim stands in only when nothing else is
 * named.
 */
class GeocoderObjectiveTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					A roadside bomb hit an army convoy advancing on Mosul near Qayyarah on Sunday.                  | Qayyarah
					Troops closing in on Mosul came under mortar fire outside Bartella.                             | Bartella
					Kurdish forces defending Kirkuk repelled an attack on their positions in Hawija.                | Hawija
					Militants threatening Baghdad seized a bridge in Tarmiyah overnight.                            | Tarmiyah
					An air strike hit Tabqa during the offensive to retake Raqqa.                                    | Tabqa
					During the push to recapture Tikrit, a suicide bomber struck a checkpoint in Samarra.            | Samarra
					The battle to liberate Mosul opened with artillery fire on villages around Qayyarah.             | Qayyarah
					Peshmerga units protecting Erbil fought off an assault near Makhmour.                            | Makhmour
					Government troops marching on Fallujah were ambushed outside Ramadi.                             | Ramadi
					A car bomb exploded in Tuz Khurmatu on the road to Kirkuk, killing four.                         | Tuz Khurmatu
					Gunmen attacked a police post in Baiji on the highway to Mosul.                                  | Baiji
					Rebels pushing toward Hama clashed with the army in Morek.                                      | Mūrak
					Insurgents converging on Aleppo shelled the town of al-Safira.                                  | As Safīrah
					The militia, which is besieging Deir ez-Zor, lost five fighters in a clash near Mayadin.        | Mayadin
					Soldiers sent to defend the city of Ramadi were killed by a bomb in Habbaniyah.                  | Habbaniyah
					In Hit, a sniper shot two volunteers who had joined the drive on Ramadi.                         | Hit
					""")
	void nearerPlaceWinsOverTheAim(String sentence, String place) {
		assertThat(this.geocoder.locate(sentence).place().name()).isEqualToIgnoringCase(place);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Militants shelled Kurdish forces defending Erbil on Friday.                        | Erbil
			Islamic State fighters attacked Kurdish forces defending Erbil in northern Iraq.   | Erbil
			A roadside bomb struck a convoy on the road to Kirkuk.                             | Kirkuk
			Troops advancing on Mosul came under heavy fire.                                   | Mosul
			""")
	void theAimStandsInWhenNothingNearerIsNamed(String sentence, String place) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place().name()).isEqualTo(place);
		assertThat(location.precision()).contains("the aim of");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Iraqi forces retook Ramadi from Islamic State on Monday.                             | Ramadi
			Militants threatened to attack Kirkuk after shelling Daquq.                          | Kirkuk
			Troops advanced into Mosul from Qayyarah.                                            | Mosul
			A car bomb exploded in Baghdad, where militants had threatened more attacks.         | Baghdad
			Islamic State attacked Erbil airport on Friday.                                      | Erbil
			Forces that recaptured Tikrit were shelled there on Tuesday.                         | Tikrit
			""")
	void placesAtWhichTheEventHappenedAreNoAims(String sentence, String place) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place().name()).startsWith(place);
		assertThat(location.precision()).doesNotContain("the aim of");
	}

}
