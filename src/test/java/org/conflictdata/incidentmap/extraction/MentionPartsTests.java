package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionPartsTests {

	private static IncidentMention mention(String sentence, EventType type, String trigger) {
		return new IncidentMention(sentence, 0, sentence.length(), type, trigger, null, null, null, null, null,
				sentence, false);
	}

	@Test
	void shouldGiveEachEventOfASentenceItsOwnPart() {
		String sentence = "On Friday gunmen attacked an army checkpoint near Muqdadiyah; on Saturday a roadside bomb "
				+ "struck a patrol outside Tikrit.";

		assertThat(MentionParts.ownPart(mention(sentence, EventType.REMOTE_EXPLOSIVE, "roadside bomb")))
			.isEqualTo("; on Saturday a roadside bomb struck a patrol outside Tikrit.")
			.doesNotContain("Muqdadiyah");
	}

	@Test
	void shouldGiveTheWholeSentenceForASingleEventOrAnUnknownPhrase() {
		String sentence = "Rockets slammed into Camp Taji on March 11, killing two Americans.";

		assertThat(MentionParts.ownPart(mention(sentence, EventType.SHELLING_ARTILLERY_MISSILE, "Rockets slammed")))
			.isEqualTo(sentence);
		assertThat(MentionParts.ownPart(mention(sentence, EventType.SHELLING_ARTILLERY_MISSILE, "volley")))
			.isEqualTo(sentence);
		assertThat(MentionParts.ownPart(null)).isEmpty();
	}

	@Test
	void shouldLeaveTheEventReferredToOutOfTheMentionsPart() {
		String sentence = "Thousands had marched to the square to demand accountability for the assassination of "
				+ "a prominent activist in Karbala earlier this month, chanting slogans.";

		String part = MentionParts.ownPart(mention(sentence, EventType.PEACEFUL_PROTEST, "Thousands had marched"));
		assertThat(part).startsWith("Thousands had marched to the square")
			.doesNotContain("Karbala")
			.endsWith("slogans.");
	}

}
