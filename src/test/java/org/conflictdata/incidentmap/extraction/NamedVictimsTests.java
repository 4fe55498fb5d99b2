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

}
