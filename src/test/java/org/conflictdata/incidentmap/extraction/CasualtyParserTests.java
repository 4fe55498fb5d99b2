package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.conflictdata.incidentmap.extraction.CasualtyParser.Casualties;

import static org.assertj.core.api.Assertions.assertThat;

class CasualtyParserTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					One U.S. contractor was killed in the attack.                                     | 1
					a barrage of rockets killed three members of the U.S.-led coalition, including two Americans | 3
					rocket attacks killed two American troops and one British soldier at a base      | 3
					air strikes by F-15E's left 25 members of Kataib Hezbollah dead                   | 25
					twenty-five fighters, including commanders, were killed in the airstrikes        | 25
					It killed Kazem Mohsen, 45th PMU Brigade logistical support chief                 | 1
					a salvo of rockets struck the K-1 airbase in Kirkuk and killed an American citizen | 1
					The resulting death of an American citizen, a contractor stationed at the base   | 1
					the casualties included one killed U.S. contractor                               | 1
					the scale of the attack, with two dozen people killed, made it likely            | 24
					the drone strike that killed Maj. Gen. Qassim Suleimani, a top Iranian commander, as well as Abu Mahdi al-Muhandis | 2
					A roadside bomb killed 4 policemen and a civilian on Monday.                     | 5
					The death toll rose to 12 on Tuesday.                                            | 12
					""")
	void shouldReadExactKilledFigures(String text, int killed) {
		Casualties c = CasualtyParser.parse(text);
		assertThat(c.killed()).isEqualTo(Count.exactly(killed));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Another 51 fighters were wounded, the group said.                           | 51
			two Iraqi and four U.S. soldiers were wounded.                              | 6
			killing one fighter and injuring four others.                               | 4
			It killed a commander and severely wounded another fighter.                 | 1
			injuries sustained by four soldiers provoked a response                    | 4
			Police opened fire, wounding 15 others.                                     | 15
			""")
	void shouldReadExactWoundedFigures(String text, int wounded) {
		assertThat(CasualtyParser.parse(text).wounded()).isEqualTo(Count.exactly(wounded));
	}

	@Test
	void shouldReadVagueFiguresAsDocumentedRanges() {
		Casualties c = CasualtyParser.parse("One U.S. contractor was killed and several soldiers wounded.");
		assertThat(c.killed()).isEqualTo(Count.exactly(1));
		assertThat(c.wounded()).isEqualTo(new Count(3, 2, 9));
		assertThat(CasualtyParser.parse("killing at least one resistance fighter").killed())
			.isEqualTo(new Count(1, 1, null));
		assertThat(CasualtyParser.parse("and injured more than a dozen others at an Iraqi army base").wounded())
			.isEqualTo(new Count(13, 13, null));
		assertThat(CasualtyParser.parse("a blast killed about 20 people").killed()).isEqualTo(new Count(20, 16, 24));
		assertThat(CasualtyParser.parse("the strikes killed dozens of fighters").killed())
			.isEqualTo(new Count(24, 24, null));
		assertThat(CasualtyParser.parse("up to 4 civilians were killed").killed()).isEqualTo(new Count(4, 1, 4));
	}

	@Test
	void shouldReadNumbersWithoutANounNextToACasualtyWord() {
		Casualties c = CasualtyParser.parse("A bomb exploded at a market, killing three and wounding seven.");
		assertThat(c.killed()).isEqualTo(Count.exactly(3));
		assertThat(c.wounded()).isEqualTo(Count.exactly(7));
		Casualties passive = CasualtyParser.parse("Seventeen were killed and 40 wounded in the blast.");
		assertThat(passive.killed()).isEqualTo(Count.exactly(17));
		assertThat(passive.wounded()).isEqualTo(Count.exactly(40));
		assertThat(CasualtyParser.parse("Two dead and five wounded, police said.").killed())
			.isEqualTo(Count.exactly(2));
		assertThat(CasualtyParser.parse("The 2019 killed-in-action list was published.").isEmpty()).isTrue();
	}

	@Test
	void shouldReadExplicitZeroes() {
		Casualties none = CasualtyParser.parse("Responsibility was not claimed and no casualties were reported.");
		assertThat(none.killed()).isEqualTo(Count.exactly(0));
		assertThat(none.wounded()).isEqualTo(Count.exactly(0));
		Casualties noDeaths = CasualtyParser.parse("While there was no loss of life during the incident");
		assertThat(noDeaths.killed()).isEqualTo(Count.exactly(0));
		assertThat(noDeaths.wounded()).isNull();
		assertThat(CasualtyParser.parse("No one was hurt in the attack.").wounded()).isEqualTo(Count.exactly(0));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			32 Iranian-made 107 mm rockets slammed into the base
			The Friday volley of some 30 107mm Katyusha rockets hit the K1 base
			All positions were 450 kilometer away from Kirkuk
			the U.S. still has approximately 5,000 troops in Iraq
			750 soldiers from the 82nd Airborne were assigned to Iraq
			It killed the 45th Brigade's plans
			17 Katyusha rockets were fired at an Iraqi military base
			""")
	void shouldNotCountNumbersThatAreNotCasualties(String text) {
		assertThat(CasualtyParser.parse(text).isEmpty()).isTrue();
	}

	@Test
	void shouldGiveNoFiguresForNullText() {
		assertThat(CasualtyParser.parse(null).isEmpty()).isTrue();
	}

	@Test
	void shouldCountTheMartyredAsKilled() {
		Casualties c = CasualtyParser.parse("Three fighters were martyred and five others wounded in the attack.");
		assertThat(c.killed()).isEqualTo(Count.exactly(3));
		assertThat(c.wounded()).isEqualTo(Count.exactly(5));
	}

	@Test
	void shouldReadVictimsNamedWithTheirUnitAndItsOtherNameInBrackets() {
		Casualties c = CasualtyParser.parse("A source said that two fighters of the Popular Mobilisation Forces "
				+ "(al-Hashd al-Shaabi) were martyred and three others injured when Daesh remnants attacked.");
		assertThat(c.killed()).isEqualTo(Count.exactly(2));
		assertThat(c.wounded()).isEqualTo(Count.exactly(3));
	}

	@Test
	void shouldEndAKilledListWhereAnItemHasItsOwnVerb() {
		CasualtyParser.Casualties c = CasualtyParser
			.parse("Medics reported the deaths of six villagers, among them a baby, and about 20 others were injured.");
		assertThat(c.killed()).isEqualTo(Count.exactly(6));
		assertThat(c.wounded().value()).isEqualTo(20);
		// Coordinated objects of one verb still add up.
		assertThat(CasualtyParser.parse("The blast killed four soldiers and two others.").killed())
			.isEqualTo(Count.exactly(6));
	}

	@Test
	void shouldAddASidesOwnDeadToTheOtherSidesDead() {
		CasualtyParser.Casualties c = CasualtyParser
			.parse("Twelve rebels were killed; the army said three of its soldiers died in the battle.");
		assertThat(c.killed()).isEqualTo(Count.exactly(15));
		// Two sources for one toll are not added.
		assertThat(CasualtyParser.parse("Police said five people were killed, while a doctor said six people died.")
			.killed()
			.value()).isEqualTo(6);
	}

	@Test
	void shouldCountMartyrdomAsDeathAndNotJoinAnOfPhraseToTheNextClause() {
		CasualtyParser.Casualties c = CasualtyParser
			.parse("The explosion led to the martyrdom of nine persons and the wounding of 30 others.");
		assertThat(c.killed()).isEqualTo(Count.exactly(9));
		assertThat(c.wounded()).isEqualTo(Count.exactly(30));
		assertThat(CasualtyParser.parse("The raids killed at least 14 fighters of Afghan origin and wounded others.")
			.wounded()).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Late last night a farmer was martyred when a mine blew up under his tractor.   | 1
			Masked men shot dead a lawyer of the bar association outside his office.      | 1
			Police said unknown gunmen gunned down two brothers near the market.          | 2
			Four herders, one of them a boy, were killed by shelling near the village.    | 4
			The ambush killed an officer of the border guard and three of his escorts' drivers. | 4
			A missile hit the pickup, killing a driver and two passengers.                | 3
			""")
	void shouldCountCiviliansByTheirWorkOrKinAndVerbsLikeShotDead(String text, int killed) {
		assertThat(CasualtyParser.parse(text).killed()).isEqualTo(Count.exactly(killed));
	}

	@Test
	void shouldNotCountAnExecutedOperationOrShotsFiredAsDeaths() {
		assertThat(CasualtyParser.parse("The cell executed an attack on the farmers' market.").killed()).isNull();
		assertThat(CasualtyParser.parse("Guards shot at two drivers who failed to stop, missing them.").killed())
			.isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			A six-year-old boy and his father were wounded when the shell landed.        | 2
			Her husband was injured by flying glass, a neighbour said.                   | 1
			""")
	void shouldCountARelativeNamedByHisOrHerAndAnAgedChild(String text, int wounded) {
		assertThat(CasualtyParser.parse(text).wounded()).isEqualTo(Count.exactly(wounded));
	}

	@Test
	void shouldNotCountARelativeLostLongAgoOrAPossessiveWithoutAPerson() {
		assertThat(CasualtyParser.parse("He lost his father in the war and later joined the police.").killed())
			.isNull();
		assertThat(CasualtyParser.parse("Her report on the killing of civilians was published.").killed()).isNull();
	}

	@Test
	void shouldCountPeopleShotDeadWhoseRelativeClauseStandsBeforeTheVerb() {
		assertThat(
				CasualtyParser.parse("Two teachers who ran the night school were shot dead outside the gate.").killed())
			.isEqualTo(Count.exactly(2));
		assertThat(CasualtyParser.parse("Three guards were gunned down at the gate.").killed())
			.isEqualTo(Count.exactly(3));
		assertThat(CasualtyParser.parse("Two teachers who ran the night school were questioned by police.").killed())
			.isNull();
		assertThat(CasualtyParser.parse("Four men who were shot at escaped unhurt.").killed()).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			A mortar round fell near the checkpoint without causing casualties.          | 0
			The shells hit an empty field, causing no damage or casualties.              | 0
			Officials said there were no British casualties from the drone.              | 0
			The rockets landed in the desert without any casualties, police said.        | 0
			""")
	void shouldReadAStatedAbsenceOfCasualtiesAsZero(String text, int killed) {
		Casualties c = CasualtyParser.parse(text);
		assertThat(c.killed()).isEqualTo(Count.exactly(killed));
		assertThat(c.wounded()).isEqualTo(Count.exactly(killed));
	}

	@Test
	void shouldNotReadMissingInformationOnCasualtiesAsZero() {
		Casualties c = CasualtyParser.parse("There was no word yet on casualties from the shelling.");
		assertThat(c.killed()).isNull();
		assertThat(CasualtyParser.parse("There was no immediate information on casualties.").killed()).isNull();
		assertThat(CasualtyParser.parse("The unit suffered no heavy casualties, its commander said.").killed())
			.isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Three guards suffered minor injuries when the drone hit the gate.            | 3
			two engineers were treated for shrapnel wounds at the field clinic           | 2
			A driver sustained serious injuries in the blast.                            | 1
			a shepherd was slightly hurt by flying glass                                 | 1
			four workers were badly injured when the roof collapsed                      | 4
			""")
	void shouldReadInjuriesSufferedOrQualifiedAsWounded(String text, int wounded) {
		Casualties c = CasualtyParser.parse(text);
		assertThat(c.wounded()).isEqualTo(Count.exactly(wounded));
		assertThat(c.killed()).isNull();
	}

	@Test
	void shouldNotReadInjuriesOfAnotherKindOrWithoutPeopleAsWounded() {
		assertThat(CasualtyParser.parse("The team suffered heavy losses in the final.").wounded()).isNull();
		assertThat(CasualtyParser.parse("The ministry received reports of injuries.").wounded()).isNull();
	}

	@Test
	void shouldTakeNoDeadBesideCountedWoundedAsZeroKilled() {
		assertThat(Count.killedBeside(null, Count.exactly(3))).isEqualTo(Count.exactly(0));
		assertThat(Count.killedBeside(Count.exactly(2), Count.exactly(3))).isEqualTo(Count.exactly(2));
		assertThat(Count.killedBeside(null, null)).isNull();
		assertThat(Count.killedBeside(null, Count.exactly(0))).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			A drone hit the van on the mountain road, killing the three men inside.      | 3
			Both gunmen were killed when the police returned fire.                       | 2
			The shell killed an old man and his grandson in their yard.                  | 2
			""")
	void shouldReadDefiniteAndPairedFigures(String text, int killed) {
		assertThat(CasualtyParser.parse(text).killed()).isEqualTo(Count.exactly(killed));
	}

	@Test
	void shouldNotCountADefiniteYearOrThingAsPeople() {
		assertThat(CasualtyParser.parse("Both sides blamed each other for the shelling that killed the 2019 truce.")
			.killed()).isNull();
		assertThat(CasualtyParser.parse("The three rockets were fired from a field and landed near the wall.").killed())
			.isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Five SDF members, three tribal gunmen and a civilian were killed.          | 9
			The rocket attack killed two soldiers, three civilians and a child.        | 6
			Two soldiers, an officer and a driver were killed.                         | 4
			An American, a contractor, was killed.                                     | 1
			The blast claimed the lives of 12 people.                                  | 12
			At least 40 people lost their lives.                                       | 40
			At least 19 had died at the site.                                          | 19
			Eight people were confirmed dead.                                          | 8
			Two of the wounded later died in hospital.                                 | 2
			The death toll from Sunday's bombing in the market climbed to 31.          | 31
			The death toll has risen to 22.                                            | 22
			The projectile landed in a field without hurting anyone.                   | 0
			Nobody was injured in the attack.                                          | 0
			""")
	void shouldReadSeriesOtherTollVerbsAndZeroes(String text, int killed) {
		assertThat(CasualtyParser.parse(text).killed().value()).isEqualTo(killed);
	}

}
