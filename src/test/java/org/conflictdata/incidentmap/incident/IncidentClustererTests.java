package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.ActorRole;
import org.conflictdata.incidentmap.extraction.Attribution;
import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.extraction.DatePrecision;
import org.conflictdata.incidentmap.extraction.EventDate;
import org.conflictdata.incidentmap.extraction.EventType;
import org.conflictdata.incidentmap.geocoding.Geocoder;
import org.conflictdata.incidentmap.geocoding.Location;
import org.conflictdata.incidentmap.geocoding.Place;
import org.conflictdata.incidentmap.geocoding.PlaceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.AL_QAIM;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.CAMP_TAJI;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.GREEN_ZONE;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.IRAQ;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.K1;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.KH;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.KIRKUK;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.US;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.article;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.at;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.mention;

class IncidentClustererTests {

	private static final EventType ROCKETS = EventType.SHELLING_ARTILLERY_MISSILE;

	private final IncidentClusterer clusterer = ClusterFixtures.clusterer();

	private final Article daily = article("000.txt", "2019-12-31");

	private final Article blog = article("001.txt", "2020-01-02");

	private final Article wire = article("002.txt", "2019-12-31");

	private final Article weekly = article("004.txt", "2020-01-03");

	@Test
	void shouldMergeTheFourReportsOfTheK1RocketAttackIntoOneIncident() {
		List<Incident> drafts = List.of(
				this.clusterer.draft(mention(ROCKETS, "2019-12-27").by(KH).build(), at(KIRKUK), 0, this.daily),
				this.clusterer.draft(mention(ROCKETS, "2019-12-27").killed(Count.exactly(1))
					.wounded(Count.exactly(6))
					.weapon("107mm Katyusha rockets")
					.by(KH)
					.build(), at(K1), 1, this.blog),
				this.clusterer.draft(mention(ROCKETS, "2019-12-27").killed(Count.exactly(1))
					.weapon("32 Iranian-made 107 mm rockets")
					.build(), at(IRAQ), 2, this.wire),
				this.clusterer.draft(
						mention(ROCKETS, "2019-12-27").killed(Count.exactly(1)).wounded(Count.exactly(4)).build(),
						at(K1), 4, this.weekly));

		List<Incident> incidents = this.clusterer.cluster(drafts);

		assertThat(incidents).hasSize(1);
		Incident k1 = incidents.get(0);
		assertThat(k1.sources()).hasSize(4);
		assertThat(k1.grade()).isEqualTo("corroborated (4 documents)");
		assertThat(k1.placeId()).isEqualTo(K1.id());
		assertThat(k1.geoPrecision()).isEqualTo(1);
		assertThat(k1.date()).isEqualTo(LocalDate.of(2019, 12, 27));
		assertThat(k1.killed()).isEqualTo(Count.exactly(1));
		assertThat(k1.wounded()).isEqualTo(new Count(6, 4, 6));
		assertThat(k1.weapon()).isEqualTo("32 Iranian-made 107 mm rockets");
		assertThat(k1.summary()).isEqualTo(
				"Shelling/artillery/missile attack at K-1 Air Base (Kirkuk, Iraq) by Kataib Hezbollah: 1 killed, 4–6 wounded");
		assertThat(disagreements(k1)).anySatisfy((note) -> assertThat(note).startsWith("wounded: 6 (001.txt) vs 4"));
	}

	@Test
	void shouldMergeStrikeReportsOneDayApartAndKeepTheMajorityDateWithTheDisagreement() {
		Incident dec29a = this.clusterer.draft(
				mention(EventType.AIR_DRONE_STRIKE, "2019-12-29").by(US).killed(Count.exactly(25)).build(), at(AL_QAIM),
				1, this.blog);
		Incident dec29b = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2019-12-29").by(US).build(),
				at(AL_QAIM), 0, this.daily);
		Incident dec30 = this.clusterer.draft(
				mention(EventType.AIR_DRONE_STRIKE, "2019-12-30").by(US).killed(Count.exactly(25)).build(), at(AL_QAIM),
				4, this.weekly);

