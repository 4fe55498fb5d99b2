package org.conflictdata.incidentmap.geocoding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spelling variants of Arabic names in English (final -iyeh for -iya) fold to one
 * key, and folding them joins no two places of the gazetteer that were apart before.
 */
class PlaceNameVariantsTests {

	@ParameterizedTest(name = "{0} ~ {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Shatra           | al-Shatra
			Ash Shaţrah      | Shatra
			as-Shatrah       | Al Shatra
			Mahmudiyeh       | al-Mahmoudiya
			Mahmoudiyah      | Mahmudiyah
			al-Mahmoudiyya   | Mahmoudiyeh
			Musaiyib         | al-Musayyib
			Khalis           | al-Khales
			Suwayrah         | as-Suwaira
			Diwaniyeh        | Diwaniya
			Ramadi           | ar-Ramadi
			Qa'im            | Kaim
			Nasiriyeh        | an-Nasiriyah
			Hilla            | al-Hillah
			Saqlawiyeh       | Saqlawiya
			Heet             | Hit
			""")
	void shouldFoldVariantsOfOneNameToOneKey(String one, String other) {
		assertThat(PlaceNames.key(one)).isEqualTo(PlaceNames.key(other)).isNotEmpty();
	}

	@ParameterizedTest(name = "{0} ≠ {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Shatra      | Shatt
			Basra       | Basrah Street
			Beirut      | Birut Hill
			Anah        | Ana Bridge
			Hamza       | Hamam
			Kut         | Kuta
			Suleimani   | Sulaimani
			Mahmudiye   | Mahmudiya
			""")
	void shouldKeepOtherNamesApart(String one, String other) {
		assertThat(PlaceNames.key(one)).isNotEqualTo(PlaceNames.key(other));
	}

	@Test
	void shouldJoinNoTwoPlacesOfTheGazetteerThatWereApart() {
		Map<String, Set<String>> byKey = new HashMap<>();
		Map<String, Set<String>> keysBefore = new HashMap<>();
		for (Place place : Gazetteer.load().places()) {
			List<String> names = new ArrayList<>(place.aliases());
			names.add(place.name());
			for (String name : names) {
				for (String written : List.of(name, PlaceNames.kurdishReading(name))) {
					byKey.computeIfAbsent(PlaceNames.key(written), (k) -> new TreeSet<>()).add(place.id());
					keysBefore.computeIfAbsent(place.id(), (k) -> new HashSet<>())
						.add(PlaceNames.keyWithoutVariants(written));
				}
			}
		}
		List<String> joined = new ArrayList<>();
		byKey.forEach((key, ids) -> {
			List<String> list = List.copyOf(ids);
			for (int i = 0; i < list.size(); i++) {
				for (int j = i + 1; j < list.size(); j++) {
					Set<String> shared = new HashSet<>(keysBefore.get(list.get(i)));
					shared.retainAll(keysBefore.get(list.get(j)));
					if (shared.isEmpty()) {
						joined.add(key + ": " + list.get(i) + " + " + list.get(j));
					}
				}
			}
		});
		assertThat(joined).isEmpty();
	}

}
