package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;
import org.conflictdata.incidentmap.extraction.Sentences.Sentence;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projectiles reported as they begin to fall, road devices a vehicle runs into, blasts in
 * a munitions store, protests reported peaceful as they go on, and the sentences a
 * story-dated mention may take its place from.
 */
class OngoingAndRoadDeviceTests {

	private static List<EventType> kept(String sentence) {
		return EventClassifier.triggers(sentence)
			.stream()
			.filter((t) -> !EventClassifier.isNonEvent(sentence, t))
			.map(Trigger::type)
			.toList();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The rockets, fired from an orchard, started falling on the camp before dawn.   | SHELLING_ARTILLERY_MISSILE
			Mortar shells kept hitting the outpost for an hour.                             | SHELLING_ARTILLERY_MISSILE
			A police pick-up struck a roadside bomb on the river road, wounding two.        | REMOTE_EXPLOSIVE
			An armoured vehicle hit an IED during a night patrol.                           | REMOTE_EXPLOSIVE
			Blasts ripped through the brigade's ammunition store near the village.          | REMOTE_EXPLOSIVE
			The march in the capital has been largely peaceful.                             | PEACEFUL_PROTEST
			The evening gathering outside the council remained peaceful.                    | PEACEFUL_PROTEST
			""")
	void reportsTheEvent(String sentence, EventType type) {
		assertThat(kept(sentence)).as(sentence).contains(type);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jets struck a car bomb before it reached the lines.",
			"Prices began falling after the harvest.", "Explosions tore through the quiet of the night.",
			"The family gathering was noisy.", "Engineers found a roadside bomb and defused it." })
	void reportsNothingOfThatKind(String sentence) {
		assertThat(kept(sentence)).as(sentence)
			.doesNotContain(EventType.SHELLING_ARTILLERY_MISSILE, EventType.REMOTE_EXPLOSIVE,
					EventType.PEACEFUL_PROTEST);
	}

	@Test
	void placeWindowKeepsTheSentencesJustBeforeInTheParagraph() {
		List<Sentence> sentences = List.of(new Sentence("A story opened on Friday.", 0, 25, 0),
				new Sentence("He spent the evening of Monday on air.", 26, 64, 1),
				new Sentence("Soon after he got home to the Karrada district, two men drew up.", 65, 129, 1),
				new Sentence("One of them opened fire.", 130, 154, 1));
		assertThat(PlaceWindows.leading(sentences.get(1).text(), 1, sentences, 3))
			.isEqualTo("He spent the evening of Monday on air. "
					+ "Soon after he got home to the Karrada district, two men drew up.");
	}

	@Test
	void placeWindowStopsAtTheParagraphAndAtTheStory() {
		List<Sentence> sentences = List.of(new Sentence("Rockets fell on Friday.", 0, 23, 0),
				new Sentence("The town lies near the border.", 24, 54, 0),
				new Sentence("A new paragraph begins here.", 55, 83, 1),
				new Sentence("The attack wounded two.", 84, 107, 2));
		assertThat(PlaceWindows.leading(sentences.get(0).text(), 0, sentences, 3)).isEqualTo("Rockets fell on Friday.");
		assertThat(PlaceWindows.leading(sentences.get(0).text(), 0, sentences, 1)).isEqualTo("Rockets fell on Friday.");
	}

	@Test
	void placeWindowKeepsTheSentenceThatNamesTheTownAStorySentencePointsBackTo() {
		List<Sentence> sentences = List.of(new Sentence("The lawyer had lived in Samawah for years.", 0, 42, 0),
				new Sentence("Late on Friday he was walking home in the city when a car stopped.", 43, 109, 0),
				new Sentence("A man in it fired four shots.", 110, 139, 0));
		assertThat(PlaceWindows.leading(sentences.get(1).text(), 1, sentences, 2))
			.isEqualTo("The lawyer had lived in Samawah for years. "
					+ "Late on Friday he was walking home in the city when a car stopped.");
	}

	@Test
	void placeWindowDoesNotReachBackWhenTheStoryNamesItsPlaceOrOpensTheParagraph() {
		List<Sentence> sentences = List.of(new Sentence("The lawyer had lived in Samawah for years.", 0, 42, 0),
				new Sentence("Late on Friday he was walking home in Kut when a car stopped.", 43, 104, 0),
				new Sentence("Late on Friday he was walking home in the city.", 105, 152, 1),
				new Sentence("A man in a car fired four shots.", 153, 185, 1));
		assertThat(PlaceWindows.leading(sentences.get(1).text(), 1, sentences, 2))
			.isEqualTo("Late on Friday he was walking home in Kut when a car stopped.");
		assertThat(PlaceWindows.leading(sentences.get(2).text(), 2, sentences, 3))
			.isEqualTo("Late on Friday he was walking home in the city.");
	}

}