		List<Incident> incidents = this.clusterer.cluster(List.of(dec30, dec29a, dec29b));

		assertThat(incidents).hasSize(1);
		Incident strike = incidents.get(0);
		assertThat(strike.date()).isEqualTo(LocalDate.of(2019, 12, 29));
		assertThat(strike.dateEnd()).isEqualTo(LocalDate.of(2019, 12, 29));
		assertThat(strike.datePrecision()).isEqualTo("day");
		assertThat(strike.sources()).hasSize(3);
		assertThat(disagreements(strike)).anySatisfy(
				(note) -> assertThat(note).startsWith("date: 004.txt gives 2019-12-30").contains("kept 2019-12-29"));
	}

	@Test
	void shouldKeepTwoStrikesOneDocumentDatesADayApartAsTwoEvents() {
		Incident first = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2019-12-29").by(US).build(),
				at(AL_QAIM), 1, this.blog);
		Incident second = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2019-12-30").by(US).at(200).build(),
				at(AL_QAIM), 1, this.blog);

		assertThat(this.clusterer.sameEvent(first, second)).isFalse();
		assertThat(this.clusterer.cluster(List.of(first, second))).hasSize(2);
	}

	@Test
	void shouldKeepTheEarlierDateWhenTwoSourcesDisagreeByADayWithoutAMajority() {
		Incident dec30 = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2019-12-30").by(US).build(),
				at(AL_QAIM), 4, this.weekly);
		Incident dec29 = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2019-12-29").by(US).build(),
				at(AL_QAIM), 1, this.blog);

		assertThat(this.clusterer.sameEvent(dec30, dec29)).isTrue();
		assertThat(this.clusterer.merge(dec30, dec29).date()).isEqualTo(LocalDate.of(2019, 12, 29));
	}

	@Test
	void shouldNotBridgeADayOfDisagreementWhenOnlyTheCountryAgrees() {
		Incident precise = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2019-12-29").build(), at(AL_QAIM),
				1, this.blog);
		Incident countryLevel = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2019-12-30").build(),
				at(IRAQ), 4, this.weekly);

		assertThat(this.clusterer.sameEvent(precise, countryLevel)).isFalse();
	}

	@Test
	void shouldKeepDifferentAttacksOnCampTajiApart() {
		Incident march11 = this.clusterer.draft(mention(ROCKETS, "2020-03-11").killed(Count.exactly(3)).build(),
				at(CAMP_TAJI), 3, article("003.txt", "2020-03-27"));
		Incident march14 = this.clusterer.draft(mention(ROCKETS, "2020-03-14").at(500).build(), at(CAMP_TAJI), 3,
				article("003.txt", "2020-03-27"));

		assertThat(this.clusterer.sameEvent(march11, march14)).isFalse();
		assertThat(this.clusterer.cluster(List.of(march11, march14))).hasSize(2);
	}

	@Test
	void shouldMergeACountryLevelReportIntoThePreciseIncidentOfTheSameDayAndType() {
		Incident k1 = this.clusterer.draft(mention(ROCKETS, "2019-12-27").build(), at(K1), 1, this.blog);
		Incident iraqiBase = this.clusterer.draft(mention(ROCKETS, "2019-12-27").build(), at(IRAQ), 2, this.wire);

		assertThat(this.clusterer.sameEvent(iraqiBase, k1)).isTrue();
		Incident merged = this.clusterer.merge(iraqiBase, k1);
		assertThat(merged.placeId()).isEqualTo(K1.id());
		assertThat(merged.longitude()).isEqualTo(K1.longitude());
		assertThat(merged.sources()).hasSize(2);
	}

	@Test
	void shouldKeepDifferentTypesAtTheSamePlaceAndDateApart() {
		Incident storming = this.clusterer.draft(mention(EventType.VIOLENT_DEMONSTRATION, "2019-12-31").build(),
				at(GREEN_ZONE), 4, this.weekly);
		Incident rockets = this.clusterer.draft(mention(ROCKETS, "2019-12-31").at(80).build(), at(GREEN_ZONE), 4,
				this.weekly);
		Incident bomb = this.clusterer.draft(mention(EventType.REMOTE_EXPLOSIVE, "2019-12-31").at(160).build(),
				at(GREEN_ZONE), 4, this.weekly);

		assertThat(this.clusterer.cluster(List.of(storming, rockets, bomb))).hasSize(3);
	}

	@Test
	void shouldNotLetAVagueAggregateSwallowANamedAttack() {
		EventDate december = new EventDate(LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 31), DatePrecision.MONTH,
				"at the end of 2019", "month");
		Incident aggregate = this.clusterer.draft(mention(ROCKETS, null).date(december).build(), at(IRAQ), 3,
				article("003.txt", "2020-03-27"));
		Incident k1 = this.clusterer.draft(mention(ROCKETS, "2019-12-27").build(), at(K1), 1, this.blog);

		assertThat(this.clusterer.sameEvent(aggregate, k1)).isFalse();
	}

	@Test
	void shouldKeepAHistoricalReferenceApartFromAPointIncident() {
		EventDate december = new EventDate(LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 31), DatePrecision.MONTH,
				"December", "month");
		Incident history = this.clusterer.draft(mention(ROCKETS, null).date(december).historical().build(), at(K1), 3,
				article("003.txt", "2020-03-27"));
		Incident k1 = this.clusterer.draft(mention(ROCKETS, "2019-12-27").build(), at(K1), 1, this.blog);

		assertThat(this.clusterer.sameEvent(history, k1)).isFalse();
	}

	@Test
	void shouldCountOneDocumentOnceInTheGradeAndNeverRepeatASentence() {
		Incident first = this.clusterer.draft(mention(ROCKETS, "2019-12-27").build(), at(K1), 0, this.daily);
		Incident second = this.clusterer.draft(mention(ROCKETS, "2019-12-27").at(700).build(), at(KIRKUK), 0,
				this.daily);

		Incident merged = this.clusterer.merge(this.clusterer.merge(first, second), first);

		assertThat(merged.sources()).hasSize(2);
		assertThat(merged.grade()).isEqualTo("single source");
	}

	@Test
	void shouldKeepTheFirmestAttributionOfEachActor() {
		Actor suspected = new Actor("Kataib Hezbollah", ActorRole.PERPETRATOR, Attribution.SUSPECTED);
		Actor claimed = new Actor("Kataib Hezbollah", ActorRole.PERPETRATOR, Attribution.CLAIMED);
		Actor target = new Actor("United States", ActorRole.TARGET, Attribution.STATED);
		Incident a = this.clusterer.draft(mention(ROCKETS, "2019-12-27").by(suspected).by(target).build(), at(K1), 0,
				this.daily);
		Incident b = this.clusterer.draft(mention(ROCKETS, "2019-12-27").by(KH).build(), at(K1), 1, this.blog);
		Incident c = this.clusterer.draft(mention(ROCKETS, "2019-12-27").by(claimed).build(), at(K1), 2, this.wire);

		Incident merged = this.clusterer.cluster(List.of(a, b, c)).get(0);

		assertThat(merged.actors()).containsExactlyInAnyOrder(claimed, target);
		assertThat(merged.summary()).contains("by Kataib Hezbollah (claimed)");
	}

	@Test
	void shouldPreferTheMoreSpecificTypeWhenAProtestIsReportedAsPeacefulAndAsFiredOn() {
		Incident peaceful = this.clusterer.draft(mention(EventType.PEACEFUL_PROTEST, "2019-12-31").build(),
				at(GREEN_ZONE), 0, this.daily);
		Incident peacefulAgain = this.clusterer.draft(mention(EventType.PEACEFUL_PROTEST, "2019-12-31").build(),
				at(GREEN_ZONE), 2, this.wire);
		Incident firedOn = this.clusterer.draft(
				mention(EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "2019-12-31").build(), at(GREEN_ZONE), 4,
				this.weekly);

		List<Incident> incidents = this.clusterer.cluster(List.of(peaceful, peacefulAgain, firedOn));

		assertThat(incidents).hasSize(1);
		assertThat(incidents.get(0).subEventType()).isEqualTo("Excessive force against protesters");
		assertThat(incidents.get(0).eventType()).isEqualTo("Protests");
	}

	@Test
	void shouldGiveTheSameClustersWhateverTheInputOrder() {
		List<Incident> drafts = new ArrayList<>(
				List.of(this.clusterer.draft(mention(ROCKETS, "2019-12-27").build(), at(K1), 1, this.blog),
						this.clusterer.draft(mention(ROCKETS, "2019-12-27").build(), at(IRAQ), 2, this.wire),
						this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2019-12-29").build(), at(AL_QAIM), 1,
								this.blog),
						this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2019-12-29").build(), at(IRAQ), 0,
								this.daily),
						this.clusterer.draft(mention(EventType.VIOLENT_DEMONSTRATION, "2019-12-31").build(),
								at(GREEN_ZONE), 4, this.weekly)));
		List<String> expected = signature(this.clusterer.cluster(drafts));
		Random random = new Random(7);
		for (int i = 0; i < 10; i++) {
			Collections.shuffle(drafts, random);
			assertThat(signature(this.clusterer.cluster(drafts))).isEqualTo(expected);
		}
		assertThat(expected).hasSize(3);
	}

	@Test
	void shouldDateAnUndatedMentionToTheWeekUpToPublicationAndSaySo() {
		Incident undated = this.clusterer.draft(mention(ROCKETS, null).build(), at(K1), 1, this.blog);

		assertThat(undated.date()).isEqualTo(LocalDate.of(2019, 12, 27));
		assertThat(undated.dateEnd()).isEqualTo(LocalDate.of(2020, 1, 2));
		assertThat(undated.datePrecision()).isEqualTo("week");
		assertThat(undated.timePrecision()).isEqualTo(2);
		assertThat(undated.explanation().get("date").toString()).contains("no date in the text");
	}

	@Test
	void shouldSetAsideMentionsWithoutAPlaceOrAnyDate() {
		Location nowhere = Location.unresolved("an undisclosed location", "no gazetteer match");
		List<LocatedMention> located = List.of(new LocatedMention(mention(ROCKETS, "2019-12-27").build(), at(K1)),
				new LocatedMention(mention(ROCKETS, "2019-12-27").at(90).build(), nowhere),
				new LocatedMention(mention(ROCKETS, null).at(180).build(), at(K1)),
				new LocatedMention(mention(ROCKETS, null).historical().at(270).build(), at(K1)));

		Drafts drafts = this.clusterer.draftAll(located, 9, article("undated.txt", null));
		Drafts dated = this.clusterer.draftAll(located, 9, this.blog);

		assertThat(drafts.incidents()).hasSize(1);
		assertThat(drafts.unresolved()).extracting(UnresolvedMention::reason)
			.containsExactly("no gazetteer match", "no date in the text and no publication date",
					"no date in the text and no publication date");
		assertThat(dated.incidents()).hasSize(2);
		assertThat(dated.unresolved()).extracting(UnresolvedMention::reason)
			.containsExactly("no gazetteer match", "historical reference without a date");
		assertThat(drafts.unresolved().get(0).placeMention()).isEqualTo("an undisclosed location");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.clusterer.draft(located.get(1).mention(), nowhere, 9, this.blog));
	}

	@Test
	void shouldDraftOneSourcedIncidentWithItsExplanation() {
		Incident draft = this.clusterer.draft(mention(ROCKETS, "2019-12-27").by(KH).build(), at(K1), 4, this.weekly);

		assertThat(draft.id()).isNull();
		assertThat(draft.eventType()).isEqualTo("Explosions/Remote violence");
		assertThat(draft.grade()).isEqualTo("single source");
		assertThat(draft.sources()).singleElement().satisfies((source) -> {
			assertThat(source.documentId()).isEqualTo(4);
			assertThat(source.document()).isEqualTo("004.txt");
			assertThat(source.published()).isEqualTo(LocalDate.of(2020, 1, 3));
			assertThat(source.quote()).isEqualTo("Sentence at 0.");
		});
		assertThat(draft.explanation()).containsKeys("trigger", "place", "date", "disagreements");
		assertThat(draft.summary())
			.isEqualTo("Shelling/artillery/missile attack at K-1 Air Base (Kirkuk, Iraq) by Kataib Hezbollah");
	}

	@Test
	void shouldLetAVagueReportJoinTheOnlyIncidentItCouldDescribe() {
		Incident strike = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2019-12-29").by(US).build(),
				at(AL_QAIM), 1, this.blog);
		Incident retaliation = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, null).build(), at(IRAQ), 0,
				this.daily);

		assertThat(this.clusterer.sameEvent(strike, retaliation)).isFalse();
		List<Incident> incidents = this.clusterer.cluster(List.of(retaliation, strike));

		assertThat(incidents).singleElement().satisfies((merged) -> {
			assertThat(merged.placeId()).isEqualTo(AL_QAIM.id());
			assertThat(merged.date()).isEqualTo(LocalDate.of(2019, 12, 29));
			assertThat(merged.datePrecision()).isEqualTo("day");
			assertThat(merged.sources()).hasSize(2);
		});
	}

	@Test
	void shouldKeepAVagueReportApartWhenItCouldDescribeSeveralIncidents() {
		// Undated, so it stands for the week 11–17 March, which holds both attacks.
		Article nyt = article("003.txt", "2020-03-17");
		Incident march11 = this.clusterer.draft(mention(ROCKETS, "2020-03-11").build(), at(CAMP_TAJI), 3, nyt);
		Incident march14 = this.clusterer.draft(mention(ROCKETS, "2020-03-14").at(300).build(), at(CAMP_TAJI), 3, nyt);
		Incident vague = this.clusterer.draft(mention(ROCKETS, null).at(600).build(), at(IRAQ), 3, nyt);

		assertThat(this.clusterer.cluster(List.of(vague, march14, march11))).hasSize(3);
	}

	@Test
	void shouldMergeAVagueReportWhoseCasualtyFiguresMatch() {
		Article nyt = article("003.txt", "2020-03-27");
		EventDate thisMonth = new EventDate(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31), DatePrecision.MONTH,
				"this month", "month of publication");
		Incident march11 = this.clusterer.draft(mention(ROCKETS, "2020-03-11").killed(Count.exactly(3)).build(),
				at(CAMP_TAJI), 3, nyt);
		Incident march14 = this.clusterer.draft(mention(ROCKETS, "2020-03-14").at(300).build(), at(CAMP_TAJI), 3, nyt);
		Incident killedThree = this.clusterer
			.draft(mention(ROCKETS, null).date(thisMonth).killed(Count.exactly(3)).at(600).build(), at(IRAQ), 3, nyt);

		List<Incident> incidents = this.clusterer.cluster(List.of(killedThree, march14, march11));

		assertThat(incidents).hasSize(2);
		assertThat(incidents).filteredOn((i) -> i.date().equals(LocalDate.of(2020, 3, 11)))
			.singleElement()
			.satisfies((i) -> assertThat(i.sources()).hasSize(2));
	}

	@Test
	void shouldMergeARiotWithAnAttackOnTheSameEmbassyTheSameDay() {
		Incident riot = this.clusterer.draft(mention(EventType.VIOLENT_DEMONSTRATION, "2019-12-31").build(),
				at(GREEN_ZONE), 4, this.weekly);
		Incident attack = this.clusterer.draft(mention(EventType.ATTACK_ON_CIVILIANS, "2019-12-31").build(),
				at(GREEN_ZONE), 0, this.daily);

		assertThat(this.clusterer.sameEvent(riot, attack)).isTrue();
	}

	@Test
	void shouldKeepAWritersShootingApartFromTheRiotTheyTellOfTheSameDayAndPlace() {
		Incident shooting = this.clusterer.draft(mention(EventType.ATTACK_ON_CIVILIANS, "2021-05-09").build(),
				at(GREEN_ZONE), 7, this.daily);
		Incident riot = this.clusterer.draft(mention(EventType.VIOLENT_DEMONSTRATION, "2021-05-09").build(),
				at(GREEN_ZONE), 7, this.daily);
		Incident laterRiot = this.clusterer.draft(mention(EventType.VIOLENT_DEMONSTRATION, "2021-05-09").build(),
				at(GREEN_ZONE), 7, this.daily);

		assertThat(this.clusterer.sameEvent(shooting, riot)).isFalse();
		assertThat(this.clusterer.sameEvent(riot, laterRiot)).isTrue();
		assertThat(this.clusterer.cluster(List.of(shooting, riot, laterRiot))).hasSize(2);
	}

	@Test
	void shouldKeepTheStoredIdWhenAStoredIncidentAbsorbsANewReport() {
		Incident stored = this.clusterer.draft(mention(ROCKETS, "2019-12-27").build(), at(K1), 1, this.blog).withId(42);
		Incident fresh = this.clusterer.draft(mention(ROCKETS, "2019-12-27").build(), at(K1), 4, this.weekly);

		assertThat(this.clusterer.merge(fresh, stored).id()).isEqualTo(42L);
		assertThat(this.clusterer.cluster(List.of(fresh, stored))).singleElement()
			.satisfies((i) -> assertThat(i.id()).isEqualTo(42L));
	}

	@Test
	void shouldPreferASpelledOutDateOverOneWorkedOutFromARelativePhrase() {
		Place airport = ClusterFixtures.place("iq-bgw", "Baghdad International Airport", PlaceKind.AIRPORT, "Baghdad",
				44.235, 33.263);
		Incident aDayLater = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, null)
			.date(EventDate.day(LocalDate.of(2020, 1, 2), "A day later", "a day after 2020-01-01"))
			.build(), at(airport), 4, this.weekly);
		Incident january3 = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, null)
			.date(EventDate.day(LocalDate.of(2020, 1, 3), "January 3", "January 3 in the year of publication"))
			.build(), at(airport), 3, article("003.txt", "2020-03-27"));

		Incident merged = this.clusterer.cluster(List.of(aDayLater, january3)).get(0);

		assertThat(merged.date()).isEqualTo(LocalDate.of(2020, 1, 3));
		assertThat(merged.explanation().get("date").toString()).contains("January 3");
		assertThat(disagreements(merged)).anySatisfy((note) -> assertThat(note).contains("'A day later'"));
	}

	private static List<String> disagreements(Incident incident) {
		return ((List<?>) incident.explanation().get("disagreements")).stream().map(Object::toString).toList();
	}

	private static List<String> signature(List<Incident> incidents) {
		return incidents.stream()
			.map((i) -> i.date() + " " + i.placeId() + " " + i.subEventType() + " " + i.sources().size())
			.sorted()
			.toList();
	}

	@Test
	void shouldKeepAnAttackApartFromTheStrikeOnItsPerpetratorInReply() {
		Actor usTarget = new Actor("United States", ActorRole.TARGET, Attribution.STATED);
		Actor khTarget = new Actor("Kataib Hezbollah", ActorRole.TARGET, Attribution.STATED);
		Incident rockets = this.clusterer.draft(mention(ROCKETS, "2019-12-29").by(KH).by(usTarget).build(), at(K1), 1,
				this.blog);
		Incident strike = this.clusterer.draft(
				mention(EventType.AIR_DRONE_STRIKE, "2019-12-29").by(US).by(khTarget).build(), at(KIRKUK), 2,
				this.blog);

		assertThat(this.clusterer.sameEvent(rockets, strike)).isFalse();
	}

	@Test
	void shouldNotMergeNamedPlacesFacingEachOtherAcrossABorder() {
		Place albukamal = new Place("sy-albukamal", "Albukamal", List.of(), PlaceKind.TOWN, "Syria", "Deir ez-Zor",
				40.92, 34.45, "test fixture");
		Place husaybah = ClusterFixtures.place("iq-husaybah", "Husaybah", PlaceKind.TOWN, "Anbar", 40.99, 34.39);
		Incident syria = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2021-03-02").build(), at(albukamal),
				1, this.blog);
		Incident iraq = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2021-03-02").build(), at(husaybah), 2,
				this.blog);

		assertThat(this.clusterer.sameEvent(syria, iraq)).isFalse();
	}

	@Test
	void shouldMergeTheSameVagueReportCarriedByTwoOutlets() {
		EventDate february = new EventDate(LocalDate.of(2018, 2, 1), LocalDate.of(2018, 2, 28), DatePrecision.MONTH,
				"February 2018", "month");
		Incident first = this.clusterer.draft(mention(ROCKETS, null).date(february).build(), at(IRAQ), 1, this.daily);
		Incident second = this.clusterer.draft(mention(ROCKETS, null).date(february).build(), at(IRAQ), 3, this.wire);

		assertThat(this.clusterer.sameEvent(first, second)).isTrue();
		assertThat(this.clusterer.cluster(List.of(first, second))).hasSize(1);
	}

	@Test
	void shouldLetAVagueReportJoinTheOneIncidentOfItsTypeDatedWithinItsWindow() {
		EventDate week = new EventDate(LocalDate.of(2019, 12, 27), LocalDate.of(2020, 1, 2), DatePrecision.WEEK, "",
				"week");
		EventDate january = new EventDate(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31), DatePrecision.MONTH,
				"In January", "month");
		Incident strike = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2019-12-29").by(US).build(),
				at(IRAQ), 1, this.daily);
		Incident airport = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, null).date(january).build(),
				at(GREEN_ZONE), 4, article("003.txt", "2020-03-27"));
		Incident rockets = this.clusterer.draft(mention(ROCKETS, "2019-12-27").build(), at(K1), 2, this.blog);
		Incident vague = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, null).date(week).by(US).build(),
				at(IRAQ), 2, this.blog);

		List<Incident> clusters = this.clusterer.cluster(List.of(strike, airport, rockets, vague));

		assertThat(clusters).hasSize(3);
		assertThat(clusters).filteredOn((i) -> i.date().equals(LocalDate.of(2019, 12, 29)))
			.singleElement()
			.satisfies((i) -> assertThat(i.sources()).hasSize(2));
	}

	@Test
	void shouldSetAsideAnUndatedMentionWhosePlaceCameOnlyFromItsContext() {
		Location borrowed = new Location(ClusterFixtures.IRAQ, 3, "country", "Iraq", "'Iraq'; " + Geocoder.FROM_CONTEXT,
				null);
		List<LocatedMention> located = List.of(
				new LocatedMention(mention(EventType.AIR_DRONE_STRIKE, null).build(), borrowed),
				new LocatedMention(mention(EventType.AIR_DRONE_STRIKE, "2019-12-29").at(90).build(), borrowed));

		Drafts drafts = this.clusterer.draftAll(located, 1, this.daily);

		assertThat(drafts.incidents()).hasSize(1);
		assertThat(drafts.unresolved()).extracting(UnresolvedMention::reason)
			.containsExactly("neither a date nor a place in its sentence");
	}

	@Test
	void shouldMatchADraftToTheBestAgreeingCandidateNotTheFirstAcceptable() {
		Incident nearby = this.clusterer.draft(mention(ROCKETS, "2019-12-27").build(), at(KIRKUK), 1, this.daily);
		Incident exact = this.clusterer.draft(mention(ROCKETS, "2019-12-27").build(), at(K1), 2, this.blog);
		Incident draft = this.clusterer.draft(mention(ROCKETS, "2019-12-27").build(), at(K1), 3, this.wire);

		assertThat(this.clusterer.sameEvent(nearby, draft)).isTrue();
		assertThat(this.clusterer.matchOf(List.of(nearby, exact), draft)).containsSame(exact);
		assertThat(this.clusterer.matchOf(List.of(), draft)).isEmpty();
	}

}
