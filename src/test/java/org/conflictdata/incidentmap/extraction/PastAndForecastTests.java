package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentences that name an event without reporting news of it: anniversaries told years
 * back, forecasts in digests, a line naming a range of tactics, shots fired over a crowd
 * that hurt no one, and a fire that an explosion set. Each negative has a report in like
 * words that must stay an event.
 */
class PastAndForecastTests {

	@Test
	void shouldTellAnEventSetYearsBackAsHistory() {
		SentenceTypes.assertNone(
				"A year ago this week, on 28 November, security forces opened fire on protesters at the bridge, killing more than 30 people.",
				"Two years ago, gunmen stormed a wedding party in the village and killed 21 guests.",
				"Exactly a year ago, a car bomb tore through the main market of Tal Afar, killing 14.",
				"A decade ago, Islamic State fighters overran Mosul in a matter of days.",
				"Five years ago, an air strike on the school in Dahyan killed 40 children.",
				"On this day last year, rockets struck the airport in Erbil and wounded three contractors.",
				"The town was shelled a year ago, when Turkish artillery killed four shepherds.",
				"Some years ago militiamen shot dead a journalist outside his home in Basra.",
				"Several years ago, a suicide bomber blew himself up at a funeral tent in the same village.",
				"Four years ago a roadside bomb struck a bus carrying pilgrims on this road.");
	}

	@Test
	void shouldKeepAnEventOfTheWeekBesideAnEarlierOne() {
		SentenceTypes.assertEach(EventType.SHELLING_ARTILLERY_MISSILE,
				"Rockets struck the airport in Erbil on Tuesday and wounded three contractors, a year after a similar attack.",
				"Rockets hit the Green Zone on Sunday, two years after the embassy was first targeted.");
		SentenceTypes.assertEach(EventType.REMOTE_EXPLOSIVE,
				"A car bomb tore through the main market of Tal Afar on Monday, killing 14.",
				"A roadside bomb hit a supply convoy on the highway near Diwaniyah on Wednesday.");
		SentenceTypes.assertEach(EventType.AIR_DRONE_STRIKE,
				"An air strike on a school in Dahyan killed 40 children on Thursday.");
		SentenceTypes.assertEach(EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
				"Security forces opened fire on protesters at the bridge in Nasiriyah on Thursday, killing 30 people.");
	}

	@Test
	void shouldNotTakeAForecastForAReport() {
		SentenceTypes.assertNone(
				"We expect: (1) continued Turkish air activity in Duhok; (2) further rocket fire against BIAP, IEDs on supply routes.",
				"Outlook: further rocket attacks on the Green Zone and roadside bombs along Route Tampa are likely next week.",
				"Expect continued drone strikes against PKK positions in the Qandil mountains over the coming days.",
				"Analysts anticipate more roadside bombs on the main supply routes; rocket fire on the airport is also possible.",
				"In the coming weeks, further air strikes on the border villages remain likely.",
				"Forecast: sporadic mortar fire on the outposts and IED attacks on convoys.",
				"From rockets to roadside bombs: how the militias changed their tactics.",
				"From car bombs to drone strikes, the group has tried everything.",
				"Analysts say the risk of a roadside bomb on the highway remains high.");
	}

	@Test
	void shouldKeepAnEventJudgedLikelyToBeSomeonesWork() {
		SentenceTypes.assertEach(EventType.SHELLING_ARTILLERY_MISSILE,
				"Three rockets hit the airport on Monday; the attack is likely to have been carried out by a militia.");
		SentenceTypes.assertEach(EventType.REMOTE_EXPLOSIVE,
				"We learned on Monday that a roadside bomb had hit a convoy near Samarra.");
	}

	@Test
	void shouldNotTakeShotsOverACrowdThatHurtNoOneForForce() {
		SentenceTypes.assertNone("Police fired into the air to disperse the crowd, and no one was hurt.",
				"Security forces fired warning shots in the air to break up the protest outside the governorate building; no injuries were reported.",
				"Troops fired shots into the air to scatter protesters who had blocked the road, witnesses said, but nobody was injured.",
				"Guards fired into the air to disperse the crowd.");
	}

	@Test
	void shouldKeepShotsThatHitTheCrowd() {
		SentenceTypes.assertEach(EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
				"Police fired into the air and then into the crowd in Basra on Sunday, killing two protesters.",
				"Police fired live rounds to disperse the crowd in Karbala on Friday, wounding 12 people.",
				"Guards fired into the air to disperse the crowd on Sunday, wounding three protesters.");
	}

	@Test
	void shouldNotTakeAFireThatAnExplosionSetForMobViolence() {
		SentenceTypes.assertNone("The blast set several parked cars on fire.",
				"The explosion set fire to nearby shops and several parked cars.",
				"Shrapnel from the rockets set a fuel truck ablaze.");
		assertThat(SentenceTypes
			.of("The blast in Baghdad on Tuesday killed three people and set several parked cars on fire."))
			.doesNotContain(EventType.MOB_VIOLENCE);
		SentenceTypes.assertEach(EventType.MOB_VIOLENCE,
				"Protesters set the party's offices on fire in Nasiriyah on Sunday.");
	}

	@Test
	void shouldTellEveryEventOfASinceWhenClauseAsHistory() {
		assertThat(SentenceTypes.of("Najaf has been a flashpoint since late November, when protesters set fire to the "
				+ "consulate, and unidentified gunmen opened fire on them near a shrine, killing more than 20."))
			.doesNotContain(EventType.ATTACK_ON_CIVILIANS);
		SentenceTypes.assertNone(
				"The city has been tense since the spring, when gunmen killed nine pilgrims, and militants shelled the shrine.",
				"Calm has held since the summer, when a car bomb hit the market, and rockets struck the airport.");
		SentenceTypes.assertEach(EventType.SHELLING_ARTILLERY_MISSILE,
				"The city has been tense since the spring; militants shelled the shrine on Monday.");
	}

}
