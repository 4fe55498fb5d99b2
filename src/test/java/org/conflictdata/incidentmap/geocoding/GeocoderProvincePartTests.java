package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A compass part or the countryside of a name shared by a city and its province is the
 * province; a capital's compass part, a bare name and a name told with "near" are not.
 */
class GeocoderProvincePartTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Government aircraft bombed the village of Balyun, in the Jabal al-Zawiya area of southern Idlib, killing five people.|sy-idlib-governorate
					Shelling killed four children in a hamlet in the Idlib countryside on Monday.|sy-idlib-governorate
					Regime helicopters dropped barrel bombs on villages in rural Hama, activists said.|sy-hama-governorate
					Clashes erupted in eastern Deir ez-Zor between tribal fighters and the SDF.|sy-deir-ez-zor-governorate
					Turkish-backed rebels shelled positions in northern Aleppo overnight.|sy-aleppo-governorate
					Gunmen killed two shepherds in southern Kirkuk on Wednesday.|iq-kirkuk-province
					A bomb exploded near a mosque in northern Basra, wounding ten people.|iq-basra-province
					Fighting raged in the countryside of Hama for a third day.|sy-hama-governorate
					Rockets fell on a village in the southern Idlib countryside.|sy-idlib-governorate
					Airstrikes pounded rebel-held areas of eastern Hama on Friday.|sy-hama-governorate
					Jets struck a bakery in a village of north-western Idlib, killing nine.|sy-idlib-governorate
					Unidentified gunmen shot dead a mukhtar in western Kirkuk on Sunday.|iq-kirkuk-province
					Two farmers were killed by a landmine in the Hama countryside.|sy-hama-governorate
					Insurgents attacked an army outpost in south-western Erbil overnight.|iq-erbil-province
					Artillery hit several villages across the Aleppo countryside on Thursday.|sy-aleppo-governorate
					Militants ambushed a convoy in north-eastern Deir ez-Zor, killing six fighters.|sy-deir-ez-zor-governorate
					""")
	void shouldTakeAPartOfTheProvinceForItsNamesakeCity(String sentence, String provinceId) {
		Location location = this.geocoder.locate(sentence);
		assertThat(location.place().id()).isEqualTo(provinceId);
		assertThat(location.geoPrecision()).isEqualTo(3);
		assertThat(location.explanation()).contains("is told as a part of");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			A car bomb tore through a market in southern Baghdad, killing twelve people.|iq-baghdad
			Mortar shells landed in western Damascus on Sunday.|sy-damascus
			A suicide bomber blew himself up in the city of Idlib, killing eight.|sy-idlib
			Gunmen attacked a checkpoint in Kirkuk on Tuesday, police said.|iq-kirkuk
			Shelling hit east Aleppo, killing six people.|sy-aleppo
			A roadside bomb killed two soldiers some 60 kilometres east of Erbil on Sunday.|iq-erbil
			Protesters blocked a road in Basra on Monday.|iq-basra
			Hospitals in Hama received eleven wounded after the raid.|sy-hama
			""")
	void shouldKeepTheCityWhenTheNameIsNotToldAsAPartOfTheProvince(String sentence, String cityId) {
		assertThat(this.geocoder.locate(sentence).place().id()).isEqualTo(cityId);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Russian jets struck at Jabal al-Duwayli, near Kafr Takharim in north-western Idlib, killing three civilians.|Kafr Takhārīm
					A drone hit a car near Saraqib in eastern Idlib, killing two.|Sarāqib
					Shells fell on Hawija in southern Kirkuk, killing a child.|Hawija
					""")
	void shouldPreferANamedTownOverThePartOfTheProvinceItLiesIn(String sentence, String town) {
		assertThat(this.geocoder.locate(sentence).place().name()).isEqualTo(town);
	}

}
