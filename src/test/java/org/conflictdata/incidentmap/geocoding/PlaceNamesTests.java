package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceNamesTests {

	@ParameterizedTest(name = "{0} ~ {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Al-Qa'im        | al-Qaim
			Al-Qa’im        | Qaim
			al-Qaem         | Al Qaim
			al-Qaʿim        | AL-QAIM
			Albukamal       | Al Bukamal
			al-Bukamal      | Al Bu Kamal
			K-1             | K1
			K-1 air base    | K1 airbase
			Amerli          | Amirli
			Fallujah        | Falluja
			Fallujah        | Fallouja
			Deir ez-Zor     | Deir Zour
			Sulaymaniyah    | Sulaimaniya
			Baghdad         | Bagdad
			Baghdad's       | Baghdad
			U.S. Embassy    | US embassy
			Tikrīt          | Tikrit
			Ḩadīthah        | Haditha
			Assad           | Asad
			Kirkuk          | Kerkuk
			Salah al-Din    | Saladin
			Zaxo            | Zakho
			Peshxabur       | Peshkhabur
			""")
	void shouldFoldSpellingsOfOneNameToTheSameKey(String one, String other) {
		assertThat(PlaceNames.key(one)).isEqualTo(PlaceNames.key(other)).isNotEmpty();
	}

	@ParameterizedTest(name = "{0} vs {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Kirkuk   | Karbala
			Taji     | Tikrit
			Hit      | Heet Road
			Mosul    | Mayadin
			Balad    | Baladruz
			Zaxo     | Zako
			""")
	void shouldKeepDifferentNamesApart(String one, String other) {
		assertThat(PlaceNames.key(one)).isNotEqualTo(PlaceNames.key(other));
	}

	@Test
	void shouldDropArticlesWhereverTheyStand() {
		assertThat(PlaceNames.normalise("Ain al-Asad")).isEqualTo(PlaceNames.normalise("Ain Asad"));
		assertThat(PlaceNames.normalise("Ar Ramadi")).isEqualTo("ramadi");
		assertThat(PlaceNames.words("Jurf as-Sakhar")).containsExactly("jurf", "sakhar");
	}

	@Test
	void shouldJoinDottedInitialsIntoOneWord() {
		assertThat(PlaceNames.words("the U.S. embassy")).containsExactly("thi", "us", "imbasi");
	}

	@Test
	void shouldFoldNullAndBlankToEmpty() {
		assertThat(PlaceNames.key(null)).isEmpty();
		assertThat(PlaceNames.normalise("   ")).isEmpty();
		assertThat(PlaceNames.words("-- / --")).isEmpty();
	}

	@Test
	void shouldBeIdempotentOnFoldedText() {
		String once = PlaceNames.normalise("Qayyarah Airfield West");
		assertThat(PlaceNames.normalise(once)).isEqualTo(once);
	}

	@Test
	void shouldFoldLettersThatDoNotDecomposeLikeTheirPlainForms() {
		assertThat(PlaceNames.normalise("Qeładizê")).isEqualTo(PlaceNames.normalise("Qeladize"));
		assertThat(PlaceNames.normalise("Łódź")).isEqualTo(PlaceNames.normalise("Lodz"));
	}

	@Test
	void shouldFoldTheArticleFusedToBuLikeTheSeparateOne() {
		String key = PlaceNames.key("Albukamal");
		assertThat(PlaceNames.key("Albu Kamal")).isEqualTo(key);
		assertThat(PlaceNames.key("Al-Bu Kamal")).isEqualTo(key);
		assertThat(PlaceNames.key("Al Bukamal")).isEqualTo(key);
		assertThat(PlaceNames.key("al-Bukamal")).isEqualTo(key);
		// "Abu" (father of) is another word, and short words keep their "al".
		assertThat(PlaceNames.key("Abu Ghraib")).isNotEqualTo(PlaceNames.key("Bu Ghraib"));
		assertThat(PlaceNames.key("Alba")).isEqualTo("alba");
	}

}
