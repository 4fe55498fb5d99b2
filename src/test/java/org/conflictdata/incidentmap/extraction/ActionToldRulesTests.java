package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events told by what was done rather than named, and in the present tense of timelines:
 * crowds battering doors and tearing down cameras, forces firing tear gas and live
 * rounds, protesters coming under fire, gunmen who drive up and open fire, bombs that
 * explode, processions chanting slogans and marches led by a leader; and the same words
 * in plans, threats, drills, symbols torn down and quiet gatherings.
 */
class ActionToldRulesTests {

	@Test
	void aProtestingCrowdsDamageToldByItsActsIsAViolentDemonstration() {
		SentenceTypes.assertEach(EventType.VIOLENT_DEMONSTRATION,
				"Angry protesters attacked Turkish lorries at the border crossing near Jarablus on Monday.",
				"Demonstrators tore down security cameras outside the governor's office in Basra on Tuesday.",
				"Protesters smashed their way into the provincial council building in Nasiriyah on Sunday.",
				"Rioters were hammering at the gates of the police station in Kut late on Friday.",
				"Demonstrators forced their way into the oil company offices in Rumaila on Wednesday.",
				"Protesters pulled down the fence around the parliament building in Baghdad on Thursday.",
				"Protesters attacked the offices of the ruling party in Sulaymaniyah on Monday.",
				"Hundreds of protesters kicked down the gate of the governorate building in Hilla on Saturday.",
				"Demonstrators in Diwaniyah set fire to the headquarters of a militia on Monday.",
				"Protesters broke their way through the barriers outside the Iranian consulate in Najaf on Wednesday.",
				"Protesters ripped down the barbed wire at the entrance of the port of Umm Qasr on Tuesday.",
				"Rioters attacked shops and cars in the centre of Qamishli on Friday.",
				"Protesters angered by the power cuts were battering on the doors of the electricity directorate in Basra on Sunday.",
				"Demonstrators attacked a convoy of government vehicles near Karbala on Thursday.",
				"Protesters are hammering at the doors of the council building in Amara, witnesses say.");
	}

	@Test
	void anotherCrowdsDamageToldByItsActsIsMobViolence() {
		SentenceTypes.assertEach(EventType.MOB_VIOLENCE,
				"Men in militia uniforms were hammering at the doors of the television station in Baghdad on Monday.",
				"A crowd tore down the gates of the mayor's compound in Zakho on Friday.",
				"Supporters of the party smashed their way into the rival newspaper's office in Erbil on Tuesday.",
				"Youths attacked buses carrying Syrian workers in Sulaymaniyah on Saturday.",
				"A mob attacked shops owned by Yazidis in Sinjar on Sunday.",
				"Villagers pulled down the fence of the camp near Makhmour on Wednesday.",
				"Followers of the cleric forced their way into the rival mosque in Basra on Friday.",
				"Hundreds of men were pounding on the walls of the prison in Hasakah on Monday.",
				"Militiamen broke down the door of the satellite channel office in Baghdad on Saturday.",
				"A crowd of young men kicked in the doors of the courthouse in Kirkuk on Thursday.",
				"Supporters of the losing candidate attacked the offices of the electoral commission in Dohuk on Tuesday.",
				"Tribesmen's supporters ransack the house of a rival clan leader in Maysan, residents say.",
				"Men in black tore down the cameras of the embassy in Baghdad on Tuesday.",
				"A crowd set fire to the offices of the Kurdistan Democratic Party in Baghdad on Saturday.",
				"Armed supporters smashed their way into the radio station in Tikrit on Monday.");
	}

