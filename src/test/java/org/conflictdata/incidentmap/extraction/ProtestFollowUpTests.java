package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.conflictdata.incidentmap.article.ArticleReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A protest whose next sentence says the crowd damaged property is a violent
 * demonstration; symbolic burning alone leaves it peaceful.
 */
class ProtestFollowUpTests {

	private static List<EventType> types(String text) {
		return new IncidentExtractor().extract(ArticleReader.fromPost(text, null, null, "2021-06-02"))
			.stream()
			.map(IncidentMention::type)
			.toList();
	}

	@Test
	void shouldMakeAProtestViolentWhenTheNextSentenceSaysTheCrowdSmashedProperty() {
		assertThat(types("In Basra, hundreds of protesters gathered on Tuesday outside the electricity office. "
				+ "They smashed the windows of the building before police pushed them back.\n"))
			.containsExactly(EventType.VIOLENT_DEMONSTRATION);
	}

	@Test
	void shouldKeepAProtestPeacefulWhenTheCrowdOnlyBurnedAFlag() {
		assertThat(types("In Basra, hundreds of protesters gathered on Tuesday outside the electricity office. "
				+ "They burned a flag and left after an hour.\n"))
			.containsExactly(EventType.PEACEFUL_PROTEST);
	}

}
