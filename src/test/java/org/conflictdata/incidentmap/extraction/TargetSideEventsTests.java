package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events told from their target or by their instrument rather than by an attacker's verb:
 * a vehicle "hit by a drone", a grenade "was reportedly thrown", a victim "shot several
 * times", guns as the subject ("howitzers pounded"), and a vigil as a gathering. Each
 * with sentences that must not be read as such events.
 */
class TargetSideEventsTests {

	private static List<EventType> types(String sentence) {
		return EventClassifier.triggers(sentence).stream().map(Trigger::type).toList();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					A minibus carrying farm workers was struck by an Israeli drone near the crossing.      | AIR_DRONE_STRIKE
					Two fuel tankers were hit by coalition warplanes on the desert road at dawn.           | AIR_DRONE_STRIKE
					A hand grenade was reportedly hurled at the door of the party office overnight.       | GRENADE
					Unknown men tossed a grenade into the yard of a judge's home in Kut.                   | GRENADE
					The journalist was shot several times as he left the studio in Karrada.                | ATTACK_ON_CIVILIANS
					A tribal sheikh was shot at least four times outside a mosque on Monday.               | ATTACK_ON_CIVILIANS
					Syrian army artillery shelled the hills east of Idlib city on Tuesday.                 | SHELLING_ARTILLERY_MISSILE
					Turkish artillery again pounded the edge of Tal Rifaat during the night.               | SHELLING_ARTILLERY_MISSILE
					Some 300 students held a candlelit vigil outside the university in Nasiriyah.           | PEACEFUL_PROTEST
					Families of the missing organised a vigil in front of the courthouse on Sunday.         | PEACEFUL_PROTEST
					""")
	void shouldReadAnEventToldFromItsTargetOrByItsInstrument(String sentence, EventType type) {
		assertThat(types(sentence)).as(sentence).contains(type);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The shop was hit by a power cut that lasted until noon.",
			"The convoy was hit by a sandstorm on the Anbar highway.", "He shot three films in Mosul last year.",
			"The artillery unit was moved to Kirkuk in March.",
			"The army said its artillery was ready if the militants advanced.",
			"A grenade launcher was found in the trunk of the car." })
	void shouldNotReadOtherUsesOfTheSameWordsAsEvents(String sentence) {
		assertThat(types(sentence)).as(sentence)
			.doesNotContain(EventType.AIR_DRONE_STRIKE, EventType.GRENADE, EventType.ATTACK_ON_CIVILIANS,
					EventType.PEACEFUL_PROTEST)
			.allMatch((t) -> t == null || t != EventType.SHELLING_ARTILLERY_MISSILE
					|| EventClassifier.isNonEvent(sentence, EventClassifier.triggers(sentence).get(0)));
	}

}
