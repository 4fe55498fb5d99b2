package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.api.Test;

/**
 * Killings told as martyrdoms and raids told as infiltrations, as English translated from
 * Arabic copy words them; and the same words in commemorations, places, threats, denials
 * and history.
 */
class TranslatedIdiomsTests {

	@Test
	void shouldTypeArmedMenMartyredAsAClash() {
		SentenceTypes.assertEach(EventType.ARMED_CLASH,
				"Two fighters of the Popular Mobilisation were martyred near Tuz Khurmatu on Saturday night.",
				"Three members of the tribal mobilisation were martyred on Tuesday in the Hamrin mountains, a source said.",
				"A first lieutenant in the army was martyred on Sunday near the village of Albu Ajeel.",
				"Two martyrs of the Hashd fell in a Daesh attack north of Muqdadiya on Thursday.",
				"A policeman fell as a martyr in Tarmiyah on Wednesday, a security source said.",
				"Four fighters rose as martyrs while defending their post in Makhmour on Friday.",
				"Two soldiers rose to martyrdom in the Mutaibija area on Saturday.",
				"A member of the federal police was martyred by a sniper's bullet in Tarmiyah on Thursday.",
				"A soldier was martyred in a Daesh attack on an army post near Tarmiyah on Saturday.",
				"An officer with the rank of captain in the Iraqi army was martyred near Hawija on Monday.");
	}

	@Test
	void shouldTypeUnarmedPeopleMartyredAsAnAttackOnCivilians() {
		SentenceTypes.assertEach(EventType.ATTACK_ON_CIVILIANS,
				"Five shepherds were martyred at the hands of Daesh gangs in the desert of Anbar on Friday.",
				"Two brothers fell as martyrs by the bullets of terrorists in Abu Saida on Monday.",
				"Three farmers were martyred when terrorists opened fire on them near Khanaqin on Sunday.",
				"A civilian was martyred at the hands of an armed group in Jalawla on Tuesday.");
	}

	@Test
	void shouldLeaveAMartyrdomByAMineOrBlastToTheWeaponRules() {
		SentenceTypes.assertEach(EventType.REMOTE_EXPLOSIVE,
				"On Monday, a shepherd was martyred when a landmine left over from the war exploded near Jalawla.",
				"A farmer was martyred on Sunday when a land mine went off under his tractor near Khanaqin.",
				"Two soldiers were martyred in a blast near Tarmiyah on Saturday.");
	}

	@Test
	void shouldTypeAnInfiltrationThatFoughtAsAClash() {
		SentenceTypes.assertEach(EventType.ARMED_CLASH,
				"A terrorist group infiltrated under the cover of darkness and attacked a post of the army near Khanaqin on Monday.",
				"Daesh elements infiltrated from the orchards and then stormed a Hashd position north of Baquba on Sunday night.",
				"The army repulsed an infiltration attempt by terrorist elements in the Mutaibija area on Friday.",
				"Our forces thwarted an infiltration attempt by Daesh near Rashad on Wednesday, killing two of the attackers.",
				"The Hashd foiled a Daesh attack on the village of Bashir on Monday night, killing three of the attackers.");
	}

	@Test
	void shouldNotReadMartyrsOrInfiltrationOutsideAnEvent() {
		SentenceTypes.assertNone("Thousands visited the martyrs' cemetery in Najaf on Friday.",
				"The governor commemorated the martyrs of 1991 at a ceremony in Karbala on Sunday.",
				"Residents unveiled a statue of the martyr in the central square of Nasiriya on Monday.",
				"The families of the martyrs demanded compensation from the government in Basra on Wednesday.",
				"The ministry said it would pay pensions to the families of those who were martyred in the war.",
				"The anniversary of the martyrdom of Imam Hussein was marked in Karbala on Tuesday.",
				"The Hashd said it was ready to repel any attack on its positions near Tuz Khurmatu.",
				"Daesh remnants still hide in the valleys of the Hamrin mountains, officials say.",
				"The army warned that terrorist groups may try to infiltrate under the cover of darkness.",
				"Officials denied that anyone was martyred in the attack on the power station in Touz on Sunday.",
				"The council named a school after a martyr of the Hashd in Samarra on Thursday.",
				"The Hashd thwarted a plan to infiltrate the city, a spokesman said on Monday.");
	}

}
