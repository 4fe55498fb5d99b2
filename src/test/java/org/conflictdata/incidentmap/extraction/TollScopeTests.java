package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.conflictdata.incidentmap.extraction.CasualtyParser.Casualties;

import static org.assertj.core.api.Assertions.assertThat;

class TollScopeTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			No casualties.                                                                   | 0
			Nobody was hurt.                                                                 | 0
			Nobody had been killed or wounded, the command said.                             | 0
			There were no immediate reports of casualties.                                   | 0
			There were no initial reports of injuries.                                       | 0
			Nobody was inside at the time.                                                   | 0
			No one was inside the building when the shell hit it.                            | 0
			The rockets caused only material damage.                                         | 0
			The salvo caused material damage only, the ministry said.                        | 0
			Nobody was injured, the statement said.                                          | 0
			No one was harmed.                                                               | 0
			The blast damaged two vehicles but did not cause casualties.                     | 0
			No soldiers were hurt.                                                           | 0
			No Americans were hurt in the attack.                                            | 0
			None of the personnel on the base were injured.                                  | 0
			No deaths or injuries were reported.                                             | 0
			The mortar rounds landed in farmland without causing casualties.                 | 0
			The attack resulted in no casualties.                                            | 0
			""")
	void shouldReadTollsToldAsNone(String text, int killed) {
		Casualties c = CasualtyParser.parse(text);
		assertThat(c.killed()).isEqualTo(Count.exactly(killed));
		assertThat(c.wounded()).isEqualTo(Count.exactly(0));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			No one was killed, but three guards were wounded.                                 | 0
			no one died in the fire                                                           | 0
			None of the contractors was killed, the company said.                             | 0
			""")
	void shouldReadDeathsToldAsNone(String text, int killed) {
		assertThat(CasualtyParser.parse(text).killed()).isEqualTo(Count.exactly(killed));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			There was no immediate word on casualties.
			It was not immediately clear whether there were any casualties.
			Damage was limited to a car park.
			The statement made no mention of casualties among the troops.
			The command did not say whether anyone was hurt.
			Officials declined to give casualty figures.
			""")
	void shouldReadNoFigureFromOpenQuestions(String text) {
		assertThat(CasualtyParser.parse(text).isEmpty()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					killing two Americans — a soldier and a contractor according to one official, two soldiers according to another — and a British army medic | 3
					killing two fighters – both from the same village – and a shepherd               | 3
					Rockets killed two U.S. troops (a soldier and an airman) and a British medic.    | 3
					The bomb killed three policemen (two officers and a driver) and a boy.           | 4
					three soldiers, two policemen and a civilian labourer had been killed there      | 6
					Four soldiers, two policemen and a civilian were killed in the ambush.           | 7
					The attack killed an American civilian contractor and an interpreter of Iraqi origin. | 2
					The attack killed three people: two soldiers and a civilian.                     | 3
					The raid killed one Iraqi translator and two Danish advisers.                    | 3
					Two civilians, a woman and her son, were killed.                                  | 2
					""")
	void shouldCountListsWithAsides(String text, int killed) {
		assertThat(CasualtyParser.parse(text).killed()).isEqualTo(Count.exactly(killed));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			A Kataib Hezbollah official said one of the group's fighters had been killed there. | 1 |
			The Popular Mobilization said 25 of its fighters were killed and 51 wounded there. | 25 | 51
			A war monitor said four fighters were killed in the attack.                       | 4 |
			A health official said three people had died of their wounds.                     | 3 |
			The group said it had lost two of its members in the strike.                      | 2 |
			The interior ministry said four policemen were among those killed.                | 4 |
			Medics said two soldiers were killed and five others injured.                      | 2 | 5
			""")
	void shouldReadTollsToldBySources(String text, int killed, Integer wounded) {
		Casualties c = CasualtyParser.parse(text);
		assertThat(c.killed()).isEqualTo(Count.exactly(killed));
		assertThat(c.wounded()).isEqualTo((wounded == null) ? null : Count.exactly(wounded));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Rockets hit Camp Taji on Saturday, wounding five people, just days after a similar attack on the same base killed three members of the coalition. | 5
					Mortar rounds struck the airport, injuring two guards, a week after an earlier barrage killed a contractor there. | 2
					A drone hit a convoy, wounding four fighters, two days after a strike on the same road killed their commander. | 4
					Shells fell on the village, wounding six, weeks after the previous shelling killed a shepherd. | 6
					""")
	void shouldLeaveTheTollOfAnEarlierEventNamedInPassing(String text, int wounded) {
		Casualties c = CasualtyParser.parse(text);
		assertThat(c.killed()).isNull();
		assertThat(c.wounded()).isEqualTo(Count.exactly(wounded));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					A day after the bombing, a roadside bomb hit an army vehicle near the town, wounding two soldiers. | | 2
					Two days after the strike, gunmen opened fire on a checkpoint, killing three policemen. | 3 |
					Hours after the ambush, a mortar round hit the market, killing four people and wounding nine others. | 4 | 9
					A week after the airstrike, a drone hit a car on the highway, killing two people inside. | 2 |
					Just hours after the clashes, militants attacked a patrol, wounding three guards. | | 3
					Only days after the rocket attack, a car bomb went off in the square, killing six civilians. | 6 |
					Following the previous raid, troops stormed the village again, killing two gunmen. | 2 |
					After the earlier blast, a second device exploded among the rescuers, wounding eleven. | | 11
					The convoy had crossed the border an hour before the bombing, and the jets hit it with three missiles, killing ten drivers and wounding six others. | 10 | 6
					The patrol had left the base minutes before the explosion, and a second charge went off, wounding four soldiers. | | 4
					Three days after the shelling, fighting flared again on the front line, leaving five fighters dead. | 5 |
					On Friday, two days after the raid, an IED struck a police car, killing an officer. | 1 |
					Weeks after the deadly assault, gunmen returned to the hamlet, shooting dead two farmers. | 2 |
					A month after the suicide bombing, another bomber struck the same mosque, killing 14 worshippers. | 14 |
					Since the previous attack, militants have shelled the town twice, killing a boy. | 1 |
					A day after the attack, a sniper shot and wounded a child in the old city. | | 1
					""")
	void shouldKeepTheTollThatFollowsAnEarlierEventNamedOnlyAsOccasion(String text, Integer killed, Integer wounded) {
		Casualties c = CasualtyParser.parse(text);
		assertThat(c.killed()).isEqualTo((killed == null) ? null : Count.exactly(killed));
		assertThat(c.wounded()).isEqualTo((wounded == null) ? null : Count.exactly(wounded));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Rockets hit the base on Sunday, days after an attack on the embassy, which killed two guards. |
			A drone hit the depot, a day after the strike on the airport, in which three fighters died. |
			Mortars fell on the camp, a week after the previous barrage, when four soldiers were killed. |
			Shells hit the outskirts, two days after the bombing of the bridge, that left five dead. |
			""")
	void shouldLeaveTheTollOfAnEarlierEventToldInARelativeClause(String text, Integer killed) {
		assertThat(CasualtyParser.parse(text).killed()).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					a rocket attack on the base in December that killed an American contractor and struck the group's bases two days later, killing 25 fighters | 1
					The gunmen killed two guards and then attacked a patrol, killing four soldiers.   | 2
					Jets bombed the depot and struck a convoy nearby, killing six fighters.          | 6
					Rockets hit the base and struck a hangar, killing two contractors.                | 2
					""")
	void shouldGiveATollToTheNearestEventClauseItFollows(String text, int killed) {
		assertThat(CasualtyParser.parse(text).killed()).isEqualTo(Count.exactly(killed));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Militants fired 25 rockets at five sites on Tuesday.
			The 45th and 46th brigades of the PMF were moved to the border.
			The commander's 17-year-old son attended the funeral two days later.
			Washington sent 3,000 more troops to the region.
			Two days later, the group threatened to kill American soldiers.
			The lost convoy of six trucks was found two days later.
			Militias warned that more Americans would be killed if the troops stayed.
			""")
	void shouldReadNoTollFromOtherFigures(String text) {
		Casualties c = CasualtyParser.parse(text);
		assertThat(c.killed()).isNull();
		assertThat(c.wounded()).isNull();
	}

}
