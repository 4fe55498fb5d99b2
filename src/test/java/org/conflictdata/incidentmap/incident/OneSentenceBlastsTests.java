package org.conflictdata.incidentmap.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.extraction.EventType;
import org.conflictdata.incidentmap.geocoding.Place;
import org.conflictdata.incidentmap.geocoding.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.at;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.mention;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.place;

/**
 * A sentence that tells one bombing with two blast words (a suicide vest and a second
 * device, a car bomb and the explosive belt of its driver) gives one incident; blasts in
 * two sentences, at two places, on two named days, or a blast beside an air strike, stay
 * two.
 */
class OneSentenceBlastsTests {

	private final Place province = place("iq-hills", "Hills", PlaceKind.PROVINCE, "Hills", 44.8, 33.8);

	private final Place town = place("iq-oldtown", "Oldtown", PlaceKind.TOWN, "Hills", 44.9, 33.9);

	private final Place otherTown = place("iq-newtown", "Newtown", PlaceKind.TOWN, "Hills", 44.6, 33.7);

	private final IncidentClusterer clusterer = new IncidentClusterer((id) -> Optional
		.ofNullable(Map.of(this.town.id(), this.town, this.otherTown.id(), this.otherTown).get(id)));

	private final Article wire = ClusterFixtures.article("wire.txt", "2016-01-12");

	private Incident draft(EventType type, String day, Place where, int start, String sentence) {
		return this.clusterer.draft(mention(type, day).at(start).sentence(sentence).build(), at(where), 1, this.wire);
	}

	private List<Incident> pair(EventType first, String firstDay, EventType second, String secondDay, Place secondPlace,
			String sentence, String secondSentence) {
		return this.clusterer.cluster(List.of(draft(first, firstDay, this.town, 10, sentence),
				draft(second, secondDay, secondPlace, 80, secondSentence)));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"A suicide attacker detonated his vest inside a cafe in Oldtown, and a second device went off as rescuers gathered.",
			"A bomber blew himself up at a checkpoint in Oldtown before a roadside bomb struck the ambulances that came.",
			"Two blasts, a suicide bombing and a parked explosive, tore through the market in Oldtown, killing nine.",
			"In Oldtown a suicide car bomb hit the police station and an improvised device exploded nearby minutes later.",
			"A man wearing an explosive belt walked into a wedding in Oldtown and blew himself up; a hidden bomb then exploded.",
			"Police said a suicide bomber and a planted bomb struck the funeral tent in Oldtown within minutes.",
			"Officials in Oldtown said the double bombing began with a suicide attacker and ended with a bomb hidden in a cart." })
	void shouldTellOneDoubleBombingAsOneIncident(String sentence) {
		List<Incident> out = pair(EventType.SUICIDE_BOMB, "2016-01-11", EventType.REMOTE_EXPLOSIVE, "2016-01-11",
				this.town, sentence, sentence);

		assertThat(out).singleElement().satisfies((i) -> {
			assertThat(i.subEventType()).isEqualTo(EventType.SUICIDE_BOMB.subEventType());
			assertThat(i.sources()).hasSize(2);
		});
	}

	@Test
	void shouldJoinASecondBlastThatOnlyTookTheDatelineDay() {
		String sentence = "A suicide attacker struck a cafe in Oldtown late Monday, and a second device went off outside.";
		List<Incident> out = pair(EventType.SUICIDE_BOMB, "2016-01-11", EventType.REMOTE_EXPLOSIVE, "2016-01-12",
				this.town, sentence, sentence);

		assertThat(out).singleElement()
			.satisfies((i) -> assertThat(i.subEventType()).isEqualTo(EventType.SUICIDE_BOMB.subEventType()));
	}

	@Test
	void shouldJoinASecondBlastPlacedOnlyAtTheProvince() {
		String sentence = "A suicide bomber hit a cafe in Oldtown and a second bomb went off outside, killing 20, "
				+ "security sources in Hills province said.";
		List<Incident> out = pair(EventType.SUICIDE_BOMB, "2016-01-11", EventType.REMOTE_EXPLOSIVE, "2016-01-12",
				this.province, sentence, sentence);

		assertThat(out).singleElement().satisfies((i) -> {
			assertThat(i.placeId()).isEqualTo(this.town.id());
			assertThat(i.subEventType()).isEqualTo(EventType.SUICIDE_BOMB.subEventType());
		});
	}

	@Test
	void shouldJoinTwoDevicesOfOneSentence() {
		String sentence = "Two roadside bombs exploded in quick succession on the main road through Oldtown.";
		List<Incident> out = pair(EventType.REMOTE_EXPLOSIVE, "2016-01-11", EventType.GRENADE, "2016-01-11", this.town,
				sentence, sentence);

		assertThat(out).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hours later a roadside bomb hit a patrol on the edge of Oldtown.",
			"A separate bomb went off at a bus stop in Oldtown in the afternoon.",
			"Later a second bomber attacked a mosque elsewhere in Oldtown." })
	void shouldKeepBlastsOfTwoSentencesApart(String secondSentence) {
		List<Incident> out = pair(EventType.SUICIDE_BOMB, "2016-01-11", EventType.REMOTE_EXPLOSIVE, "2016-01-11",
				this.town, "A suicide bomber struck a cafe in Oldtown on Monday.", secondSentence);

		assertThat(out).hasSize(2);
	}

	@Test
	void shouldKeepBlastsAtTwoPlacesApart() {
		String sentence = "A suicide bomber struck a cafe in Oldtown and a roadside bomb killed two soldiers in Newtown.";
		List<Incident> out = pair(EventType.SUICIDE_BOMB, "2016-01-11", EventType.REMOTE_EXPLOSIVE, "2016-01-11",
				this.otherTown, sentence, sentence);

		assertThat(out).hasSize(2);
	}

	@Test
	void shouldKeepBlastsOnTwoNamedDaysApart() {
		String sentence = "A suicide bomber struck Oldtown on Sunday and a roadside bomb hit a patrol there on Monday.";
		List<Incident> out = pair(EventType.SUICIDE_BOMB, "2016-01-10", EventType.REMOTE_EXPLOSIVE, "2016-01-11",
				this.town, sentence, sentence);

		assertThat(out).hasSize(2);
	}

	@Test
	void shouldKeepABlastApartFromAnAirStrikeInItsSentence() {
		String sentence = "A car bomb exploded in Oldtown hours after jets struck a depot on the edge of the town.";
		List<Incident> out = pair(EventType.REMOTE_EXPLOSIVE, "2016-01-11", EventType.AIR_DRONE_STRIKE, "2016-01-11",
				this.town, sentence, sentence);

		assertThat(out).hasSize(2);
	}

	@Test
	void shouldKeepBlastsOfTwoDocumentsToTheUsualRules() {
		String sentence = "A suicide bomber struck a cafe in Oldtown and a bomb went off outside.";
		Incident first = draft(EventType.SUICIDE_BOMB, "2016-01-11", this.town, 10, sentence);
		Incident second = this.clusterer.draft(
				mention(EventType.REMOTE_EXPLOSIVE, "2016-01-11").at(10).sentence(sentence).build(), at(this.town), 2,
				this.wire);

		assertThat(this.clusterer.cluster(List.of(first, second))).hasSize(2);
	}

}
