package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Protests told of any group of people (farmers, pensioners, drivers, families of the
 * missing, "hundreds"), with the verbs news uses for them, past and present; calls,
 * plans, bans, history, errands ("gathered to watch") and other senses of "rallied" are
 * no protest.
 */
class ProtestRulesTests {

	private static final List<String> TOLD = List.of(
			"Several hundred farmers from villages along the Diyala river rallied outside the provincial council building in Baquba on Sunday.",
			"About 200 teachers marched to the education directorate in Nasiriyah on Monday demanding unpaid salaries.",
			"Pensioners gathered in front of the retirement office in Hilla on Tuesday to protest delays in payments.",
			"Dozens of unemployed graduates demonstrated outside the oil ministry in Basra on Wednesday.",
			"Contract workers at the electricity department held a sit-in at the company's headquarters in Kut on Thursday.",
			"University lecturers staged a walkout at Mosul University on Saturday over unpaid bonuses.",
			"Hundreds of doctors and nurses protested outside the health directorate in Karbala on Sunday.",
			"Oil workers picketed the gates of the Rumaila field near Basra on Monday, demanding permanent contracts.",
			"Taxi drivers blocked the main road into Sulaimaniya on Tuesday in protest at fuel prices.",
			"Traders and shopkeepers in Erbil closed their shops and gathered in the central bazaar on Wednesday to protest new taxes.",
			"Tribesmen rallied in Ramadi on Friday to denounce the arrest of a tribal sheikh.",
			"Families of the missing gathered outside the courthouse in Mosul on Thursday, holding photographs of their relatives.",
			"Thousands of Sadr supporters marched through central Baghdad on Friday, chanting slogans against corruption.",
			"Hundreds of Kurds demonstrated in Qamishli on Saturday against the Turkish offensive.",
			"Yazidis held a protest in Sinjar on Monday to demand the return of abducted women.",
			"Dozens of women staged a protest outside the governor's office in Kirkuk on Sunday.",
			"A crowd of displaced people gathered at the gate of the Debaga camp on Tuesday demanding to return home.",
			"Hundreds took part in a protest in Nasiriyah on Friday against power cuts.",
			"Dozens of teachers are rallying outside the education ministry in Baghdad on Sunday.",
			"Farmers besieged the council building in Diwaniya on Monday, demanding compensation for drought losses.",
			"Workers at the state cement factory in Kufa went on strike on Tuesday and gathered at the factory gate.",
			"A protest by contract workers outside the governorate building in Basra on Wednesday ended peacefully.",
			"Hundreds of displaced people protested in Kirkuk on Thursday against plans to close the camps.",
			"Several dozen lecturers held a sit-in at the University of Baghdad on Sunday.",
			"Students marched from the campus to Tahrir Square in Baghdad on Monday.",
			"Shopkeepers in the old market of Mosul staged a strike on Saturday in protest at new fees.",
			"Several hundred unemployed men gathered outside the oil company offices in Nasiriyah on Sunday, demanding jobs.",
			"Demonstrators rallied in the main square of Suwayda on Friday, calling for the fall of the government.",
			"Truck drivers protested at the Ibrahim Khalil border crossing on Monday over new customs fees.",
			"Hundreds of graduates staged a demonstration in front of the provincial council in Najaf on Tuesday.",
			"Nurses are protesting outside the main hospital in Basra on Wednesday over unpaid wages.",
			"Several thousand people rallied in Sulaimaniya on Saturday to protest unpaid salaries.");

	private static final List<String> NOT_TOLD = List.of("Teachers' unions called for a rally in Baghdad on Friday.",
			"Farmers plan to march on the provincial council in Baquba next week.",
			"The governor banned all protests in Basra on Sunday.", "The 2019 protests in Baghdad left hundreds dead.",
			"Tribal leaders rallied behind the candidate in Ramadi on Sunday.",
			"The Iraqi dinar rallied against the dollar on Monday.",
			"Troops rallied after the first assault and held their positions.",
			"Investigators gathered evidence at the scene in Kirkuk on Tuesday.",
			"Crowds gathered to watch the football match in Erbil on Saturday.",
			"Protests have been held weekly in Sulaimaniya since March.",
			"Pensioners said they would hold a sit-in if payments are not made by Sunday.",
			"Doctors threatened to go on strike next month in Basra.",
			"Hundreds of families gathered to break the fast in the Old City of Mosul on Friday.",
			"Dozens of pilgrims gathered at the shrine in Karbala on Thursday for prayers.",
			"The oil workers' union has organised rallies every year since 2011.",
			"Families of the missing have long demanded answers from the government.",
			"Shopkeepers in Erbil said they were considering a strike.",
			"Organisers hope thousands will march through Baghdad on Saturday.",
			"Officials gathered in Baghdad on Monday for talks on the budget.",
			"Hundreds of students gathered for the graduation ceremony in Mosul on Thursday.",
			"Kurdish leaders gathered in Erbil on Sunday to discuss the referendum.",
			"The team's supporters marched to the stadium before the match on Friday.",
			"Lecturers who protested last year were later dismissed, the union said.",
			"Women gathered at the well to collect water in the camp on Tuesday.",
			"Displaced people gathered their belongings and fled the camp on Monday.",
			"Tribesmen gathered in the sheikh's guest house on Friday to mark the wedding.",
			"Day labourers gathered for work at the roundabout in Hilla on Monday morning.",
			"Nurses gathered for the night shift at the hospital in Kirkuk on Sunday.",
			"A planned protest by drivers in Basra was called off on Sunday.",
			"The council urged farmers not to block the road in Diwaniya.",
			"Demonstrations are expected in Baghdad on Friday.",
			"The prime minister met a delegation of protesting teachers in Baghdad on Monday.");

	private static List<EventType> types(String text) {
		return CurrentMentions.of(text + "\n", "2020-03-18").stream().map(IncidentMention::type).toList();
	}

	@Test
	void shouldReadAProtestByAnyGroupOfPeople() {
		for (String sentence : TOLD) {
			assertThat(types(sentence)).as(sentence).contains(EventType.PEACEFUL_PROTEST);
		}
	}

	@Test
	void shouldReadNoProtestInCallsPlansBansHistoryOrErrands() {
		for (String sentence : NOT_TOLD) {
			assertThat(types(sentence)).as(sentence)
				.doesNotContain(EventType.PEACEFUL_PROTEST, EventType.VIOLENT_DEMONSTRATION);
		}
	}

	@Test
	void shouldKeepACrowdBlockingARoadPeacefulUnlessItTurnsViolent() {
		assertThat(types("Taxi drivers blocked the main road into Sulaimaniya on Tuesday in protest at fuel prices."))
			.containsExactly(EventType.PEACEFUL_PROTEST);
		assertThat(types("Armed men blocked the main road into Sulaimaniya on Tuesday.")).isEmpty();
	}

}
