package org.conflictdata.incidentmap.extraction;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.article.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentExtractorSeedTests {

	private final IncidentExtractor extractor = new IncidentExtractor();

	private List<IncidentMention> mentions(String seed) {
		return this.extractor.extract(ArticleReader.read(Path.of("seeds", seed)));
	}

	private static Predicate<IncidentMention> on(EventType type, String day) {
		LocalDate d = LocalDate.parse(day);
		return (m) -> m.type() == type && m.date() != null && m.date().precision() == DatePrecision.DAY
				&& m.date().start().equals(d);
	}

	private static IncidentMention one(List<IncidentMention> mentions, Predicate<IncidentMention> which) {
		return mentions.stream()
			.filter(which)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no such mention in "
					+ mentions.stream().map((m) -> m.type() + " " + m.date() + " " + m.trigger()).toList()));
	}

	private static boolean covers(IncidentMention m, String day) {
		LocalDate d = LocalDate.parse(day);
		return m.date() != null && !m.date().start().isAfter(d) && !m.date().end().isBefore(d);
	}

	@ParameterizedTest
	@ValueSource(strings = { "000_1f3a1c9e903c2ecf.txt", "001_a541a00d065ee93d.txt", "002_b25954bcfc29d90c.txt",
			"003_680dd0db58cbb6ab.txt", "004_f65373e0f6cc8efd.txt" })
	void shouldPointEveryMentionAtItsSentenceInTheStoredText(String seed) {
		Article article = ArticleReader.read(Path.of("seeds", seed));
		List<IncidentMention> mentions = this.extractor.extract(article);
		assertThat(mentions).isNotEmpty();
		for (IncidentMention m : mentions) {
			assertThat(article.text().substring(m.start(), m.end())).isEqualTo(m.sentence());
			assertThat(m.sentence()).containsIgnoringCase(m.trigger().split(" ")[0]);
			assertThat(m.placeContext()).contains(m.sentence());
			assertThat(m.type()).isNotNull();
		}
	}

	@Test
	void shouldFindTheKirkukRocketAttackAndTheRetaliationInSeed000() {
		List<IncidentMention> mentions = mentions("000_1f3a1c9e903c2ecf.txt");
		IncidentMention rockets = one(mentions,
				on(EventType.SHELLING_ARTILLERY_MISSILE, "2019-12-27").and((m) -> m.weapon() != null));
		assertThat(rockets.weapon()).contains("107");
		assertThat(rockets.killed()).isEqualTo(Count.exactly(1));
		assertThat(rockets.wounded()).isEqualTo(new Count(3, 2, 9));
		assertThat(rockets.date().explanation()).contains("2019-12-25");
		assertThat(rockets.actors()).contains(new Actor("United States", ActorRole.TARGET, Attribution.STATED));
		assertThat(rockets.historical()).isFalse();
		IncidentMention retaliation = one(mentions,
				(m) -> m.type() == EventType.AIR_DRONE_STRIKE && m.sentence().startsWith("Then Washington"));
		assertThat(covers(retaliation, "2019-12-29")).isTrue();
		assertThat(retaliation.actors()).containsExactly(
				new Actor("United States", ActorRole.PERPETRATOR, Attribution.STATED),
				new Actor("Kataib Hezbollah", ActorRole.TARGET, Attribution.STATED));
		assertThat(mentions).anyMatch(on(EventType.AIR_DRONE_STRIKE, "2019-12-29"));
	}

	@Test
	void shouldFindTheEmbassyAttackAndTheSuspectedIsraeliStrikesInSeed000() {
		List<IncidentMention> mentions = mentions("000_1f3a1c9e903c2ecf.txt");
		assertThat(mentions).anyMatch(on(EventType.MOB_VIOLENCE, "2019-12-31"));
		IncidentMention balad = one(mentions, on(EventType.AIR_DRONE_STRIKE, "2019-08-22"));
		assertThat(balad.actors()).contains(new Actor("Israel", ActorRole.PERPETRATOR, Attribution.SUSPECTED),
				new Actor("United States", ActorRole.PERPETRATOR, Attribution.SUSPECTED));
		IncidentMention albukamal = one(mentions, (m) -> m.sentence().contains("Albukamal"));
		assertThat(albukamal.date().precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(albukamal.date().start()).isEqualTo(LocalDate.of(2018, 6, 1));
		assertThat(albukamal.actors()).contains(new Actor("Israel", ActorRole.PERPETRATOR, Attribution.SUSPECTED),
				new Actor("Kataib Hezbollah", ActorRole.TARGET, Attribution.STATED));
	}

	@Test
	void shouldNotReportPolicyOrAggregatesAsIncidentsInSeed000() {
		List<IncidentMention> mentions = mentions("000_1f3a1c9e903c2ecf.txt");
		assertThat(mentions).noneMatch((m) -> m.sentence().contains("designated a terrorist organization"));
		assertThat(mentions).noneMatch((m) -> m.sentence().contains("could be blamed"));
		assertThat(mentions).filteredOn(
				(m) -> m.sentence().contains("more than 1,000 airstrikes") && m.type() == EventType.AIR_DRONE_STRIKE)
			.allMatch(IncidentMention::historical);
		assertThat(mentions).filteredOn((m) -> m.trigger().equals("rocket fire")).allMatch(IncidentMention::historical);
		assertThat(mentions).filteredOn((m) -> m.date() != null && m.date().end().getYear() <= 2012)
			.allMatch(IncidentMention::historical);
	}

	@Test
	void shouldFindTheDatedAttacksOfSeed001() {
		List<IncidentMention> mentions = mentions("001_a541a00d065ee93d.txt");
		IncidentMention k1 = one(mentions, on(EventType.SHELLING_ARTILLERY_MISSILE, "2019-12-27")
			.and((m) -> m.weapon() != null && m.weapon().contains("107")));
		assertThat(k1.weapon()).isEqualTo("107mm Katyusha rockets");
		assertThat(k1.killed()).isEqualTo(Count.exactly(1));
		assertThat(k1.wounded()).isEqualTo(Count.exactly(6));
		assertThat(k1.placeContext()).contains("K1 base");
		IncidentMention amerli = one(mentions, on(EventType.AIR_DRONE_STRIKE, "2019-07-19"));
		assertThat(amerli.killed().min()).isGreaterThanOrEqualTo(1);
		assertThat(amerli.wounded()).isEqualTo(Count.exactly(4));
		assertThat(amerli.placeContext()).contains("Amerli");
		assertThat(amerli.actors()).contains(new Actor("Israel", ActorRole.PERPETRATOR, Attribution.STATED),
				new Actor("Popular Mobilization Forces", ActorRole.TARGET, Attribution.STATED));
		IncidentMention qaim = one(mentions, on(EventType.AIR_DRONE_STRIKE, "2019-08-25"));
		assertThat(qaim.killed()).isEqualTo(Count.exactly(1));
		assertThat(qaim.wounded()).isEqualTo(Count.exactly(1));
		IncidentMention mosul = one(mentions, on(EventType.SHELLING_ARTILLERY_MISSILE, "2019-11-08")
			.and((m) -> m.weapon() != null && m.weapon().contains("Katyusha")));
		assertThat(mosul.placeContext()).contains("Mosul");
		assertThat(mentions).anyMatch(
				on(EventType.SHELLING_ARTILLERY_MISSILE, "2019-11-08").and((m) -> Count.exactly(0).equals(m.killed())));
	}

	@Test
	void shouldSuspectKataibHezbollahOfTheK1AttackInSeed001() {
		List<IncidentMention> mentions = mentions("001_a541a00d065ee93d.txt");
		assertThat(mentions).filteredOn(on(EventType.SHELLING_ARTILLERY_MISSILE, "2019-12-27"))
			.flatMap(IncidentMention::actors)
			.contains(new Actor("Kataib Hezbollah", ActorRole.PERPETRATOR, Attribution.SUSPECTED));
	}

	@Test
	void shouldNotDateEventsByTheBriefingThatMentionedThemInSeed001() {
		List<IncidentMention> mentions = mentions("001_a541a00d065ee93d.txt");
		assertThat(mentions).noneMatch((m) -> !m.historical() && covers(m, "2020-01-02"));
	}

	@Test
	void shouldFindTheRocketAttackAndRetaliationOfSeed002() {
		List<IncidentMention> mentions = mentions("002_b25954bcfc29d90c.txt");
		IncidentMention rockets = one(mentions, on(EventType.SHELLING_ARTILLERY_MISSILE, "2019-12-27"));
		assertThat(rockets.weapon()).isEqualTo("107 mm rockets");
		assertThat(rockets.killed()).isEqualTo(Count.exactly(1));
		IncidentMention airstrikes = one(mentions, (m) -> m.sentence().startsWith("Washington retaliated"));
		assertThat(airstrikes.type()).isEqualTo(EventType.AIR_DRONE_STRIKE);
		assertThat(covers(airstrikes, "2019-12-29")).isTrue();
		assertThat(airstrikes.date().end()).isEqualTo(LocalDate.of(2019, 12, 31));
	}

	@Test
	void shouldFindTheCampTajiAttacksOfSeed003() {
		List<IncidentMention> mentions = mentions("003_680dd0db58cbb6ab.txt");
		IncidentMention taji = one(mentions,
				on(EventType.SHELLING_ARTILLERY_MISSILE, "2020-03-11").and((m) -> m.killed() != null));
		assertThat(taji.killed()).isEqualTo(Count.exactly(3));
		assertThat(taji.wounded()).isEqualTo(new Count(13, 13, null));
		assertThat(taji.placeContext()).contains("Camp Taji");
		assertThat(one(mentions, on(EventType.SHELLING_ARTILLERY_MISSILE, "2020-03-14")).placeContext())
			.contains("Camp Taji");
		assertThat(mentions).anyMatch(on(EventType.SHELLING_ARTILLERY_MISSILE, "2020-03-17"));
		assertThat(one(mentions, on(EventType.SHELLING_ARTILLERY_MISSILE, "2020-03-26")).placeContext())
			.contains("Green Zone");
		IncidentMention airport = one(mentions, (m) -> m.trigger().equals("drone strike"));
		assertThat(airport.killed()).isEqualTo(Count.exactly(2));
		// "In January ... after the American drone strike", dated to the day by "the
		// January 3 assassination of ... Abu Mahdi al-Muhandis" further on.
		assertThat(airport.date().start()).isEqualTo(LocalDate.of(2020, 1, 3));
		assertThat(airport.date().precision()).isEqualTo(DatePrecision.DAY);
		assertThat(airport.date().explanation()).contains("January 3");
	}

	@Test
	void shouldLeaveOutThePlanningAndMarkAggregatesInSeed003() {
		List<IncidentMention> mentions = mentions("003_680dd0db58cbb6ab.txt");
		assertThat(mentions).noneMatch((m) -> m.sentence().contains("ordered military commanders to plan"));
		assertThat(mentions).noneMatch((m) -> m.sentence().contains("poised to strike"));
		assertThat(mentions).filteredOn((m) -> m.sentence().contains("about a dozen rocket attacks"))
			.isNotEmpty()
			.allMatch(IncidentMention::historical);
	}

	@Test
	void shouldFindTheK1AttackTheAirStrikesAndTheEmbassyRiotOfSeed004() {
		List<IncidentMention> mentions = mentions("004_f65373e0f6cc8efd.txt");
		IncidentMention k1 = one(mentions,
				on(EventType.SHELLING_ARTILLERY_MISSILE, "2019-12-27").and((m) -> m.sentence().contains("salvo")));
		assertThat(k1.killed()).isEqualTo(Count.exactly(1));
		assertThat(k1.weapon()).contains("107");
		assertThat(k1.date().explanation()).contains("calls it Sunday", "was a Friday");
		assertThat(mentions).filteredOn(on(EventType.SHELLING_ARTILLERY_MISSILE, "2019-12-27"))
			.flatMap(IncidentMention::actors)
			.contains(new Actor("Kataib Hezbollah", ActorRole.PERPETRATOR, Attribution.STATED));
		IncidentMention strikes = one(mentions, on(EventType.AIR_DRONE_STRIKE, "2019-12-30"));
		assertThat(strikes.killed()).isEqualTo(Count.exactly(25));
		assertThat(strikes.weapon()).isEqualTo("F-15E");
		assertThat(strikes.actors()).contains(new Actor("Kataib Hezbollah", ActorRole.TARGET, Attribution.STATED));
		assertThat(strikes.historical()).isFalse();
		IncidentMention embassy = one(mentions, on(EventType.MOB_VIOLENCE, "2019-12-31"));
		assertThat(embassy.killed()).isEqualTo(Count.exactly(0));
		assertThat(embassy.actors()).contains(new Actor("Rioters", ActorRole.PERPETRATOR, Attribution.STATED),
				new Actor("United States", ActorRole.TARGET, Attribution.STATED));
	}

}
