package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.extraction.Sentences.Sentence;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTests {

	private static List<String> texts(String text) {
		return Sentences.split(text).stream().map(Sentence::text).toList();
	}

	@Test
	void shouldSplitAtFullStopsAndKeepOffsetsIntoTheText() {
		String text = "Rockets hit the base. One contractor was killed!  Was it Iran?";
		List<Sentence> sentences = Sentences.split(text);
		assertThat(sentences).extracting(Sentence::text)
			.containsExactly("Rockets hit the base.", "One contractor was killed!", "Was it Iran?");
		for (Sentence s : sentences) {
			assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
		}
	}

	@Test
	void shouldNotSplitAfterAbbreviationsTitlesOrInitials() {
		assertThat(texts("The Dec. 29 strike by the U.S. Air Force killed Maj. Gen. Qassem Suleimani. It was late."))
			.containsExactly("The Dec. 29 strike by the U.S. Air Force killed Maj. Gen. Qassem Suleimani.",
					"It was late.");
		assertThat(texts("Lt. Gen. Robert P. White wrote a memo. Mr. Esper read it at 6 a.m. Iraqi time."))
			.containsExactly("Lt. Gen. Robert P. White wrote a memo.", "Mr. Esper read it at 6 a.m. Iraqi time.");
		assertThat(texts("They met on St. Patrick's Day in No. 10 Downing St. after lunch.")).hasSize(1);
	}

	@Test
	void shouldSplitAfterUsWhenTheNextWordOpensASentence() {
		assertThat(texts("The militia attacked the U.S. The embassy was evacuated."))
			.containsExactly("The militia attacked the U.S.", "The embassy was evacuated.");
	}

	@Test
	void shouldSplitAfterAClosingQuote() {
		assertThat(texts("\"We will respond,\" he said. \"Iraq is where it comes to a head.\" Then he left."))
			.containsExactly("\"We will respond,\" he said.", "\"Iraq is where it comes to a head.\"", "Then he left.");
	}

	@Test
	void shouldTreatEachLineAsItsOwnParagraph() {
		List<Sentence> sentences = Sentences.split("Headline\n\nFirst sentence. Second one.\nNext paragraph");
		assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
	}

	@Test
	void shouldSplitWhereWebCopyLostTheSpaceAfterAFullStop() {
		assertThat(texts("A new campaign could require more troops.Credit...Sergey Ponomarev"))
			.containsExactly("A new campaign could require more troops.", "Credit...Sergey Ponomarev");
		assertThat(texts("See thedailybeast.com/story for more.")).hasSize(1);
	}

	@Test
	void shouldGiveNothingForNullOrBlankText() {
		assertThat(Sentences.split(null)).isEmpty();
		assertThat(Sentences.split(" \n \n")).isEmpty();
	}

}
