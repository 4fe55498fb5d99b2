package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Yearly tallies and events recalled in a "since ..., when" clause are history; crowd
 * fights with stones are riots, not armed clashes; "by U.S. officials" is a source.
 * Sentences written for these tests.
 */
class RecalledAndCrowdEventsTests {

	private static EventType typeOf(String sentence, String trigger) {
		return EventClassifier.triggers(sentence)
			.stream()
			.filter((t) -> t.phrase().equals(trigger))
			.findFirst()
			.orElseThrow()
			.type();
	}

	@Test
	void shouldTreatPluralStrikesOverAWholeYearAsATally() {
		List<IncidentMention> mentions = CurrentMentions.of(
				"Rights monitors said drone strikes killed more than 40 herders along the border last year.",
				"2023-05-10");
		assertThat(mentions).isEmpty();
	}

	@Test
	void shouldKeepASingleStrikeDatedToALastYearMonth() {
		List<IncidentMention> mentions = CurrentMentions
			.of("A drone strike killed three fighters near Sinjar on Tuesday, the local mayor said.", "2023-05-10");
		assertThat(mentions).singleElement().satisfies((m) -> {
			assertThat(m.type()).isEqualTo(EventType.AIR_DRONE_STRIKE);
			assertThat(m.killed()).isEqualTo(Count.exactly(3));
		});
	}

	@Test
	void shouldTreatTheEventOfASinceWhenClauseAsRecalled() {
		List<IncidentMention> mentions = CurrentMentions
			.of("Gunmen opened fire on a police checkpoint near Tuz Khurmatu on "
					+ "Sunday, killing four officers. It was the worst attack in the district since the spring, when "
					+ "insurgents killed nine soldiers in an ambush on the Tikrit road.", "2023-09-12");
		assertThat(mentions).noneMatch((m) -> m.trigger().startsWith("ambush"));
		assertThat(mentions).anyMatch((m) -> m.sentence().startsWith("Gunmen opened fire"));
	}

	@Test
	void shouldKeepASinceWhenEventThatCarriesItsOwnDay() {
		List<IncidentMention> mentions = CurrentMentions
			.of("Shops stayed shut on Wednesday for the first time since Monday, "
					+ "when militants killed two guards in an ambush outside the market.", "2023-09-14");
		assertThat(mentions)
			.anyMatch((m) -> m.trigger().startsWith("ambush") && m.date().start().toString().equals("2023-09-11"));
	}

	@Test
	void shouldCallAStoneFightBetweenProtestersAndAnotherGroupMobViolence() {
		String sentence = "The unrest began with clashes in Kut, where party loyalists tried to pull down the tents "
				+ "of the sit-in and protesters pelted them with rocks and sticks.";
		assertThat(typeOf(sentence, "clashes")).isEqualTo(EventType.MOB_VIOLENCE);
	}

	@Test
	void shouldCallAStoneFightBetweenProtestersAndRiotPoliceAViolentDemonstration() {
		String sentence = "Clashes erupted when riot police moved on the sit-in and demonstrators threw stones.";
		assertThat(typeOf(sentence, "Clashes")).isEqualTo(EventType.VIOLENT_DEMONSTRATION);
	}

	@Test
	void shouldKeepClashesWithGunfireArmedClashes() {
		String sentence = "Clashes broke out near the protest camp between two militias, with heavy gunfire and "
				+ "rocks thrown by demonstrators.";
		assertThat(typeOf(sentence, "Clashes")).isEqualTo(EventType.ARMED_CLASH);
		assertThat(typeOf("Clashes between the army and tribal fighters left six dead near Hit.", "Clashes"))
			.isEqualTo(EventType.ARMED_CLASH);
	}

	@Test
	void shouldNotTakeTheOfficialsWhoCountedForThePerpetrators() {
		String sentence = "By a tally by Iraqi officials, the attack was the fifth this month on the airport.";
		int at = sentence.indexOf("attack");
		assertThat(ActorExtractor.extract(sentence, at, at + "attack".length()))
			.noneMatch((a) -> a.role() == ActorRole.PERPETRATOR);
		String agent = "The convoy was hit in an attack by Iraqi forces near the border.";
		int hit = agent.indexOf("attack");
		assertThat(ActorExtractor.extract(agent, hit, hit + "attack".length()))
			.anyMatch((a) -> a.role() == ActorRole.PERPETRATOR);
	}

	@Test
	void shouldDateAGatheringThatOpensWithALaterHourByTheStorysDay() {
		String text = "A car bomb exploded outside the governor's office in Kirkuk on Saturday morning, police said.\n\n"
				+ "The governor called an emergency meeting on Saturday afternoon.\n\n"
				+ "Residents said the streets were empty.\n\n"
				+ "By nightfall, hundreds of people had gathered outside the office, chanting against the militias.";
		List<IncidentMention> mentions = CurrentMentions.of(text, "2023-06-12");
		assertThat(mentions).anyMatch((m) -> m.type() == EventType.PEACEFUL_PROTEST && m.date() != null
				&& m.date().start().toString().equals("2023-06-10"));
	}

	@Test
	void shouldNotTakeALaterHourInsideASentenceForAnOpening() {
		assertThat(MentionDates.continuesSameDay("By nightfall, crowds had gathered.")).isTrue();
		assertThat(MentionDates.continuesSameDay("Crowds gathered by evening in the square.")).isFalse();
		assertThat(MentionDates.continuesSameDay(null)).isFalse();
	}

	@Test
	void shouldTreatBurningPicturesOrFlagsAsSymbolNotViolence() {
		assertThat(EventClassifier.triggers("Some protesters burned portraits of the ministers outside the embassy."))
			.noneMatch((t) -> t.type() == EventType.VIOLENT_DEMONSTRATION);
		assertThat(EventClassifier.triggers("Demonstrators set fire to flags of the neighbouring state."))
			.noneMatch((t) -> t.type() == EventType.VIOLENT_DEMONSTRATION);
		assertThat(EventClassifier.triggers("Protesters burned the entrance of the party headquarters."))
			.anyMatch((t) -> t.type() == EventType.VIOLENT_DEMONSTRATION);
	}

	@Test
	void shouldTakeAParticipleOfAnEventsClauseForHowItWentOnNotASecondEvent() {
		List<EventClassifier.Trigger> one = EventClassifier
			.triggers("A crowd of militiamen stormed the sit-in near the "
					+ "university on Friday night, tearing down tents and firing on the students who stayed.");
		assertThat(one).extracting(EventClassifier.Trigger::type).containsExactly(EventType.MOB_VIOLENCE);
		List<EventClassifier.Trigger> two = EventClassifier.triggers(
				"Rioters stormed the court house on Monday; on Tuesday police were firing on protesters in the square.");
		assertThat(two).extracting(EventClassifier.Trigger::type)
			.contains(EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
	}

}
