package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.article.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fighting told with the enemy as the object ("fought rebel fighters"), drones that drop
 * a munition, protests told with a long subject, and gunmen who stop traffic and shoot,
 * each with phrasings that must not count.
 */
class NamedEnemyAndRoadsideTests {

	private final IncidentExtractor extractor = new IncidentExtractor();

	private List<EventType> types(String text) {
		return this.extractor.extract(ArticleReader.fromPost(text, null, null, "2022-06-10"))
			.stream()
			.map(IncidentMention::type)
			.toList();
	}

	@Test
	void shouldTellAClashWhenTroopsFoughtNamedMilitants() {
		assertThat(types("Army commandos fought Al-Shabaab militants on Wednesday near the market of Bulo Marer."))
			.containsExactly(EventType.ARMED_CLASH);
		assertThat(types("Border guards fought the smugglers' gunmen for two hours on Tuesday outside Nasir."))
			.containsExactly(EventType.ARMED_CLASH);
	}

	@Test
	void shouldNotTellAClashWhenSomeoneFoughtAnIllnessOrAFire() {
		assertThat(types("Doctors fought a cholera outbreak on Wednesday in the camps near Nasir.")).isEmpty();
		assertThat(types("Volunteers fought the flames on Tuesday outside Nasir.")).isEmpty();
	}

	@Test
	void shouldTellADroneStrikeWhenADroneDescribedAtLengthDroppedAMunition() {
		assertThat(types(
				"On Monday a commercial drone operated by the rebels dropped two small bombs on a clinic in Tabora."))
			.containsExactly(EventType.AIR_DRONE_STRIKE);
	}

	@Test
	void shouldNotTellADroneStrikeWhenADroneDroppedLeafletsOrAid() {
		assertThat(
				types("On Monday a drone flown by the army dropped leaflets over Tabora urging fighters to surrender."))
			.isEmpty();
		assertThat(types("On Monday a delivery drone run by a charity dropped medicines at a clinic in Tabora."))
			.isEmpty();
	}

	@Test
	void shouldTellAProtestWhenResidentsDemonstratedInFrontOfABuildingAfterALongSubject() {
		assertThat(types(
				"On Sunday about 150 residents of Kafr Nabl (also Kafranbel) in the southern countryside demonstrated outside the local council."))
			.containsExactly(EventType.PEACEFUL_PROTEST);
	}

	@Test
	void shouldNotTellAProtestWhenAResultDemonstratedSomething() {
		assertThat(types(
				"A survey of residents in the southern countryside demonstrated that support for the council had fallen."))
			.isEmpty();
	}

	@Test
	void shouldTellAnAttackOnCiviliansWhenArmedMenStoppedCarsAndShot() {
		assertThat(types(
				"Masked men stopped cars on the coastal road north of Sirte on Friday evening and opened fire, witnesses said."))
			.containsExactly(EventType.ATTACK_ON_CIVILIANS);
	}

	@Test
	void shouldNotTellAnAttackWhenTrafficWasStoppedWithoutShooting() {
		assertThat(types("Police stopped cars on the coastal road north of Sirte on Friday to check papers."))
			.isEmpty();
		assertThat(types(
				"Mediators said the firing stopped before cars could pass on the coastal road near Sirte on Friday."))
			.isEmpty();
	}

	@Test
	void shouldDateAStrikeByTheCountFromTheDayTheSentenceOpensOn() {
		List<IncidentMention> mentions = this.extractor.extract(ArticleReader.fromPost(
				"Rescue workers found more victims in the Hay al-Amal quarter of Tabora on Thursday, two days after an air strike that flattened a bakery, officials said.",
				null, null, "2022-06-10"));
		assertThat(mentions).extracting(IncidentMention::type).containsExactly(EventType.AIR_DRONE_STRIKE);
		assertThat(mentions.get(0).date().start()).isEqualTo(java.time.LocalDate.parse("2022-06-07"));
	}

}
