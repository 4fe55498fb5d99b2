package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.api.Test;

/**
 * A munition told with who fired it or its make between it and its verb ("shells of the
 * Turkish army fell on", "a drone (Bayraktar) targeted"), and the same words where
 * nothing was fired.
 */
class MunitionSourcesTests {

	@Test
	void shouldReadAShellOrRocketToldWithItsSourceAsShelling() {
		SentenceTypes.assertEach(EventType.SHELLING_ARTILLERY_MISSILE,
				"Five holidaymakers were killed on Wednesday when artillery shells of the Turkish army fell on a resort near Amedi.",
				"Shells from the Turkish army fell on the outskirts of Batifa on Monday.",
				"Rockets fired by militants landed on the village of Bashiqa on Friday, wounding a woman.",
				"Mortar rounds from regime positions slammed into a bakery in Ariha on Tuesday.",
				"Missiles of the Iranian army struck the headquarters of a Kurdish party near Koya on Wednesday.",
				"Artillery rounds rained down on the town of Kafr Nabl on Saturday.",
				"Tank rounds hit a house in the village of Tal Tamr on Sunday, killing two children.",
				"Shells of the occupation army fell on the village of Kani Masi on Thursday morning.",
				"Rockets launched by the militias landed near the US embassy in Baghdad on Sunday night.",
				"Howitzer rounds from the government side struck the outskirts of Marib on Monday.",
				"Katyusha rockets from the eastern side fell on the airport district on Tuesday.",
				"Projectiles fired by rebels exploded in a school yard in Aleppo on Saturday, wounding pupils.",
				"Mortar shells of the militants hit a checkpoint in Tarmiyah on Friday night.",
				"Rockets (Grad) hit the centre of Kherson on Tuesday, killing one person.",
				"Shells from Syrian territory landed in the Turkish border town of Akcakale on Wednesday.");
	}

	@Test
	void shouldReadADroneToldWithItsMakeAsADroneStrike() {
		SentenceTypes.assertEach(EventType.AIR_DRONE_STRIKE,
				"A Turkish drone (Bayraktar) targeted a car near the village of Khanasor on Tuesday evening.",
				"An Iranian drone (Shahed-136) struck a house on the edge of Koya on Monday.",
				"A drone (type unknown) hit a vehicle near Qamishli on Sunday, killing its driver.",
				"A drone of the Turkish army struck a car near Sinjar on Thursday.",
				"Drones from the occupation forces bombed a farm near Kobani on Friday.");
	}

	@Test
	void shouldNotReadAMunitionAndItsSourceOutsideAStrike() {
		SentenceTypes.assertNone("Rockets of the type used by the militias were found in an orchard near Baquba.",
				"Missiles of the Iranian army could hit any base in the region, a commander warned.",
				"Shells from the army's depots were sold to smugglers, the inquiry found.",
				"A drone (Bayraktar) was displayed at the parade in Ankara on Sunday.",
				"The museum shows shells of the Ottoman army found in the valley.",
				"Drones of the Turkish army are built in Istanbul.",
				"Tank rounds from the army's stocks were handed over to the police on Monday.");
	}

}
