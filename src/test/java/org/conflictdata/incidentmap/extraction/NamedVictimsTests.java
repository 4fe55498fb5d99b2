package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamedVictimsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					A sniper killed Omar Haddad near the market.                                              | 1
					gunmen opened fire, killing Colonel Ali Saleh, the head of the district police, who was driving home, and Omar Haddad, his deputy | 2
					Masked men assassinated Yusuf Karim and Samir Nouri at the court.                      | 2
					A mine exploded under the tractor, killing the driver and wounding his two sons.          | 1
					The shell killed the village headman as he left the mosque.                              | 1
					A farmer's death near the border has angered the village.                                 | 1
					""")
	void shouldCountNamedAndSingularVictims(String text, int killed) {
		assertThat(CasualtyParser.parse(text).killed()).isEqualTo(Count.exactly(killed));
	}

	@ParameterizedTest
	@ValueSource(strings = { "The guards fired back, killing the deal the mayor had brokered.",
			"The drone strike killed the guards at the gate.", "The move killed the commander's hopes of a truce.",
			"A farmer's field was hit by a stray shell.",
			"Rockets hit the base in revenge for the killing of Yusuf Karim.",
			"The militia shelled the town in revenge for a commander's death." })
	void shouldCountNoPluralThingOrPossessionAsOneVictim(String text) {
		assertThat(CasualtyParser.parse(text).killed()).isNull();
	}

	@Test
	void shouldNotTakeTheSubjectOfANewClauseAsASecondVictim() {
		assertThat(CasualtyParser
			.parse("The bomb killed Ahmed Jaber, a shopkeeper, and Islamic State claimed it the next morning.")
			.killed()).isEqualTo(Count.exactly(1));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ahmed Saleh, a correspondent for a local channel, was shot dead outside his home.               | 1
			Ali Hassan and his cameraman, Omar Jaber, are shot dead in their car near the police station.  | 2
			Ali Hassan, a reporter, and his cameraman, Omar Jaber, were shot dead in their car.             | 2
			Activist Fahim Karim al-Taie is shot dead by gunmen on a motorbike.                           | 1
			Samir Nouri was killed when gunmen opened fire on his car.                                     | 1
			Yusuf Karim and Hadi Mahdi were gunned down outside a cafe.                                    | 2
			Sheikh Qasim Jabir, a tribal elder, has been assassinated in his village.                      | 1
			Hassan Ali Khalil was stabbed to death near the protest camp.                                  | 1
			Karim Abbas, a lawyer who defended protesters, was shot and killed on Tuesday.                 | 1
			Mahmoud Fadel and Abbas Nasser, two students, were killed by sniper fire on the bridge.         | 2
			On Friday night, Haidar Jasim was shot dead in front of his house.                             | 1
			The journalist Nabil Sami was assassinated in the city centre.                                 | 1
			Layla Hamid, a nurse, and her colleague, Sara Mahdi, were killed when a shell hit the clinic.  | 2
			Omar Saadi is killed by a stray bullet in the market.                                          | 1
			""")
	void shouldCountNamedVictimsToldAsTheSubject(String text, int killed) {
		assertThat(CasualtyParser.parse(text).killed()).isEqualTo(Count.exactly(killed));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ahmed Saleh said the guards were killed in the raid.",
			"Syrian Democratic Forces were attacked near the dam.",
			"Ali Hassan, the governor, was told that the road was closed.",
			"Ahmed Saleh was arrested after the protest.", "Omar Jaber was wounded in the leg by a bullet.",
			"Ali Hassan denied that anyone was killed at the checkpoint.", "Ahmed Saleh was not hurt in the blast." })
	void shouldCountNoVictimsWhereNoNamedSubjectWasKilled(String text) {
		assertThat(NamedVictims.killed(text)).isNull();
	}

}
