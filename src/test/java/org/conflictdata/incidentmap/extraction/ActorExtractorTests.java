package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ActorExtractorTests {

	private static List<Actor> actors(String sentence, String trigger) {
		int at = sentence.indexOf(trigger);
		assertThat(at).as("trigger '%s'", trigger).isNotNegative();
		return ActorExtractor.extract(sentence, at, at + trigger.length());
	}

	private static Actor perpetrator(String name, Attribution how) {
		return new Actor(name, ActorRole.PERPETRATOR, how);
	}

	private static Actor target(String name) {
		return new Actor(name, ActorRole.TARGET, Attribution.STATED);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Kataib Hezbollah                  | Kataib Hezbollah
			Kata'ib Hizbollah                 | Kataib Hezbollah
			Kata'ib Hizbullah                 | Kataib Hezbollah
			Ketaib Hezbollah                  | Kataib Hezbollah
			Khatib Hezbollah                  | Kataib Hezbollah
			KH                                | Kataib Hezbollah
			Hezbollah Battalions              | Kataib Hezbollah
			U.S.                              | United States
			Washington                        | United States
			CENTCOM                           | United States
			Pentagon                          | United States
			Israeli                           | Israel
			IRGC                              | Iran
			Quds Force                        | Iran
			PMU                               | Popular Mobilization Forces
			Popular Mobilization Units        | Popular Mobilization Forces
			Popular Mobilizaton Forces        | Popular Mobilization Forces
			ISIS                              | Islamic State
			Iraqi security forces             | Iraqi security forces
			Hezbollah                         | Hezbollah
			""")
	void shouldCanonicaliseAliases(String spelling, String name) {
		assertThat(ActorAliases.canonical(spelling)).isEqualTo(name);
	}

	@Test
	void shouldNotTakeCompoundsOrPlacesForActors() {
		assertThat(ActorAliases.find("the U.S.-led coalition")).extracting(ActorAliases.Mention::name)
			.containsExactly("US-led coalition");
		assertThat(ActorAliases.find("an Iranian-backed militia and pro-Iranian groups")).isEmpty();
		assertThat(ActorAliases.find("troops deployed in Iraq and in Iran")).isEmpty();
		assertThat(ActorAliases.find("rockets hit near the U.S. Embassy")).extracting(ActorAliases.Mention::name)
			.containsExactly("United States");
	}

	@Test
	void shouldTakeTheSubjectAsStatedPerpetratorAndTheObjectAsTarget() {
		assertThat(actors("Then Washington retaliated with its airstrikes targeting Kataib Hezbollah.", "airstrikes"))
			.containsExactly(perpetrator("United States", Attribution.STATED), target("Kataib Hezbollah"));
		assertThat(actors("When the Iranian-supported Kataib Hezbollah militia in Iraq attacked a military base",
				"attacked"))
			.containsExactly(perpetrator("Kataib Hezbollah", Attribution.STATED));
	}

	@Test
	void shouldTakeTheAgentAfterByAsPerpetrator() {
		assertThat(actors("prompting a reprisal strike by American warplanes one day later", "strike"))
			.containsExactly(perpetrator("United States", Attribution.STATED));
	}

	@Test
	void shouldTakeAnAdjectiveOnTheEventAsPerpetrator() {
		assertThat(actors("Another Israeli drone attacks struck a PMU convoy near al-Qa'im.", "drone attacks"))
			.containsExactly(perpetrator("Israel", Attribution.STATED), target("Popular Mobilization Forces"));
	}

	@Test
	void shouldMarkTheAccusedAsSuspectedAndLeaveOutTheAccuser() {
		assertThat(actors(
				"Almost immediately the U.S. declared that Kata'ib Hizbullah was the group guilty of the " + "attack.",
				"attack"))
			.containsExactly(perpetrator("Kataib Hezbollah", Attribution.SUSPECTED));
		assertThat(actors("The PMU commander blamed both Israel and the U.S. for an Aug. 22 airstrike near Balad.",
				"airstrike"))
			.containsExactly(perpetrator("Israel", Attribution.SUSPECTED),
					perpetrator("United States", Attribution.SUSPECTED));
		assertThat(actors("The report says that suspected Israeli airstrikes hit Iraqi bases.", "airstrikes"))
			.contains(perpetrator("Israel", Attribution.SUSPECTED));
	}

	@Test
	void shouldMarkHedgedAgentsAsSuspected() {
		assertThat(ActorExtractor.extract("It was likely carried out by Israel, according to U.S. officials.", 0, 0))
			.containsExactly(perpetrator("Israel", Attribution.SUSPECTED));
		assertThat(ActorExtractor.extract("The strikes were reported to have been carried out by the Israel.", 0, 0))
			.containsExactly(perpetrator("Israel", Attribution.SUSPECTED));
	}

	@Test
	void shouldMarkClaimsAsClaimed() {
		assertThat(actors("Islamic State claimed responsibility for the suicide bombing.", "suicide bombing"))
			.containsExactly(perpetrator("Islamic State", Attribution.CLAIMED));
		assertThat(actors("Responsibility for those rocket attacks was not claimed.", "rocket attacks")).isEmpty();
	}

	@Test
	void shouldTakeVictimsAndPassiveSubjectsAsTargets() {
		assertThat(actors("Kataib Hezbollah rocket attacks killed two American troops and one British soldier.",
				"rocket attacks"))
			.containsExactly(perpetrator("Kataib Hezbollah", Attribution.STATED), target("United States"),
					target("United Kingdom"));
		assertThat(actors("U.S. forces were attacked near the border.", "attacked"))
			.containsExactly(target("United States"));
	}

	@Test
	void shouldGiveNothingForNullOrABadTrigger() {
		assertThat(ActorExtractor.extract(null, 0, 0)).isEmpty();
		assertThat(ActorExtractor.extract("Israel struck.", 5, 2)).isEmpty();
	}

	@Test
	void shouldTakeASubjectThatSufferedTheEventAsItsTarget() {
		assertThat(actors("Three Popular Mobilization Forces fighters were martyred in an attack by Daesh elements "
				+ "on a post", "attack by Daesh elements on a post"))
			.containsExactly(perpetrator("Islamic State", Attribution.STATED), target("Popular Mobilization Forces"));
	}

	@Test
	void shouldTakeAHedgedGuessAtWhoseWarplanesTheyWereAsASuspectedPerpetrator() {
		assertThat(actors("Unidentified warplanes, most likely Israeli, carried out airstrikes on militia depots.",
				"carried out airstrikes"))
			.contains(perpetrator("Israel", Attribution.SUSPECTED))
			.doesNotContain(target("Israel"));
	}

}
