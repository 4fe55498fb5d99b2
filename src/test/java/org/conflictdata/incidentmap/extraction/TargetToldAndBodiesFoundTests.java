package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.api.Test;

/**
 * Strikes told from their target and typed by what hit it, killings discovered as bodies
 * found, and blasts at munitions stores; and the same words in threats, denials, finds of
 * weapons, accidents, mass graves and tallies.
 */
class TargetToldAndBodiesFoundTests {

	@Test
	void aTargetHitByProjectilesIsAShelling() {
		SentenceTypes.assertEach(EventType.SHELLING_ARTILLERY_MISSILE,
				"A military position near al-Kiswah was hit by Israeli missiles shortly before midnight on Tuesday, killing 15 fighters.",
				"A house in Jenin was struck by a missile early on Monday, killing two people.",
				"A fuel truck on the Kirkuk road was hit by a rocket on Wednesday, wounding its driver.",
				"The camp was targeted by two rockets on Monday evening.",
				"A base housing US troops in Anbar was struck by rockets on Tuesday.",
				"An SDF checkpoint near Manbij was struck by Turkish artillery shells on Saturday.",
				"The Green Zone was targeted by three Katyusha rockets late on Sunday.",
				"A school in Kafr Nabl was hit by a missile on Wednesday, killing four children.",
				"Two houses in the village of Deir Hafer were hit by mortar shells on Thursday.",
				"A minibus was hit by an anti-tank missile near Jisr al-Shughur on Friday, killing three.",
				"The airport was pounded by artillery on Sunday, officials said.",
				"A Syrian army post in Latakia countryside was hit by a barrage of rockets on Monday.");
	}

	@Test
	void aBodyFoundWithMarksOfViolenceIsAnAttack() {
		SentenceTypes.assertEach(EventType.ATTACK_ON_CIVILIANS,
				"An Iraqi woman was found dead with gunshot wounds to the head inside the camp on 21 March.",
				"The body of a shepherd was found dead with gunshot wounds near Tal Afar on Monday.",
				"The bodies of two shepherds were found near the village of Mutaibija on Wednesday.",
				"Police found the body of a young man with gunshot wounds to the head in Diyala on Sunday.",
				"Two brothers were found dead with their hands tied near Kirkuk on Friday.",
				"The bullet-riddled bodies of three men were found on a road outside Mosul on Thursday.",
				"A farmer was found murdered in his field near Khanaqin on Saturday.",
				"The body of a taxi driver was found in an orchard near Baquba on Monday.",
				"The bodies of four men were discovered on a farm near Tarmiyah on Sunday.",
				"The body of a journalist was dumped on a roadside in Basra on Tuesday.",
				"A young woman was found strangled in her home in Sulaimani on Friday.",
				"Two shepherds were found beheaded near Badush on Thursday.",
				"A municipal employee was found stabbed to death in Nasiriyah on Wednesday.",
				"An activist was found dead with signs of torture near Amarah on Saturday.",
				"Villagers discovered the bodies of three farmers in a field outside Kirkuk on Monday.");
	}

	@Test
	void aBlastAtAMunitionsStoreIsAnExplosion() {
		SentenceTypes.assertEach(EventType.REMOTE_EXPLOSIVE,
				"An explosion at an arms depot in Musayyib killed two people on Monday.",
				"An explosion at a weapons depot belonging to the PMF was reported on Tuesday.",
				"A blast at an ammunition store near Balad rocked the area on Wednesday.",
				"An explosion ripped through an ammunition warehouse near Baghdad on Thursday.",
				"A blast hit a munitions depot of the brigade at Camp Saqr on Tuesday night.");
	}

	@Test
	void threatsDenialsFindsAccidentsAndGravesAreNoEvents() {
		SentenceTypes.assertNone(
				"Militia leaders warned that US bases could be hit by rockets if the troops did not leave.",
				"Officials denied that the airport was hit by missiles on Tuesday.",
				"If the dam were hit by missiles, the city would flood.",
				"The ministry said the car was hit by a truck on the highway on Monday.",
				"A boy was struck by lightning near Mosul on Sunday.",
				"Security forces found a cache of rockets and mortar rounds near Tarmiyah on Monday.",
				"Troops found a tunnel used by the militants near Hawija on Tuesday.",
				"Police found an arms cache with explosives in a house in Kirkuk on Friday.",
				"The bodies of 12 migrants were found in the desert near the border on Monday.",
				"The bodies of three children who drowned in the river were found on Sunday.",
				"Rescuers found the bodies of ten people under the rubble of the building on Thursday.",
				"The bodies of those killed in Tuesday's strike were recovered on Wednesday.",
				"A mass grave containing the bodies of 40 Yazidis was found near Sinjar on Monday.",
				"An elderly man was found dead in his home in Erbil after the heatwave on Sunday.",
				"A prisoner was found dead in his cell in Baghdad on Tuesday, the ministry said.",
				"The bodies of two climbers were found after an avalanche on Mount Halgurd.",
				"The bodies of the pilots were recovered from the crash site on Friday.",
				"More than 200 bodies have been found in the city since the fighting ended.",
				"A gas explosion at a restaurant in Erbil killed two people on Monday.",
				"An explosion at a fuel depot caused by a short circuit injured three workers.",
				"The 2016 explosion at an arms depot south of Baghdad was never explained.",
				"The village could come under rocket fire again, residents fear.",
				"Soldiers said the truck was hit by an anti-tank missile before it could reach the checkpoint.",
				"The car was struck by a guided missile a hundred metres short of the gate, officers said.");
	}

}
