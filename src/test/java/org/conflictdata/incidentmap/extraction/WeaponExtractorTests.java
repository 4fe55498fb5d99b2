package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WeaponExtractorTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			32 Iranian-made 107 mm rockets slammed into the base                 | 107 mm rockets
			The Friday volley of some 30 107mm Katyusha rockets hit the K1 base   | 107mm Katyusha rockets
			17 Katyusha rockets were fired at an Iraqi military base             | Katyusha rockets
			air strikes on five locations by F-15E's left 25 dead                | F-15E
			These often involved lobbing mortars at bases                        | mortars
			Iran was shipping ballistic missiles to Iraq                         | ballistic missiles
			An Israeli drone dropped explosives onto a base                      | drone
			a salvo of rockets struck the K-1 airbase                            | rockets
			A roadside bomb hit a convoy                                         | roadside bomb
			an MQ-9 Reaper drone fired two missiles                              | MQ-9 Reaper drone
			""")
	void shouldNameTheMostSpecificWeapon(String text, String weapon) {
		assertThat(WeaponExtractor.extract(text)).isEqualTo(weapon);
	}

	@Test
	void shouldGiveNullWhenNoWeaponIsNamed() {
		assertThat(WeaponExtractor.extract("Crowds rushed the embassy and set its guard house on fire.")).isNull();
		assertThat(WeaponExtractor.extract(null)).isNull();
	}

}
