package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;

import org.conflictdata.incidentmap.article.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event types the extractor reports for one sentence posted on its own (published
 * 2020-03-18), history left out; shared by the tests of the rules that type a sentence by
 * its wording.
 */
final class SentenceTypes {

	private static final IncidentExtractor EXTRACTOR = new IncidentExtractor();

	private SentenceTypes() {
	}

	static List<EventType> of(String sentence) {
		return EXTRACTOR.extract(ArticleReader.fromPost(sentence, null, null, "2020-03-18"))
			.stream()
			.filter((m) -> !m.historical())
			.map(IncidentMention::type)
			.toList();
	}

	/**
	 * Each cell of a generated matrix ({sentence, type name}) reports exactly one event,
	 * of its type, and there are at least {@code atLeast} cells; every wrong cell is
	 * listed.
	 */
	static void assertMatrix(List<String[]> cells, int atLeast) {
		List<String> wrong = new ArrayList<>();
		for (String[] cell : cells) {
			List<EventType> types = of(cell[0]);
			if (!types.equals(List.of(EventType.valueOf(cell[1])))) {
				wrong.add(cell[0] + " -> " + types + " (want " + cell[1] + ")");
			}
		}
		assertThat(cells).hasSizeGreaterThanOrEqualTo(atLeast);
		assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
	}

	/** Each sentence reports exactly one event, of {@code type}. */
	static void assertEach(EventType type, String... sentences) {
		for (String sentence : sentences) {
			assertThat(of(sentence)).as(sentence).containsExactly(type);
		}
	}

	/** No sentence reports an event. */
	static void assertNone(String... sentences) {
		for (String sentence : sentences) {
			assertThat(of(sentence)).as(sentence).isEmpty();
		}
	}

}
