package org.conflictdata.incidentmap.geocoding;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Targets shared out among places by counts ("three in Iraq, near al-Qa'im, and two in
 * Syria, near Albukamal", "one in Hit and another near Ramadi") give one location per
 * group; one group, groups without a town, and counts of time or distance give none.
 */
class TargetGroupsTests {

	private static final Geocoder GEOCODER = new Geocoder(Gazetteer.load());

	private static List<String> ids(String sentence, String phrase) {
		return TargetGroups.after(GEOCODER, sentence, phrase).stream().map((l) -> l.place().id()).toList();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Warplanes struck six positions: four in Iraq, close to the town of Hit, and two across the frontier in Syria, near Albukamal. | struck | iq-hit,sy-albukamal
					Drones hit two vehicles, one in Tikrit and another near Samarra, on Monday night. | hit | iq-tikrit,iq-samarra
					Rockets landed in two places, one near Camp Taji and the other in Fallujah. | landed | iq-camp-taji,iq-fallujah
					The coalition said it bombed eight targets; five near Mayadin and three outside Albukamal. | bombed | sy-mayadin,sy-albukamal
					Aircraft pounded militant hideouts, two in the Makhmour area and three more near Hawija. | pounded | iq-makhmour,iq-hawija
					Jets carried out four raids: three around Tal Tamr and one near Ras al-Ain. | raids | sy-tal-tamr,sy-ras-al-ain
					Gunmen attacked two checkpoints, one of them in Tikrit and the other outside Samarra. | attacked | iq-tikrit,iq-samarra
					Roadside bombs struck three patrols, two near Ramadi and a third on the outskirts of Fallujah, killing one soldier. | struck | iq-ramadi,iq-fallujah
					Mortar rounds fell on army posts, one at Qayyarah and others near Makhmour. | fell | iq-qayyarah,iq-makhmour
					Strikes destroyed 12 depots, 7 near Mayadin and 5 around Albukamal. | destroyed | sy-mayadin,sy-albukamal
					Artillery shelled villages, two near Tal Tamr while another in Ras al-Ain was also hit. | shelled | sy-tal-tamr,sy-ras-al-ain
					Explosions hit two markets, one in Hit and the other in Ramadi. | hit | iq-hit,iq-ramadi
					Airstrikes struck five sites used by the group: three in Iraq around Jurf al-Sakhar and two in Syria near Albukamal. | struck | iq-jurf-al-sakhar,sy-albukamal
					""")
	void shouldGiveOnePlacePerGroupOfTargets(String sentence, String phrase, String expected) {
		assertThat(ids(sentence, phrase)).containsExactly(expected.split(","));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Warplanes struck two sites, one in Iraq and one in Syria. | struck
			Drones hit two vehicles near Tikrit, killing three. | hit
			Gunmen attacked a checkpoint in Tikrit two days after one in Samarra was burned. | attacked
			Rockets hit Camp Taji for two hours on Monday and three hours on Tuesday. | hit
			Militants attacked a village 20 km from Hawija and 30 km from Kirkuk. | attacked
			Bombs exploded on 12 January in Ramadi and 14 January in Fallujah. | exploded
			Two rockets struck Hit, one of which landed in a field. | struck
			Strikes hit three sites in Syria, near Albukamal. | hit
			The attack killed two soldiers and wounded three in Samarra. | attack
			The shelling of Tal Tamr continued. Two were wounded in Ras al-Ain and one near Mayadin. | shelling
			""")
	void shouldGiveNothingWithoutTwoPlacedGroups(String sentence, String phrase) {
		assertThat(ids(sentence, phrase)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			NULL | struck
			Jets struck two sites, one in Hit and one in Ramadi. | NULL
			Jets struck two sites, one in Hit and one in Ramadi. | bombed
			""")
	void shouldGiveNothingForMissingInput(String sentence, String phrase) {
		assertThat(ids(sentence, phrase)).isEmpty();
	}

}
