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

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Two SDF members were killed in street clashes near the bridge.                  | Two SDF members were killed in street clashes | Syrian Democratic Forces
					Three PMF fighters were killed and two wounded in a firefight.                  | Three PMF fighters were killed and two wounded in a firefight | Popular Mobilization Forces
					Four Hashd fighters were wounded in a roadside bomb blast.                      | Four Hashd fighters were wounded in a roadside bomb blast | Popular Mobilization Forces
					Two SDF fighters died in a drone strike on their car.                           | Two SDF fighters died in a drone strike | Syrian Democratic Forces
					Five PMF members lost their lives in an ambush on the road.                      | Five PMF members lost their lives in an ambush | Popular Mobilization Forces
					Two Kataib Hezbollah fighters have been killed in a mortar attack. | Two Kataib Hezbollah fighters have been killed in a mortar attack | Kataib Hezbollah
					Three SDF members were reportedly killed in clashes.                             | Three SDF members were reportedly killed in clashes | Syrian Democratic Forces
					Six PMF fighters perished in an IS ambush.                                       | Six PMF fighters perished in an IS ambush | Popular Mobilization Forces
					""")
	void shouldTakeTheVictimsThatOpenAnEventPhraseAsTargets(String sentence, String trigger, String name) {
		assertThat(actors(sentence, trigger)).contains(target(name))
			.doesNotContain(perpetrator(name, Attribution.STATED));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					SDF fighters attacked a tribal position near the bridge.                         | SDF fighters attacked | Syrian Democratic Forces
					PMF fighters clashed with gunmen, killing two of them.                           | PMF fighters clashed | Popular Mobilization Forces
					SDF forces shelled the village, wounding three civilians.                        | SDF forces shelled | Syrian Democratic Forces
					PMF units raided a hideout and killed two militants.                             | PMF units raided | Popular Mobilization Forces
					""")
	void shouldStillTakeAnAgentThatOpensAnEventPhraseAsItsPerpetrator(String sentence, String trigger, String name) {
		assertThat(actors(sentence, trigger)).contains(perpetrator(name, Attribution.STATED));
	}

}
