package org.conflictdata.incidentmap.extraction;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.article.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The extractor on articles written for these tests in phrasings the seeds do not use.
 */
class IncidentExtractorGeneralityTests {

	private final IncidentExtractor extractor = new IncidentExtractor();

	private List<IncidentMention> fromResource(String name) {
		return this.extractor.extract(ArticleReader.read(Path.of("src/test/resources/articles/extraction", name)));
	}

	private List<IncidentMention> fromText(String text, String published) {
		return this.extractor.extract(ArticleReader.fromPost(text, null, null, published));
	}

	@Test
	void shouldReadAReutersStyleRocketAttack() {
		List<IncidentMention> mentions = fromResource("ain-al-asad-rockets.txt");
		IncidentMention attack = mentions.get(0);
		assertThat(attack.type()).isEqualTo(EventType.SHELLING_ARTILLERY_MISSILE);
		assertThat(attack.date().start()).isEqualTo(LocalDate.of(2021, 3, 3));
		assertThat(attack.date().precision()).isEqualTo(DatePrecision.DAY);
		assertThat(attack.killed()).isEqualTo(Count.exactly(1));
		assertThat(attack.wounded()).isEqualTo(Count.exactly(2));
		assertThat(attack.placeContext()).contains("Ain al-Asad");
		assertThat(attack.historical()).isFalse();
		IncidentMention january = mentions.stream()
			.filter((m) -> m.date() != null && m.date().start().equals(LocalDate.of(2020, 1, 1)))
			.findFirst()
			.orElseThrow();
		assertThat(january.weapon()).isEqualTo("ballistic missiles");
		assertThat(january.date().precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(mentions).noneMatch((m) -> m.sentence().contains("could strike back"));
		assertThat(mentions).noneMatch((m) -> m.sentence().startsWith("Rockets hit Iraqi base"));
	}

	@Test
	void shouldReadADroneStrikeAndAKidnappingDatedFromEachOther() {
		List<IncidentMention> mentions = fromResource("deir-ez-zor-drone.txt");
		assertThat(mentions).hasSize(2);
		IncidentMention strike = mentions.get(0);
		assertThat(strike.type()).isEqualTo(EventType.AIR_DRONE_STRIKE);
		assertThat(strike.date().start()).isEqualTo(LocalDate.of(2021, 6, 13));
		assertThat(strike.date().explanation()).contains("Sunday", "2021-06-14");
		assertThat(strike.killed()).isEqualTo(Count.exactly(3));
		assertThat(strike.wounded()).isEqualTo(Count.exactly(5));
		assertThat(strike.actors()).contains(new Actor("Israel", ActorRole.PERPETRATOR, Attribution.SUSPECTED));
		assertThat(strike.placeContext()).contains("Albu Kamal", "Deir ez-Zor");
		IncidentMention kidnapping = mentions.get(1);
		assertThat(kidnapping.type()).isEqualTo(EventType.ABDUCTION);
		assertThat(kidnapping.date().start()).isEqualTo(LocalDate.of(2021, 6, 12));
		assertThat(kidnapping.trigger()).isEqualTo("kidnapped");
	}

	@Test
	void shouldFollowAProtestThatTurnsViolent() {
		List<IncidentMention> mentions = fromResource("basra-protest.txt");
		assertThat(mentions).extracting(IncidentMention::type)
			.containsExactly(EventType.PEACEFUL_PROTEST, EventType.VIOLENT_DEMONSTRATION,
					EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, EventType.MOB_VIOLENCE);
		LocalDate tuesday = LocalDate.of(2018, 9, 4);
		assertThat(mentions.subList(0, 3)).allMatch((m) -> m.date().start().equals(tuesday));
		assertThat(mentions.get(0).actors())
			.containsExactly(new Actor("Protesters", ActorRole.PERPETRATOR, Attribution.STATED));
		IncidentMention shooting = mentions.get(2);
		assertThat(shooting.killed()).isEqualTo(Count.exactly(2));
		assertThat(shooting.wounded()).isEqualTo(Count.exactly(15));
		assertThat(shooting.actors()).contains(new Actor("Police", ActorRole.PERPETRATOR, Attribution.STATED),
				new Actor("Protesters", ActorRole.TARGET, Attribution.STATED));
		IncidentMention consulate = mentions.get(3);
		assertThat(consulate.date().precision()).isEqualTo(DatePrecision.WEEK);
		assertThat(consulate.date().start()).isEqualTo(LocalDate.of(2018, 9, 3));
		assertThat(consulate.date().end()).isEqualTo(LocalDate.of(2018, 9, 5));
		assertThat(consulate.actors()).contains(new Actor("Iran", ActorRole.TARGET, Attribution.STATED));
	}

	@Test
	void shouldReadAnAgencyRoundUpOfSeveralIncidents() {
		List<IncidentMention> mentions = fromResource("baghdad-embassy-rockets.txt");
		assertThat(mentions).extracting(IncidentMention::type)
			.containsExactly(EventType.SHELLING_ARTILLERY_MISSILE, EventType.REMOTE_EXPLOSIVE,
					EventType.SHELLING_ARTILLERY_MISSILE, EventType.ARMED_CLASH, EventType.AIR_DRONE_STRIKE);
		IncidentMention embassy = mentions.get(0);
		assertThat(embassy.date().start()).isEqualTo(LocalDate.of(2020, 9, 27));
		assertThat(embassy.killed()).isEqualTo(Count.exactly(0));
		assertThat(embassy.actors()).contains(new Actor("United States", ActorRole.TARGET, Attribution.STATED));
		IncidentMention bomb = mentions.get(1);
		assertThat(bomb.date().start()).isEqualTo(LocalDate.of(2020, 9, 27));
		assertThat(bomb.wounded()).isEqualTo(Count.exactly(1));
		IncidentMention missiles = mentions.get(2);
		assertThat(missiles.date().start()).isEqualTo(LocalDate.of(2020, 1, 8));
		assertThat(missiles.weapon()).isEqualTo("ballistic missiles");
		assertThat(missiles.wounded()).isEqualTo(new Count(101, 101, null));
		assertThat(missiles.actors()).contains(new Actor("Iran", ActorRole.PERPETRATOR, Attribution.STATED));
		IncidentMention ambush = mentions.get(3);
		assertThat(ambush.date().start()).isEqualTo(LocalDate.of(2020, 9, 26));
		assertThat(ambush.killed()).isEqualTo(Count.exactly(1));
		assertThat(ambush.actors()).contains(new Actor("Islamic State", ActorRole.PERPETRATOR, Attribution.CLAIMED));
		assertThat(mentions.get(4).date().start()).isEqualTo(LocalDate.of(2020, 9, 24));
	}

	@Test
	void shouldReadASuicideBombingWithADatelineAndAClaim() {
		Article article = ArticleReader
			.read(Path.of("src/test/resources/articles/extraction", "hasakah-suicide-bombing.txt"));
		assertThat(article.published()).isEqualTo(LocalDate.of(2022, 2, 14));
		assertThat(article.publishedBasis()).isEqualTo("dateline");
		List<IncidentMention> mentions = this.extractor.extract(article);
		IncidentMention bombing = mentions.get(0);
		assertThat(bombing.type()).isEqualTo(EventType.SUICIDE_BOMB);
		assertThat(bombing.date().start()).as("the Sunday, not the dateline").isEqualTo(LocalDate.of(2022, 2, 13));
		assertThat(bombing.killed()).isEqualTo(new Count(12, 12, null));
		assertThat(bombing.actors()).contains(new Actor("Islamic State", ActorRole.PERPETRATOR, Attribution.CLAIMED),
				new Actor("Syrian Democratic Forces", ActorRole.TARGET, Attribution.STATED));
		IncidentMention clashes = mentions.get(1);
		assertThat(clashes.type()).isEqualTo(EventType.ARMED_CLASH);
		assertThat(clashes.historical()).isTrue();
		IncidentMention ied = mentions.get(2);
		assertThat(ied.type()).isEqualTo(EventType.REMOTE_EXPLOSIVE);
		assertThat(ied.date().start()).as("the day before the bombing").isEqualTo(LocalDate.of(2022, 2, 12));
		assertThat(ied.wounded()).isEqualTo(Count.exactly(0));
		assertThat(ied.actors()).contains(new Actor("United States", ActorRole.TARGET, Attribution.STATED));
		IncidentMention drones = mentions.get(3);
		assertThat(drones.type()).isEqualTo(EventType.AIR_DRONE_STRIKE);
		assertThat(drones.date().start()).isEqualTo(LocalDate.of(2022, 2, 10));
		assertThat(drones.killed()).isEqualTo(Count.exactly(2));
		assertThat(drones.actors()).contains(new Actor("Turkey", ActorRole.PERPETRATOR, Attribution.STATED));
		assertThat(mentions).hasSize(4);
	}

	@Test
	void shouldFindNothingInAnArticleOfThreatsAndPlans() {
		assertThat(fromText(
				"The militia threatened to attack U.S. bases. Officials said airstrikes could follow "
						+ "if the rockets kept coming. The Pentagon is planning a campaign of air strikes.",
				"2020-03-27"))
			.isEmpty();
	}

	@Test
	void shouldMarkLongAgoEventsAsHistorical() {
		List<IncidentMention> mentions = fromText(
				"In 2003, an air strike destroyed the ministry. Rockets hit the " + "airport on Monday.", "2020-03-27");
		assertThat(mentions).hasSize(2);
		assertThat(mentions.get(0).historical()).isTrue();
		assertThat(mentions.get(1).historical()).isFalse();
		assertThat(mentions.get(1).date().start()).isEqualTo(LocalDate.of(2020, 3, 23));
	}

	@Test
	void shouldLeaveTheDateOutWhenTheArticleGivesNoReference() {
		List<IncidentMention> mentions = fromText("Rockets hit the airport on Friday, killing two guards.", null);
		assertThat(mentions).hasSize(1);
		assertThat(mentions.get(0).date()).isNull();
		assertThat(mentions.get(0).killed()).isEqualTo(Count.exactly(2));
	}

	@Test
	void shouldCarryTheDateToTheNextSentenceOfTheSameStory() {
		List<IncidentMention> mentions = fromText("Militants ambushed an army patrol near Tarmiyah on 5 May 2020. "
				+ "The clashes lasted two hours and three soldiers were killed.", null);
		assertThat(mentions).extracting(IncidentMention::type)
			.containsExactly(EventType.ARMED_CLASH, EventType.ARMED_CLASH);
		assertThat(mentions).allMatch((m) -> m.date().start().equals(LocalDate.of(2020, 5, 5)));
		assertThat(mentions.get(1).killed()).isEqualTo(Count.exactly(3));
		assertThat(mentions.get(1).placeContext()).contains("Tarmiyah");
	}

	@Test
	void shouldGiveTheWeekAfterToWhatCameNext() {
		List<IncidentMention> mentions = fromText(
				"A roadside bomb hit a convoy on 2 June 2020. Then the army " + "shelled the village.", "2020-06-20");
		assertThat(mentions).hasSize(2);
		assertThat(mentions.get(1).type()).isEqualTo(EventType.SHELLING_ARTILLERY_MISSILE);
		assertThat(mentions.get(1).date().precision()).isEqualTo(DatePrecision.WEEK);
		assertThat(mentions.get(1).date().start()).isEqualTo(LocalDate.of(2020, 6, 3));
		assertThat(mentions.get(1).date().end()).isEqualTo(LocalDate.of(2020, 6, 9));
	}

	@Test
	void shouldGiveNoMentionsForEmptyTextAndRejectNull() {
		assertThat(fromText("", null)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> this.extractor.extract(null));
	}

	@Test
	void shouldKeepBothEventsOfOneSentenceApart() {
		Article article = ArticleReader
			.fromPost("Rockets killed two soldiers at the base on March 11 - prompting a reprisal strike by American "
					+ "warplanes one day later.", null, null, "2020-03-27");
		List<IncidentMention> mentions = this.extractor.extract(article);
		assertThat(mentions).extracting(IncidentMention::type)
			.containsExactly(EventType.SHELLING_ARTILLERY_MISSILE, EventType.AIR_DRONE_STRIKE);
		assertThat(mentions.get(0).killed()).isEqualTo(Count.exactly(2));
		assertThat(mentions.get(1).killed()).isNull();
		assertThat(mentions.get(1).date().start()).isEqualTo(LocalDate.of(2020, 3, 12));
		assertThat(mentions.get(1).actors())
			.containsExactly(new Actor("United States", ActorRole.PERPETRATOR, Attribution.STATED));
	}

	@Test
	void shouldNotTakeTheDateOfACityAndCountryDatelineForTheEventDate() {
		List<IncidentMention> mentions = fromText("""
				Convoy hit

				Fallujah (Iraq), 17 February 2021 - A roadside bomb exploded beside a convoy east of Fallujah late on \
				Tuesday, 16 February 2021, wounding two drivers, police said.
				""", "2021-02-17");

		assertThat(mentions).hasSize(1);
		assertThat(mentions.get(0).date().start()).isEqualTo(LocalDate.of(2021, 2, 16));
	}

	@Test
	void shouldTreatAnUndatedEventRecalledAsTheCauseOfAnotherAsHistory() {
		List<IncidentMention> mentions = fromText("""
				Base hit

				It was the first attack on the base since Iran fired missiles at it in January 2020, in retaliation \
				for the U.S. drone strike that killed a commander at Baghdad airport.
				""", "2021-03-04");

		assertThat(mentions).filteredOn((m) -> m.type() == EventType.AIR_DRONE_STRIKE)
			.singleElement()
			.satisfies((m) -> assertThat(m.historical()).isTrue());
	}

	@Test
	void shouldTreatAttacksOnBasesOverASeasonAsAnAggregate() {
		List<IncidentMention> mentions = fromText("""
				Militias

				At the end of 2019, Iran-allied militias launched rocket and mortar attacks on U.S. bases in Iraq.
				""", "2020-03-27");

		assertThat(mentions).isNotEmpty().allSatisfy((m) -> assertThat(m.historical()).isTrue());
	}

	@Test
	void shouldTypeADayDatedRetaliationFromTheSameSidesReprisalKnownOnlyToTheMonth() {
		List<IncidentMention> mentions = fromText("""
				Reprisals

				In mid-March, officials accused a militia of launching rockets at a base in Iraq, killing two soldiers.

				The Pentagon retaliated with a missile strike against the militia in Iraq.

				Rockets killed three soldiers at Camp Taji on March 11. A day later, the United States retaliated \
				against the militia in Iraq, which in turn fired more rockets into Camp Taji on March 14.
				""", "2020-03-27");

		assertThat(mentions).anySatisfy((m) -> {
			assertThat(m.trigger()).isEqualTo("retaliated");
			assertThat(m.date().start()).isEqualTo(LocalDate.of(2020, 3, 12));
			assertThat(m.type()).isNotNull();
		});
	}

	@Test
	void shouldNotReportAQuantifiedReferenceToARoundUpAsANewEvent() {
		List<IncidentMention> mentions = fromText("""
				On Friday, gunmen attacked an army checkpoint near Muqdadiyah, killing two soldiers; on Saturday, \
				a roadside bomb struck a police patrol near Tikrit, wounding three policemen.

				No group claimed any of the attacks, although insurgent cells remain active in Diyala.
				""", "2021-05-10");

		assertThat(mentions).extracting(IncidentMention::type)
			.containsExactly(EventType.ARMED_CLASH, EventType.REMOTE_EXPLOSIVE);
	}

	@Test
	void shouldDateTheEntriesOfALivePageByItsDateLine() {
		List<IncidentMention> mentions = fromText("""
				Live: missiles fired at bases in Iraq

				Wednesday 8 January 2020. All times are Baghdad time.

				23:40 - Reports of two loud blasts in central Baghdad. Two Katyusha rockets have landed inside the \
				Green Zone, a security source says.
				""", "2020-01-09");

		assertThat(mentions).hasSize(1);
		assertThat(mentions.get(0).date().start()).isEqualTo(LocalDate.of(2020, 1, 8));
		assertThat(mentions.get(0).date().precision()).isEqualTo(DatePrecision.DAY);
		assertThat(mentions.get(0).date().explanation()).contains("time-stamped entry");
	}

	@Test
	void shouldNotDateAnEventByTheEventItRefersTo() {
		List<IncidentMention> mentions = fromText("""
				Security forces fired live ammunition at demonstrators in Tahrir Square on Tuesday, killing three.

				Thousands had marched to the square to demand accountability for the assassination of an activist \
				in Karbala earlier this month, chanting slogans.
				""", "2021-05-26");

		assertThat(mentions).hasSize(2);
		IncidentMention march = mentions.get(1);
		assertThat(march.date().start()).isEqualTo(LocalDate.of(2021, 5, 25));
		assertThat(march.placeContext()).contains("Tahrir Square");
	}

	@Test
	void shouldDateAKillingKnownToTheMonthByADatedReferenceToItsVictim() {
		List<IncidentMention> mentions = fromText("""
				In January, lawmakers called for the ouster of U.S. troops after the American drone strike at \
				Baghdad airport that killed Qassim Suleimani and Abu Mahdi al-Muhandis.

				The administration acted, as seen in the January 3 assassination of Qasem Soleimani and militia \
				head Abu Mahdi al-Muhandis.
				""", "2020-03-27");

		assertThat(mentions).hasSize(1);
		assertThat(mentions.get(0).date().start()).isEqualTo(LocalDate.of(2020, 1, 3));
		assertThat(mentions.get(0).date().precision()).isEqualTo(DatePrecision.DAY);
		assertThat(mentions.get(0).date().explanation()).contains("dates the killing of").contains("muhandis");
	}

	@Test
	void shouldNotDateAPointEventByTheStartOfASpan() {
		List<IncidentMention> mentions = fromText("""
				The activist, who had led the sit-in since October, was seized by unidentified gunmen outside his \
				home on Sunday night.
				""", "2020-01-22");

		assertThat(mentions).singleElement()
			.satisfies((m) -> assertThat(m.date().start()).isEqualTo(LocalDate.of(2020, 1, 19)));
	}

	@Test
	void shouldPlaceAnAttackOnAnUnknownVillageFromTheSentenceBefore() {
		List<IncidentMention> mentions = fromText("""
				Three fighters were wounded in an attack by Daesh elements on a post in the village of Albu Karma, \
				in Muqdadiya district.
				The source said that Daesh terrorists attacked a position in Albu Karma yesterday evening.
				""", "2020-06-12");

		assertThat(mentions).hasSize(2);
		assertThat(mentions.get(1).placeContext()).contains("Muqdadiya district");
	}

	@Test
	void shouldNotReportARecapThatRatesAnEventAlreadyReportedAsANewOne() {
		List<IncidentMention> mentions = fromText("""
				IS militants ambushed a Hashd unit north-east of Tikrit late on Saturday, killing 11 fighters.

				The ambush was the deadliest attack on Iraqi forces in months and came days after last week's \
				twin suicide bombing in Baghdad.
				""", "2021-01-24");
		assertThat(mentions).extracting(IncidentMention::type)
			.containsExactly(EventType.ARMED_CLASH, EventType.SUICIDE_BOMB);
	}

	@Test
	void shouldDateEventsOfAMonitorReportByBareDaysAndFromEachOther() {
		List<IncidentMention> mentions = fromText("""
				An explosive device went off on the 13th in the centre of Raqqa city, injuring four civilians. \
				Two days later, gunmen shot dead a member of the Asayish at a checkpoint in Al-Hasakah city.
				""", "2021-04-17");
		assertThat(mentions).extracting((m) -> m.date().start())
			.containsExactly(LocalDate.of(2021, 4, 13), LocalDate.of(2021, 4, 15));
		assertThat(mentions.get(1).type()).isEqualTo(EventType.ATTACK_ON_CIVILIANS);
	}

	@Test
	void shouldLookBackForTheTownASentencePointsTo() {
		List<IncidentMention> mentions = fromText(
				"""
						Farmers fear the desert

						The farmers of Hit have long feared the desert. On Monday, gunmen attacked three farmers from the Albu Nimr tribe about 10 km west of the town.""",
				"2021-05-05");
		assertThat(mentions).hasSize(1);
		assertThat(mentions.get(0).type()).isEqualTo(EventType.ATTACK_ON_CIVILIANS);
		assertThat(mentions.get(0).placeContext()).contains("The farmers of Hit");
	}

	@Test
	void shouldTypeAnUntypedRetaliationByTheUsAsAnAirStrikeDatedFromTheEventBefore() {
		List<IncidentMention> mentions = fromText(
				"BAGHDAD - Rockets hit Camp Taji on Wednesday, killing two soldiers.\n\n"
						+ "A day later the US retaliated against Kataib Hezbollah depots near Karbala, officials said.",
				"2020-03-13");
		assertThat(mentions).hasSize(2);
		assertThat(mentions.get(1).type()).isEqualTo(EventType.AIR_DRONE_STRIKE);
		assertThat(mentions.get(1).date().start()).isEqualTo(LocalDate.of(2020, 3, 12));
	}

	@Test
	void shouldTypeAReprisalByItsWeapon() {
		List<IncidentMention> mentions = fromText(
				"BEIRUT - U.S. aircraft struck militia sites near Albukamal late Sunday, "
						+ "and militants hit back on Monday with rockets aimed at U.S. troops at the al-Omar oil field.",
				"2021-06-29");
		assertThat(mentions).extracting(IncidentMention::type)
			.containsExactly(EventType.AIR_DRONE_STRIKE, EventType.SHELLING_ARTILLERY_MISSILE);
		assertThat(mentions.get(1).date().start()).isEqualTo(LocalDate.of(2021, 6, 28));
	}

	@Test
	void shouldDateTheItemsOfARoundUpFromItsDateNotFromTheItemBefore() {
		List<IncidentMention> mentions = fromText("Date: 27 May 2021\n\nWeekly round-up\n\n"
				+ "- On 25 May, a roadside bomb exploded beside a convoy near al-Musayyib.\n\n"
				+ "- Rockets fell near Baghdad International Airport the previous night.", null);
		assertThat(mentions).hasSize(2);
		assertThat(mentions.get(1).date().start()).isEqualTo(LocalDate.of(2021, 5, 26));
	}

	@Test
	void shouldCountFollowingDayFromTheEventNotFromTheDayItWasReported() {
		List<IncidentMention> mentions = fromText(
				"MUQDADIYAH - Militants attacked a village near Muqdadiyah on Tuesday "
						+ "evening, killing nine people, officials said on Wednesday.\n\n"
						+ "The following day, men from the village set fire to several houses in a neighbouring village.",
				"2021-10-27");
		IncidentMention arson = mentions.get(mentions.size() - 1);
		assertThat(arson.type()).isEqualTo(EventType.MOB_VIOLENCE);
		assertThat(arson.date().start()).isEqualTo(LocalDate.of(2021, 10, 27));
	}

	@Test
	void shouldReadAnExplosiveDroneThatCrashedAsAnAttemptedStrikeAndAHabitAsHistory() {
		List<IncidentMention> mentions = fromText(
				"BALAD - Also in May, a small drone carrying explosives crashed inside "
						+ "Balad air base.\n\nDiyala was retaken in 2015, but sleeper cells still carry out roadside bombings.",
				"2021-05-27");
		assertThat(mentions.get(0).type()).isEqualTo(EventType.AIR_DRONE_STRIKE);
		assertThat(mentions.stream().filter((m) -> m.type() == EventType.REMOTE_EXPLOSIVE))
			.allMatch(IncidentMention::historical);
	}

	@Test
	void shouldPlaceAnUnnamedCityOrVillageInTheLeadsPlace() {
		List<IncidentMention> mentions = fromText("MUQDADIYAH, Iraq - Militants attacked a village near Muqdadiyah on "
				+ "Tuesday evening, killing nine people.\n\nThe group claimed it through its outlet.\n\n"
				+ "The following day, men from the village set fire to several houses in a neighbouring village.",
				"2021-10-27");
		assertThat(mentions.get(mentions.size() - 1).placeContext()).contains("near Muqdadiyah");
	}

	@Test
	void shouldReadAttacksThatHaveBecomeRoutineAsAHabitNotAnEvent() {
		List<IncidentMention> mentions = fromText(
				"ERBIL - A drone struck Erbil airport on Wednesday.\n\n"
						+ "A roadside bomb earlier in the week hit a convoy near Diwaniyah.\n\n"
						+ "Attacks on such convoys, which are driven by contractors, have become almost routine.",
				"2021-04-15");
		assertThat(mentions).extracting(IncidentMention::trigger).doesNotContain("Attacks");
	}

	@Test
	void shouldNotDateAFollowUpByTheDayOfficialsToldAReporter() {
		List<IncidentMention> mentions = fromText(
				"ERBIL - A drone struck a house near Makhmour on Wednesday evening, "
						+ "killing three people, local officials told our reporter on Thursday.\n\n"
						+ "The camp's administration said the three died when the drone fired at the house.",
				"2022-06-16");
		assertThat(mentions).allMatch((m) -> m.date().start().equals(LocalDate.of(2022, 6, 15)));
	}

	@Test
	void shouldFallBackToTheLeadWhenNoSentenceNamesAPlaceTheUsualWay() {
		List<IncidentMention> mentions = fromText("NASIRIYAH, Iraq - Security forces opened fire on demonstrators in "
				+ "Habboubi Square on Friday, killing three.\n\nHealth officials said 47 people were treated.\n\n"
				+ "The previous night, protesters had blocked the main bridges into the city with burning tyres.",
				"2021-02-27");
		IncidentMention bridges = mentions.get(mentions.size() - 1);
		assertThat(bridges.type()).isEqualTo(EventType.PEACEFUL_PROTEST);
		assertThat(bridges.placeContext()).startsWith("NASIRIYAH");
	}

	@Test
	void shouldGiveTheStrikesTheirOwnPlacesWhenTheNextSentenceNamesThem() {
		List<IncidentMention> mentions = fromText("WASHINGTON - This evening, U.S. forces conducted precision strikes "
				+ "against militia facilities across Iraq.\n\nThe strikes targeted five depots at Jurf al-Sakhar.",
				"2020-03-12");
		assertThat(mentions).hasSize(2);
		assertThat(mentions.get(1).type()).isEqualTo(EventType.AIR_DRONE_STRIKE);
		assertThat(mentions.get(1).date()).isEqualTo(mentions.get(0).date());
		assertThat(mentions.get(1).placeContext()).contains("Jurf al-Sakhar");
	}

	@Test
	void shouldDateAnEventCountedFromTheStoryAndSkipTheRecapOfTheStory() {
		List<IncidentMention> mentions = fromText(
				"Gunmen ambushed an army patrol near Baiji on Thursday, killing three soldiers.\n\n"
						+ "The ambush came three days after a suicide bomber blew himself up at a checkpoint in Samarra. "
						+ "Five policemen were killed.",
				"2019-03-16");
		assertThat(mentions).extracting(IncidentMention::type)
			.containsExactly(EventType.ARMED_CLASH, EventType.SUICIDE_BOMB);
		IncidentMention bombing = mentions.get(1);
		assertThat(bombing.date().start()).isEqualTo(LocalDate.of(2019, 3, 11));
		assertThat(bombing.historical()).isFalse();
		assertThat(bombing.killed()).isEqualTo(Count.exactly(5));
		// Recalled without a count, an earlier event stays undated history.
		assertThat(fromText("Gunmen ambushed an army patrol near Baiji on Thursday. "
				+ "Security was tightened after a suicide bomber blew himself up in Samarra.", "2019-03-16"))
			.filteredOn((m) -> m.type() == EventType.SUICIDE_BOMB)
			.allMatch(IncidentMention::historical);
	}

	@Test
	void shouldSkipSectionHeadingsAndCarryTheDateAcrossThem() {
		List<IncidentMention> mentions = fromText(
				"On March 3, allied aircraft conducted eight strikes in the north.\n\n"
						+ "Strikes near Mosul\n\nNear Mosul, four strikes engaged three tactical units.",
				"2019-03-04");
		assertThat(mentions).noneMatch((m) -> m.sentence().equals("Strikes near Mosul"));
		IncidentMention mosul = mentions.stream()
			.filter((m) -> m.sentence().startsWith("Near Mosul"))
			.findFirst()
			.orElseThrow();
		assertThat(mosul.type()).isEqualTo(EventType.AIR_DRONE_STRIKE);
		assertThat(mosul.date().start()).isEqualTo(LocalDate.of(2019, 3, 3));
	}

	@Test
	void shouldDateLastNightsShellingAndPlaceAQuarterInTheStorysTown() {
		List<IncidentMention> shelling = fromText(
				"Insurgents struck with mortar rounds last night the Jadida quarter of the city of Baqubah.",
				"2018-07-09");
		assertThat(shelling).extracting(IncidentMention::type).containsExactly(EventType.SHELLING_ARTILLERY_MISSILE);
		assertThat(shelling.get(0).date().start()).isEqualTo(LocalDate.of(2018, 7, 8));
		List<IncidentMention> quarter = fromText("A car bomb exploded on the outskirts of Baqubah on Monday.\n\n"
				+ "Separately, two people from the Tahrir neighbourhood were killed when a drone struck their car.",
				"2018-07-10");
		assertThat(quarter.get(quarter.size() - 1).placeContext()).contains("Baqubah");
	}

}
