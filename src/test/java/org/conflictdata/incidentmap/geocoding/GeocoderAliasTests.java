package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every spelling the reporting uses for a place resolves to the same gazetteer entry, in
 * sentences from the seed articles and in sentences written for these tests.
 */
class GeocoderAliasTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					iq-al-qaim   | Another Israeli drone attacks struck Sunday, August 25th a PMU convoy near the Iraqi town of al-Qa’im close to the Syrian border.
					iq-al-qaim   | Rockets fell on Al-Qa'im overnight.
					iq-al-qaim   | Militiamen were killed in a strike on al-Qaim, in Anbar.
					iq-al-qaim   | A drone hit a PMF position in al-Qaem late on Sunday.
					iq-al-qaim   | Two fighters died in Qaim after the raid.
					iq-al-qaim   | Clashes erupted in Al Qaim district's main town.
					iq-al-qaim   | Shelling was reported in al-Qaʿim.
					sy-albukamal | In June 2018, an airstrike hit a Kataib Hezbollah headquarters in Albukamal in Syria near the Iraqi border.
					sy-albukamal | Unidentified jets struck depots in Abu Kamal on Monday.
					sy-albukamal | Iranian-backed fighters were hit in al-Bukamal.
					sy-albukamal | A convoy was destroyed in Al Bu Kamal, eastern Syria.
					sy-albukamal | An explosion rocked Bukamal.
					sy-albukamal | Airstrikes targeted Boukamal and its countryside.
					iq-k1-air-base | But on December 27, a Sunday, a salvo of rockets struck the K-1 airbase in Kirkuk and killed an American citizen.
					iq-k1-air-base | The Friday volley of some 30 107mm Katyusha rockets hit the K1 base which houses Iraqi and U.S. troops near Kirkuk, Iraq.
					iq-k1-air-base | More than 30 rockets were fired at K-1 Air Base.
					iq-k1-air-base | A US contractor died at the K-1 military base northwest of Kirkuk.
					iq-k1-air-base | Rockets struck the Kirkuk air base on Friday.
					iq-amerli    | Attacks began on July 19 when a Israeli drone dropped explosives onto a PMU, a Fatah Alliance group, base near the town of Amerli, in Salahuddin Province, killing at least one resistance fighter and injuring four others.
					iq-amerli    | A drone dropped explosives on a PMU base in Amirli.
					iq-amerli    | The Turkmen town of Amerli was shelled.
					iq-amerli    | Gunmen opened fire on a checkpoint at the entrance of Emirli overnight.
					iq-qaladze   | Two fighters died when their car was hit in Qala Diza on Friday.
					iq-qaladze   | A Turkish drone targeted a house in Qaladiza, the district's main town.
					iq-green-zone | By December 31 crowds of men carrying yellow flags entered the Green Zone.
					iq-green-zone | Two Katyusha rockets landed in Baghdad's International Zone.
					iq-green-zone | A rocket fell inside the International Zone late on Tuesday.
					iq-baghdad-international-airport | A day later the US retaliated against Al-Muhandis while he was leaving Baghdad International Airport in a convoy.
					iq-baghdad-international-airport | Three rockets hit Baghdad airport overnight.
					iq-baghdad-international-airport | The drone strike at Baghdad’s international airport killed two commanders.
					iq-baghdad-international-airport | Rockets struck near BIAP, wounding two contractors.
					iq-al-asad-air-base | American military vehicles at Al Asad Air Base in Iraq in January.
					iq-al-asad-air-base | Iran fired ballistic missiles at Ain al-Asad air base.
					iq-al-asad-air-base | Ten rockets hit Ayn al-Asad airbase in Anbar.
					iq-camp-taji | injured more than a dozen others at an Iraqi army base, Camp Taji, north of Baghdad.
					iq-camp-taji | Katyushas slammed into the Taji base on Saturday.
					iq-balad-air-base | Three rockets landed inside Balad airbase.
					iq-qayyarah-west | Rockets targeted the Qayyarah air base south of Mosul.
					iq-qayyarah-west | Troops at Q-West came under fire.
					sy-deir-ez-zor | Fighting broke out in Deir al-Zour.
					sy-deir-ez-zor | Fighting broke out in Deir ez-Zor city.
					sy-deir-ez-zor | Fighting broke out in Deir Ezzor.
					sy-t4-air-base | Israeli jets struck the T-4 airbase in Homs province.
					sy-t4-air-base | Missiles hit the Tiyas air base.
					sy-al-tanf-garrison | Drones attacked the US base at Tanf.
					sy-al-tanf-garrison | A drone was shot down near the al-Tanf garrison.
					iq-fallujah  | A car bomb exploded in Falluja.
					iq-sulaymaniyah | A drone strike hit a car in Sulaimaniyah.
					iq-salahuddin | Fighting spread across Salah al-Din province.
					iq-kirkuk-province | Attacks continued in Kirkuk Governorate.
					""")
	void shouldResolveEverySpellingToTheSamePlace(String id, String sentence) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place()).as(location.explanation()).isNotNull();
		assertThat(location.place().id()).as(location.explanation()).isEqualTo(id);
	}

}
