package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tolls told as a range of figures, as a source's revised count, and victims named as the
 * subject of a passive killing verb.
 */
class TollRangesAndNamedSubjectsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Rebels overran the hill positions, killing between 50 and 78 soldiers, according to two sources.   | 50 | 78
			Between 20 and 30 soldiers were killed in the ambush, officials said.                              | 20 | 30
			The blast killed 20 to 25 people and wounded dozens.                                               | 20 | 25
			The air raid killed from 8 to 11 civilians, according to local monitors.                           | 8  | 11
			Gunmen stormed the village, killing between twelve and fifteen farmers.                            | 12 | 15
			Two or three policemen were killed when the bomb went off.                                         | 2  | 3
			The shelling killed 14-17 people in the market.                                                    | 14 | 17
			Estimates of the dead ranged from 63, according to activists, to 95, according to a monitor.      | 63 | 95
			Estimates of the death toll varied from about 40 to as many as 70.                                 | 40 | 70
			Figures for the dead range from 18 given by the army to 26 given by the hospital.                  | 18 | 26
			The death toll stood at between 31 and 40 on Friday.                                               | 31 | 40
			Between five and seven civilians died in the strike on the school.                                 | 5  | 7
			Between 3 and 4 guards were shot dead at the gate.                                                 | 3  | 4
			""")
	void shouldReadARangeOfFiguresFromItsLowEndToItsHighEnd(String text, int low, int high) {
		assertThat(CasualtyParser.parse(text).killed()).isEqualTo(new Count(low, low, high));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Between 10 and 15 people were wounded by flying glass.                     | 10 | 15
			The attack wounded 30 to 40 worshippers.                                   | 30 | 40
			""")
	void shouldReadARangeOfWoundedFigures(String text, int low, int high) {
		assertThat(CasualtyParser.parse(text).wounded()).isEqualTo(new Count(low, low, high));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Provincial officials raised the toll to 23 on Tuesday morning.              | 23
			The health ministry put the death toll at 31.                               | 31
			Hospital staff later revised the toll upwards to 17.                        | 17
			A civil defence official gave the toll at nine.                             | 9
			Doctors updated the death toll to 44 overnight.                             | 44
			""")
	void shouldReadASourcesCountOfTheDead(String text, int killed) {
		assertThat(CasualtyParser.parse(text).killed()).isEqualTo(Count.exactly(killed));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Soad Hamid, a rights campaigner who had led sit-ins outside the governorate, was assassinated on Tuesday. | 1
					Ali Hassan, a local journalist, was shot dead outside his home on Sunday.                    | 1
					Karim Abbas was gunned down as he left a mosque.                                              | 1
					Brigadier Salem Fadhil has been killed by a sniper in the old city.                           | 1
					Omar al-Jubouri, the mayor of the district, was killed when a bomb hit his car.               | 1
					Sheikh Omar Khalil and three companions were killed when their car was hit.                   | 4
					Hadi Mansour and his driver were killed in the blast.                                         | 2
					Nasser Qadir was murdered in his shop.                                                        | 1
					""")
	void shouldCountAVictimNamedAsTheSubjectOfAPassiveKillingVerb(String text, int killed) {
		assertThat(CasualtyParser.parse(text).killed().value()).isEqualTo(killed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The rebels threatened to kill between 10 and 20 hostages.",
			"The ministry said the attack could have killed dozens of people.",
			"A bomb of that size would have killed hundreds of shoppers.", "Police said Ali Saleh was wounded.",
			"The army raised the number of troops to 500.",
			"The convoy carried 20 to 30 prisoners when it was attacked.", "Mosul was captured in 2014.",
			"He was killed in 2014.", "It was killed off by the parliament.",
			"Prices ranged from 20 to 30 dollars before the siege.", "The militia raised its fighters to 3,000.",
			"The Ministry of Defence was attacked by two drones.",
			"Officials said the toll of the storm had not been established." })
	void shouldNotReadThreatsCounterfactualsOrOtherFiguresAsTolls(String text) {
		assertThat(CasualtyParser.parse(text).killed()).isNull();
	}

}
