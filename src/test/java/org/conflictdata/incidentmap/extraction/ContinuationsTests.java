package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Further sites of one operation told without naming the kind of event again ("A second
 * wave hit ...", "The heaviest of the strikes fell on ...", "It landed in ..."), and
 * rallies told by what the crowd did to a square; each with wordings that must not read
 * as events.
 */
class ContinuationsTests {

	/** The story's first report and its continuation: two mentions of one type. */
	private static void assertContinues(EventType type, String... stories) {
		for (String story : stories) {
			assertThat(SentenceTypes.of(story)).as(story).containsExactly(type, type);
		}
	}

	@Test
	void shouldReadAnOrdinalOrSuperlativeSubjectAsAnotherSiteOfTheOperation() {
		assertContinues(EventType.AIR_DRONE_STRIKE,
				"Warplanes bombed militia depots near Hilla on Friday. A second wave hit a training camp outside Kut.",
				"Jets struck positions of the group in Anbar on Monday night. The heaviest of the strikes fell on a compound at Rawa.",
				"Coalition aircraft bombed arms stores across Nineveh on Sunday. A third target was a farmhouse outside Tal Afar.",
				"Israeli jets struck weapons sites near Damascus on Tuesday. The deadliest of the raids, shortly after 2 a.m., hit a depot at Kisweh.",
				"US aircraft struck five militia sites on Thursday. The second wave, an hour later, struck a warehouse near Karbala.",
				"Turkish jets bombed villages in Duhok province on Monday. Another wave hit a cave complex near Amadiya.",
				"Drones struck a fuel depot near Deir ez-Zor on Friday. A further target was a checkpoint outside Mayadin.",
				"Jets carried out air strikes on militants in Diyala on Sunday. The sites included a bunker near Muqdadiya and a tunnel at Jalawla.",
				"American jets struck five positions of the faction on Sunday. Three of the targets were in Iraq, around the town of al-Qaim.",
				"American jets struck five positions of the faction on Sunday. The other two targets were across the border in Syria, near Albu Kamal.",
				"Warplanes struck four depots of the group on Friday. Two of the sites were just outside Hit, officials said.",
				"Drones struck militia positions on Monday. One of the targets was inside the base at Jurf al-Sakhar.");
		// The occasion told after the operation in its sentence is not what goes on.
		assertThat(
				SentenceTypes.of("F-15 jets struck five positions of the faction that Washington blamed for the rocket "
						+ "attack on the base on Friday. Three of the targets were near Rawa."))
			.filteredOn((t) -> t == EventType.AIR_DRONE_STRIKE)
			.hasSize(2);
	}

	@Test
	void shouldReadAPronounOfImpactAfterAWeaponAsTheWeaponsEvent() {
		assertContinues(EventType.SHELLING_ARTILLERY_MISSILE,
				"Rockets slammed into the airport in Erbil on Wednesday evening. Most of the rockets were aimed at the coalition base. "
						+ "It landed in a street in Ainkawa and damaged two cars.",
				"Mortar rounds fell on a market in Khanaqin on Saturday. It landed near a school in the town centre.",
				"Three rockets were fired at the Green Zone on Sunday. They struck a house in Karrada.");
	}

	@Test
	void shouldReadACrowdFillingASquareAsARally() {
		SentenceTypes.assertEach(EventType.PEACEFUL_PROTEST,
				"Thousands of protesters thronged Tahrir Square in Baghdad on Friday.",
				"Crowds of students poured into the streets of Nasiriyah on Tuesday, chanting against corruption.",
				"Hundreds of supporters packed Firdos Square on Sunday.",
				"Demonstrators filled the main square in Basra on Monday. The rally passed without incident.",
				"Tens of thousands of Sadr supporters filled Tahrir Square after Friday prayers.");
	}

	@Test
	void shouldNotReadOrdinalsPronounsOrCrowdsOfOtherStoriesAsEvents() {
		SentenceTypes.assertNone(
				"Police detained ten men in Basra on Monday. A second wave of arrests followed in Zubair.",
				"The government announced a reform plan on Monday. The first target of the reform was the electricity ministry.",
				"Teachers walked out in Najaf on Monday. Another strike by teachers is planned in Karbala next week.",
				"The company signed a deal on Monday. It landed a contract to rebuild the airport in Mosul.",
				"Fans filled the stadium in Basra on Friday for the cup final.",
				"Supporters filled the streets of Baghdad on Sunday to celebrate the team's victory.",
				"The minister visited Kirkuk on Monday. The second round of talks was held in Erbil.",
				"The plan fell on deaf ears in Baghdad on Monday.",
				"Officials discussed rocket defences in Erbil on Monday. They landed in Baghdad later for talks.",
				"The minister named five targets for the reform on Monday. Three of the targets were in Basra.",
				"The council met in Hilla on Monday. Two of the sites were across the river from the old town.");
		// Events already reported, quantified: no new site.
		assertThat(SentenceTypes
			.of("Jets struck depots near Hilla on Friday. None of the strikes hit civilians, officials said."))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
	}

}
