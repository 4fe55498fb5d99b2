package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Killings told by their victims, fights named by their noun, bombs and drones told by a
 * vivid verb, timelines in the present tense and crowds breaking into seats of
 * government; and the same words in threats, denials, tallies and history.
 */
class KillingRulesTests {

	@Test
	void shouldTypeAKillingOfArmedMenAsAClash() {
		SentenceTypes.assertEach(EventType.ARMED_CLASH,
				"Gunmen killed four militiamen in Basra on Tuesday, police said.",
				"Gunmen killed three soldiers at a checkpoint west of Samarra on Friday.",
				"Unknown gunmen killed two policemen in Tuz Khurmatu late on Monday, a security source said.",
				"Militants killed five members of the tribal militia near Baiji on Sunday.",
				"Insurgents shot dead four border guards near Qaim on Wednesday.",
				"Jihadists gunned down two peshmerga near Makhmour on Saturday.");
	}

	@Test
	void shouldTypeAKillingOfUnarmedPeopleAsAnAttack() {
		SentenceTypes.assertEach(EventType.ATTACK_ON_CIVILIANS,
				"Armed men killed a shepherd and his son near Khanaqin on Thursday.",
				"Jihadists killed seven villagers near Tal Afar on Monday.",
				"Attackers killed two traders on the Kirkuk road on Sunday.",
				"Gunmen raided a farm near Tarmiyah on Friday, killing three farmers.",
				"Suspected IS militants attacked a village near Khanaqin on Saturday, killing two farmers.");
	}

	@Test
	void shouldTypeDemonstratorsKilledAsExcessiveForce() {
		SentenceTypes.assertEach(EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
				"Snipers killed two protesters near Tahrir Square on Monday.",
				"Snipers shot dead three demonstrators near the Jumhuriya bridge in Baghdad on Monday.",
				"Security forces killed four protesters in Nasiriyah on Thursday.",
				"Police shot two demonstrators outside the governorate building in Kut on Tuesday.");
	}

	@Test
	void shouldTypeAnAttackByTheVictimsItsTollNames() {
		SentenceTypes.assertEach(EventType.ARMED_CLASH,
				"Militants overran an army outpost near Rutba late on Saturday, killing three soldiers.",
				"Militants stormed a police post near Hit on Tuesday, killing two policemen.",
				"Insurgents ambushed a convoy near Mutaibija on Saturday, killing four soldiers.",
				"On Monday gunmen fire on an army checkpoint near Laylan, killing one soldier.",
				"On Sunday militants open fire on a police patrol in Hawija, wounding two.");
	}

	@Test
	void shouldReadFightsNamedByTheirNoun() {
		SentenceTypes.assertEach(EventType.ARMED_CLASH,
				"Four members of a militia were killed in a gunfight in Basra on Tuesday.",
				"A shootout between police and a drug gang in Basra killed one officer on Monday.",
				"A firefight near Tarmiyah on Sunday left three militants dead.",
				"A gun battle broke out in the Zayouna district of Baghdad on Tuesday night.",
				"Two fighters died in an exchange of fire near Dhiban on Thursday.");
	}

	@Test
	void shouldReadBombsAndDronesToldByAVividVerb() {
		SentenceTypes.assertEach(EventType.REMOTE_EXPLOSIVE,
				"A bomb tore through a crowded market in Sadr City on Sunday, killing nine people.",
				"A roadside bomb tore through a minibus near Tikrit on Thursday, killing four passengers.",
				"A powerful blast rocked the centre of Kirkuk on Sunday, wounding seven.",
				"An explosion hit a market in Azamiyah on Friday, killing two shoppers.");
		SentenceTypes.assertEach(EventType.AIR_DRONE_STRIKE,
				"A Turkish drone bombarded a car near Makhmour on Wednesday, killing two.",
				"Turkish jets bombarded villages in the Duhok countryside on Sunday.");
	}

	@Test
	void shouldReadCrowdsBreakingIntoSeatsOfGovernmentAndStonesThrown() {
		SentenceTypes.assertEach(EventType.VIOLENT_DEMONSTRATION,
				"Supporters of the cleric poured into the parliament building in Baghdad on Saturday.",
				"Protesters burst into the governorate offices in Basra on Wednesday.",
				"Thousands of followers forced their way into the Green Zone on Monday.",
				"On Friday in Basra stones are thrown from both sides and security forces fire into the air.");
	}

	@Test
	void shouldNotReadTalliesThreatsDenialsOrHistoryAsEvents() {
		SentenceTypes.assertNone("Gunmen have killed dozens of activists since 2019.",
				"Militants have killed more than 200 soldiers in the province this year.",
				"The group threatened to kill ten soldiers unless its demands were met.",
				"Police denied that snipers killed any protesters during the demonstration.",
				"Officials fear militants could kill more civilians if the army withdraws.",
				"In 2014, jihadists killed hundreds of Yazidi men near Sinjar.",
				"The blast that rocked Beirut's port in 2020 killed more than 200 people.",
				"Fighters plan to attack the base, killing as many soldiers as they can.",
				"Supporters poured into the square to celebrate the election result.",
				"An explosion of anger followed the court's ruling.",
				"The militia denied its men killed two farmers last week.",
				"If gunmen killed three soldiers, the army would respond.",
				"Snipers killed dozens of protesters during the 2019 uprising.",
				"Drones bombarded the public with leaflets before the vote.");
	}

	@Test
	void shouldKeepTheWeaponsTypeWhenTheKillersAlsoUseOne() {
		assertThat(SentenceTypes.of("Militants killed three soldiers with a roadside bomb near Baiji on Monday."))
			.containsExactly(EventType.REMOTE_EXPLOSIVE);
		assertThat(SentenceTypes.of("Explosions rocked the district on Monday as warplanes struck militant hideouts."))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
	}

	@Test
	void shouldTypeAKillingOfRelativesOrHerdersByHedgedKillersAsAnAttack() {
		SentenceTypes.assertEach(EventType.ATTACK_ON_CIVILIANS,
				"Armed men believed to belong to Daesh killed two brothers near the village of Abu Karma on Thursday.",
				"The police source said that gunmen believed to be from the Islamic State killed two brothers grazing sheep near Khanaqin on Monday.",
				"Militants suspected of being Islamic State members killed three cousins near Tuz Khurmatu on Sunday.",
				"Gunmen thought to be jihadists shot dead a herdsman and his son near Daquq on Friday.",
				"Armed men killed two nephews of the village headman near Jalawla on Tuesday.",
				"Unknown gunmen shot dead two herders near the Hamrin foothills on Wednesday evening.",
				"Attackers believed to be linked to the group killed two sons of a farmer in Mutaibija on Saturday.");
		SentenceTypes.assertNone("Two brothers killed in the 2014 massacre were buried again in Speicher last year.",
				"The militants have killed dozens of herdsmen since 2019, officials said.",
				"Gunmen threatened to kill the brothers unless the family paid a ransom.");
	}

}
