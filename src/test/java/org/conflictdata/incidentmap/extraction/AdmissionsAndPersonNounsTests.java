package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionsAndPersonNounsTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2019, 11, 15);

	private static Trigger first(String sentence) {
		var triggers = EventClassifier.triggers(sentence);
		assertThat(triggers).as("triggers in '%s'", sentence).isNotEmpty();
		return triggers.get(0);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"The coalition acknowledged on Thursday that one of its air strikes near the village in July likely killed 24 civilians.",
			"The army admitted on Wednesday that a drone strike on a wedding party in August had killed eleven guests.",
			"Police conceded on Monday that officers opened fire on the crowd in September, contrary to earlier denials.",
			"The ministry apologised on Tuesday for an air strike in March that hit a school in the valley.",
			"An investigation by the defence ministry found that the bombing of the market in June was carried out by its own jets.",
			"A military inquiry concluded on Sunday that soldiers had shot dead three shepherds near the border in April.",
			"The review released on Thursday established that the convoy was ambushed by militiamen on 2 May.",
			"Commanders acknowledged that artillery shelled the camp in early October, wounding dozens.",
			"An internal probe determined this week that the raid on the clinic in January violated the rules of engagement.",
			"A UN report issued on Wednesday showed that the missile strike on the hospital in February was launched by government forces.",
			"The government admitted yesterday that its troops had stormed the village on 12 August.",
			"Officials acknowledged on Friday that a car bomb in the market in 2017 had killed more than 80 people, not 30 as first said.",
			"The group conceded that its fighters kidnapped the engineers in September and said they would be freed.",
			"An assessment published on Monday concluded that the rocket attack on the base in June was carried out by a militia.",
			"The command acknowledged on Tuesday that its warplanes bombed a bakery in Raqqa in July, killing nine." })
	void shouldTakeAnAdmittedOrInvestigatedOldEventForHistory(String sentence) {
		assertThat(Admissions.isAdmittedOldEvent(sentence, first(sentence), PUBLISHED)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"The army acknowledged on Thursday that its drone struck a car near the border on Wednesday, killing two.",
			"Warplanes bombed a bakery in Raqqa on Tuesday, killing nine, the command acknowledged.",
			"An investigation found that the shelling on Monday came from government positions.",
			"Gunmen shot dead three shepherds near the border on Sunday, officials said.",
			"Police admitted that officers opened fire on protesters on Thursday, wounding five.",
			"A car bomb exploded in the market on Friday, killing 12 people.",
			"The ministry said on Tuesday that an air strike had hit a school in the valley overnight.",
			"Militants stormed the village at dawn, the army confirmed on Monday." })
	void shouldKeepAnAdmittedRecentEventOrAPlainReport(String sentence) {
		assertThat(Admissions.isAdmittedOldEvent(sentence, first(sentence), PUBLISHED)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "More than 2,600 Yazidis remain missing, according to the office for rescuing abductees.",
			"Families of abductees gathered at the ministry to ask for news.",
			"The committee registered the names of 40 abductees from the district.",
			"A group representing abductees and their families met the governor.",
			"The abductee's family said he had been freed unharmed." })
	void shouldNotTakeANounForThePeopleItHappenedToForAnEvent(String sentence) {
		assertThat(CurrentMentions.of(sentence, "2019-11-15")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Gunmen abducted two engineers on the road to the oil field on Monday.",
			"A tribal leader was kidnapped from his home in the village late on Sunday." })
	void shouldStillTakeAnAbduction(String sentence) {
		assertThat(CurrentMentions.of(sentence, "2019-11-15")).isNotEmpty();
	}

}
