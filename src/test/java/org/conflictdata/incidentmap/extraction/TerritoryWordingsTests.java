package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places taken in the wordings of unseen wire copy ("overran the central city of",
 * "wrested control of", "fell to rebel forces", "which the rebels entered", "the army
 * redeployed outside the city"), typed by who took them; plans, history, denials, goods
 * or people seized and crowds' flags are no change of territory.
 */
class TerritoryWordingsTests {

	private static final List<String> TAKEN = List.of(
			"Syrian rebel factions backed by Turkish tanks and warplanes seized control of the border town of Jarabulus from Islamic State on Wednesday.",
			"Insurgents led by HTS overran the central city of Hama on Thursday.",
			"The army said it had redeployed outside the city of Hama after the rebels broke through its defences on Thursday.",
			"The town of Marea fell to the militants on Sunday.",
			"Rebels entered Aleppo on Friday, meeting little resistance.",
			"Iraqi troops recaptured the town of Baiji from Islamic State on Monday.",
			"Government forces retook the village of Tal Hamis on Tuesday, the defence ministry said.",
			"Kurdish Peshmerga fighters liberated the town of Bashiqa on Monday.",
			"The Syrian army regained control of Palmyra on Sunday, state media said.",
			"Islamic State militants captured the town of Hit on Tuesday.",
			"Al-Shabaab fighters took control of the town of Bardere on Saturday after government troops withdrew.",
			"Houthi fighters seized the city of Amran on Tuesday.",
			"Afghan security forces wrested control of the district centre of Musa Qala from the Taliban on Friday.",
			"Taliban fighters took the district of Kunduz on Sunday.",
			"Government troops drove Islamic State fighters out of the town of Sinjar on Friday.",
			"The militants raised their flag over the police headquarters in Ramadi on Sunday.",
			"The militants withdrew from Tadef, which the rebels entered on Wednesday.",
			"Nigerian troops have recaptured the town of Bama from Boko Haram, the army said on Sunday.",
			"Libyan forces loyal to the unity government liberated Sirte on Monday.",
			"Jihadists overran a military base near the town of Menaka on Wednesday.",
			"The town of Sheikh Maqsoud fell to rebel forces on Friday.",
			"Somali troops and African Union forces recaptured the port town of Barawe on Monday.",
			"Rebel factions captured Saraqeb on Wednesday, cutting the main highway.",
			"The Malian army retook the town of Konna on Friday.",
			"HTS fighters stormed into the city of Idlib on Saturday.",
			"Turkish-backed factions took over the town of Tal Abyad on Sunday.",
			"The army has recaptured Kafr Nabl, state television reported on Wednesday.",
			"Taliban fighters captured the provincial capital of Zaranj on Friday.",
			"Security forces regained control of the village of Jurf al-Sakhar on Saturday.",
			"Islamic State militants seized control of much of Ramadi on Friday.",
			"Yemeni government forces retook the port of Mokha from the Houthis on Thursday.",
			"The rebels captured the city on Thursday.");

	private static final List<String> NOT_TAKEN = List.of(
			"A year on, the group has seized a provincial capital in Iraq and an ancient city in Syria in the same week.",
			"Rebels have captured a city in the north every month this year, analysts said on Monday.",
			"Government forces aim to retake the town of Tal Afar before the end of the year.",
			"Iraqi troops recaptured Mosul in 2017 after nine months of fighting.",
			"The Houthis denied reports that they had seized control of the town of Mokha.",
			"Police seized weapons and ammunition in a raid in Kirkuk on Monday.",
			"The singer's fans seized control of the stage at the festival in Erbil on Saturday.",
			"Gunmen seized two foreign engineers in Kirkuk on Tuesday.",
			"The rebels vowed to capture Hama within days.",
			"The army plans to drive the militants out of the town of Sinjar.",
			"The militants could take Ramadi if reinforcements do not arrive.",
			"Islamic State captured Mosul in June 2014.", "Officials warned that the town might fall to the Taliban.",
			"The opposition seized control of the debate in parliament on Tuesday.",
			"The bank took control of the company's assets on Monday.",
			"Customs officers seized a shipment of drugs at the port of Umm Qasr on Sunday.",
			"Police captured three suspects in Basra on Friday.",
			"The rebels said they had entered Aleppo, but the army denied the claim.",
			"Troops entered the village on a routine patrol on Monday.",
			"Rebels entered talks with the government in Geneva on Wednesday.",
			"The militants captured the imagination of the young in Mosul.",
			"The army liberated the hostages in Kirkuk on Monday.",
			"The government regained control of the economy after the crisis.",
			"The Taliban have taken several districts since May.", "The rebels hope to regain control of Idlib.",
			"The council took control of the water supply in Kirkuk on Monday.",
			"The army said the militants would be driven out of the town soon.",
			"The troops will withdraw from the city next month.",
			"A retired general recalled how the army recaptured Fallujah in 2004.",
			"Peace activists raised their flag over the protest camp in Baghdad.",
			"Fans raised the club flag over the stadium in Erbil on Sunday.",
			"If the rebels overran Hama, the road to Homs would be open.");

	private static List<EventType> types(String text) {
		return CurrentMentions.of(text + "\n", "2020-03-18").stream().map(IncidentMention::type).toList();
	}

	@Test
	void shouldReadAPlaceTakenInManyWordings() {
		for (String sentence : TAKEN) {
			assertThat(types(sentence)).as(sentence)
				.containsAnyOf(EventType.GOVERNMENT_REGAINS_TERRITORY, EventType.NON_STATE_OVERTAKES_TERRITORY);
		}
	}

	@Test
	void shouldReadNoPlaceTakenInPlansHistoryDenialsOrSeizures() {
		for (String sentence : NOT_TAKEN) {
			assertThat(types(sentence)).as(sentence)
				.doesNotContain(EventType.GOVERNMENT_REGAINS_TERRITORY, EventType.NON_STATE_OVERTAKES_TERRITORY);
		}
	}

	@Test
	void shouldTypeThePlaceByWhoTookIt() {
		assertThat(types(
				"Afghan security forces wrested control of the district centre of Musa Qala from the Taliban on Friday."))
			.containsExactly(EventType.GOVERNMENT_REGAINS_TERRITORY);
		assertThat(types("Insurgents led by HTS overran the central city of Hama on Thursday."))
			.containsExactly(EventType.NON_STATE_OVERTAKES_TERRITORY);
		assertThat(types(
				"The army said it had redeployed outside the city of Hama after the rebels broke through its defences on Thursday."))
			.containsExactly(EventType.NON_STATE_OVERTAKES_TERRITORY);
		assertThat(
				types("Islamic State fighters withdrew from the town of Tadef, which the army entered on Wednesday."))
			.containsExactly(EventType.GOVERNMENT_REGAINS_TERRITORY);
		assertThat(types("The town of Sheikh Maqsoud fell to rebel forces on Friday."))
			.containsExactly(EventType.NON_STATE_OVERTAKES_TERRITORY);
	}

	@Test
	void shouldNotReadTroopsLeavingWithNoEnemyNamedAsALoss() {
		assertThat(types("Troops withdrew from the town of Tadef on Wednesday under the ceasefire agreement."))
			.isEmpty();
	}

}