	@Test
	void aCrowdFiredOnOrControlledByForceInAnyTenseIsExcessiveForce() {
		SentenceTypes.assertEach(EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
				"Protesters on the Sinak bridge come under fire from men on the rooftops in Baghdad.",
				"Demonstrators outside the council in Kut came under heavy fire from guards on Monday.",
				"Protesters blocking the road in Basra are shot at when police move to clear it.",
				"The sit-in in Nasiriyah comes under live fire before dawn, medics say.",
				"Marchers on the road to the governorate in Karbala were shot at by security guards on Sunday.",
				"Riot police fire live rounds and tear gas to clear the square in Baghdad.",
				"Security forces move in on the sit-in in Basra, burning tents and firing live ammunition.",
				"Police used live ammunition and tear gas to break up the sit-in in Nasiriyah on Monday.",
				"Police open fire on protesters in Amara, killing two.",
				"Security forces fire on the demonstrators in Kut, wounding ten.",
				"Men in black uniforms shoot at the marchers in Diwaniyah as they reach the bridge.",
				"Soldiers fire live ammunition over the heads of the crowd in Basra, then into it.");
	}

	@Test
	void crowdControlWithoutLiveFireIsNoExcessiveForce() {
		for (String sentence : List.of(
				"Troops fire tear gas and rubber bullets at the crowd outside the ministry in Baghdad.",
				"Guards fired stun grenades from the roof of the consulate in Najaf on Wednesday.",
				"Riot police used water cannon on the crowd in Sulaymaniyah on Saturday.",
				"Police fired tear gas to push the marchers back from the bridge in Nasiriyah on Sunday.")) {
			assertThat(SentenceTypes.of(sentence)).as(sentence)
				.doesNotContain(EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
		}
	}

	@Test
	void gunmenFiringOnAPostWithTheirWeaponsNamedAreNoAttackOnCivilians() {
		for (String sentence : List.of(
				"Unknown gunmen on two motorcycles opened fire with machine guns on the checkpoint near the bridge on Sunday.",
				"Masked men opened fire with rifles at an army post outside Hawija late on Friday.")) {
			assertThat(SentenceTypes.of(sentence)).as(sentence).doesNotContain(EventType.ATTACK_ON_CIVILIANS);
		}
	}

	@Test
	void gunmenWhoArriveAndOpenFireAreAnAttack() {
		SentenceTypes.assertEach(EventType.ATTACK_ON_CIVILIANS,
				"Gunmen in pick-up trucks drive into the square in Baghdad and open fire.",
				"Masked gunmen burst into a wedding party in Samarra and opened fire.",
				"Armed men on motorcycles pull up outside the cafe in Basra and open fire.",
				"Assailants in two cars approach the house of the activist in Amara and open fire.",
				"Gunmen stormed into a barber's shop in Baqubah on Monday and opened fire.",
				"Unknown attackers pull up beside his car in Karbala and open fire, killing him.",
				"Armed men in civilian clothes arrive at the market in Hilla and open fire.",
				"Gunmen entered the village of Albu Ali near Tarmiyah at night and opened fire.",
				"Masked men drive up to the tent in Nasiriyah and open fire.",
				"Gunmen arrive in a white car at the shop in Kirkuk and open fire.");
	}

	@Test
	void aBombThatExplodesInAnyTenseIsARemoteExplosive() {
		SentenceTypes.assertEach(EventType.REMOTE_EXPLOSIVE,
				"A bomb attached to a police car explodes in central Kirkuk, wounding two officers.",
				"A bomb hidden in a rubbish bin explodes near a market in Baqubah.",
				"A roadside bomb goes off beside an army patrol near Tarmiyah, killing a soldier.",
				"A sticky bomb attached to the car of a judge detonates in Mosul.",
				"An explosive device planted under a bridge in Tikrit explodes as a convoy passes.",
				"A bomb left in a shopping bag blows up outside a cafe in Karrada.",
				"Two bombs explode minutes apart near a bus station in Baghdad.",
				"A bomb placed under the car of a journalist went off in Basra on Monday.",
				"A bomb tucked inside a motorbike exploded in the Sadr City market on Friday.",
				"An IED explodes under a Humvee near Rutba, wounding three soldiers.",
				"A device left near the checkpoint goes off in Fallujah, killing one policeman.",
				"A bomb hidden on the roadside exploded beside an oil tanker near Baiji on Tuesday.",
				"A bomb fixed to a bicycle explodes in the square of Tuz Khurmatu.",
				"A bomb attached to a fuel tanker explodes at a checkpoint south of Samarra.",
				"A bomb in a parked car explodes outside the office of a lawmaker in Diyala.");
	}

	@Test
	void processionsWithSlogansLedMarchesAndPresentTenseRalliesAreProtests() {
		SentenceTypes.assertEach(EventType.PEACEFUL_PROTEST,
				"Thousands of mourners walked behind the coffins through Najaf, chanting against the government.",
				"Mourners carrying the coffins marched through Basra chanting slogans against Iran on Sunday.",
				"Hundreds of supporters followed the coffin through the streets of Amara, shouting slogans against the militias.",
				"Thousands of mourners marched through Baghdad chanting \"Death to America\" on Saturday.",
				"Crowds walking behind the coffin of the activist in Nasiriyah chanted against the parties.",
				"The cleric leads a large march against the American military presence in Baghdad.",
				"Muqtada al-Sadr led a huge rally against corruption in Tahrir Square on Friday.",
				"The opposition leader led a march through central Sulaymaniyah on Monday.",
				"The tribal sheikh leads a protest outside the oil company in Basra.",
				"Students led a demonstration outside the ministry of education in Baghdad on Tuesday.",
				"Thousands march through Baghdad against the American presence.",
				"Hundreds of students rally outside the ministry in Baghdad.",
				"Protesters gather in front of the provincial council in Kut, demanding jobs.",
				"Demonstrators march on the governorate in Nasiriyah, witnesses say.",
				"Hundreds protest outside the oil company in Basra over unemployment.",
				"Activists demonstrate in Erbil against the detention of a journalist.",
				"Crowds gather in Tahrir Square in Baghdad after Friday prayers.",
				"Thousands of followers marched through Kufa, chanting slogans for the cleric, on Friday.");
	}

	@Test
	void plansThreatsDrillsSymbolsAndQuietGatheringsAreNoEvents() {
		SentenceTypes.assertNone("A march for peace is planned in Baghdad on Friday.",
				"Mourners gathered quietly in Najaf on Saturday.",
				"Firefighters held fire drills at the port of Basra on Monday.",
				"Soldiers fire live rounds during a training exercise near Mosul on Monday.",
				"Protesters were attacked by militiamen in Basra on Monday.",
				"Protesters plan to march in Baghdad on Friday.", "The cleric will lead a march in Baghdad next week.",
				"Police said the bomb did not explode in Kirkuk on Monday.",
				"The crowd tore down posters of the candidate in Basra on Monday.",
				"He leads the protest movement in Nasiriyah.",
				"Mourners walked silently behind the coffin in Najaf on Monday.",
				"Gunmen threatened to open fire on the protesters in Basra.",
				"Troops fired live rounds at the militants in Hawija on Monday.",
				"Workers pulled down the old market hall in Mosul on Monday to make way for a mall.",
				"Protesters tore down pictures of the prime minister in Nasiriyah on Monday.",
				"Police warned they would use tear gas if protesters approached the bridge in Baghdad.",
				"The bomb failed to explode and was defused by police in Kirkuk on Monday.",
				"Men were repairing the doors of the mosque in Mosul on Monday.",
				"Crowds of shoppers walked through the market in Erbil on Monday.",
				"Sadr has threatened to lead a march on the Green Zone if the government does not resign.",
				"Demonstrators were pushed back by police in Basra on Monday.",
				"Protesters say they will gather in Tahrir Square again on Friday.",
				"Thousands of pilgrims walked to Karbala for Arbaein on Monday.",
				"Police practised firing tear gas during a training exercise in Erbil on Monday.",
				"A bomb that was found under a car in Kirkuk was defused on Monday.",
				"Protesters say they will gather in Tahrir Square again on Friday.",
				"Police will fire on anyone who approaches the base in Anbar, the commander said.",
				"Security forces fired live rounds at insurgents hiding in the orchards near Tarmiyah on Monday.");
	}

	@Test
	void protestersPickedOffFireBegunOnACrowdAndLiveFireAmidCrowdControlAreExcessiveForce() {
		SentenceTypes.assertEach(EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
				"Snipers on the rooftops picked off protesters in Tahrir Square in Baghdad on Friday.",
				"Gunmen on a hotel roof were picking off demonstrators near the Jumhuriya bridge in Baghdad on Monday.",
				"Witnesses said marksmen picked off several marchers near the council building in Kut on Tuesday.",
				"Troops arrived at the sit-in in Kut shortly before dawn on Monday and began firing almost at once.",
				"Riot police started shooting as the crowd reached the governorate building in Hilla on Sunday.",
				"Security forces began firing on the protest camp in Diwaniyah late on Wednesday, medics said.",
				"Soldiers guarding the oil company began shooting when demonstrators reached the gate in Basra on Thursday.",
				"Men in black began firing from a pick-up truck at the sit-in in Najaf on Saturday night.",
				"Security forces cleared the Senak bridge in Baghdad with live fire on Saturday.",
				"Police dispersed the crowd outside the provincial council in Amara with live ammunition on Tuesday.",
				"Troops broke up the sit-in on the main road in Nasiriyah with live rounds on Monday morning.",
				"Riot police pushed protesters back from the bridges in Baghdad on Saturday, firing tear gas, rubber bullets and, according to medics, live rounds.",
				"Police used water cannon, stun grenades and, witnesses said, live ammunition against the crowd in Kut on Friday.",
				"Guards fired tear gas and, according to doctors, live bullets at the marchers in Karbala on Sunday.",
				"Security forces reopened the road to the port in Umm Qasr with live fire, scattering the sit-in on Wednesday.");
	}

	@Test
	void fireBegunAtMilitantsOrInDrillsJobsLostAndBridgesClearedOfDebrisAreNoExcessiveForce() {
		SentenceTypes.assertNone("The company fired forty workers in Basra on Monday.",
				"Workers cleared the bridge of debris in Mosul on Tuesday.",
				"The valley in Halabja became a killing ground in 1988.",
				"Troops began firing at militants hiding in the orchards near the protest camp road, officials said.",
				"Police began firing practice rounds during a drill for crowd control in Erbil on Monday.",
				"Engineers cleared the bridge in Ramadi with heavy machinery on Sunday.",
				"Riot police pushed the crowd back from the bridge in Baghdad on Saturday, firing tear gas and rubber bullets.",
				"The striker picked off the defenders and scored in front of the crowd in Basra on Friday.",
				"Protest organisers said police might begin firing if the crowd reached the bridge.",
				"The minister said security forces would not start shooting at demonstrators in Baghdad.");
	}

	@Test
	void aFuneralCrowdChantingPoliticalSlogansIsAProtestAndAQuietFuneralIsNone() {
		SentenceTypes.assertEach(EventType.PEACEFUL_PROTEST,
				"On Monday the crowd that followed the coffins to the cemetery in Najaf had grown to several thousand men chanting Death to America.",
				"A crowd followed the coffin of the commander through Karbala on Tuesday, chanting slogans against the government.",
				"Mourners walked behind the casket in Basra on Friday shouting slogans against Iran.",
				"The crowd that accompanied the bodies to the shrine in Kadhimiya on Sunday was chanting against the United States.",
				"Thousands of mourners followed the coffins through Karbala on Tuesday chanting slogans against the United States.");
		SentenceTypes.assertNone(
				"Hundreds of mourners followed the coffin of the poet to the cemetery in Najaf on Monday.",
				"A crowd followed the funeral of the singer through Erbil on Friday, weeping and singing his songs.",
				"Relatives carried the coffin of the teacher to the cemetery in Kut on Sunday.");
	}

}
