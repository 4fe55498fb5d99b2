package org.conflictdata.incidentmap.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTests {

	private static final String FILLER = " The rest of the article goes on for a while without quotes.".repeat(10);

	@Test
	void shouldReturnEmptyStringForNull() {
		assertThat(TextNormalizer.normalize(null)).isEmpty();
	}

	@Test
	void shouldTurnOddSpacesIntoPlainSpacesAndRemoveZeroWidthCharacters() {
		assertThat(TextNormalizer.normalize("Odds\u00a0and\u2009Ends\u200b\ufeff")).isEqualTo("Odds and Ends");
	}

	@Test
	void shouldTurnCrlfAndCrIntoLf() {
		assertThat(TextNormalizer.normalize("one\r\ntwo\rthree")).isEqualTo("one\ntwo\nthree");
	}

	@Test
	void shouldStraightenCurlyQuotes() {
		assertThat(TextNormalizer.normalize("\u201cIt\u2019s \u2018done\u2019\u201d")).isEqualTo("\"It's 'done'\"");
	}

	@Test
	void shouldSpaceAnEmDashUsedAsPunctuation() {
		assertThat(TextNormalizer.normalize("JERUSALEM\u2014Israeli forces")).isEqualTo("JERUSALEM - Israeli forces");
		assertThat(TextNormalizer.normalize("the so-called Islamic State\u2014a fact"))
			.isEqualTo("the so-called Islamic State - a fact");
		assertThat(TextNormalizer.normalize("response \u2014 both")).isEqualTo("response - both");
	}

	@Test
	void shouldKeepAnEnDashInsideANumberRangeOrACompoundAsHyphen() {
		assertThat(TextNormalizer.normalize("June\u2013October 2019 and 2019\u20132020"))
			.isEqualTo("June-October 2019 and 2019-2020");
		assertThat(TextNormalizer.normalize("the Iraq\u2013Syria border")).isEqualTo("the Iraq-Syria border");
		assertThat(TextNormalizer.normalize("five locations\u2013three in Iraq"))
			.isEqualTo("five locations - three in Iraq");
	}

	@Test
	void shouldExpandTheEllipsis() {
		assertThat(TextNormalizer.normalize("Credit\u2026Sergey")).isEqualTo("Credit...Sergey");
	}

	@Test
	void shouldRestorePossessivesOfNamesTheArticleAlsoUsesBareWhenApostrophesWereLost() {
		String raw = "Irans grand plan worries Israel and Iran alike. Trumps attacks follow a tweet by Trump. "
				+ "The Americans left but the American flag stayed. Its commander met Iran. Two days after Kochavis "
				+ "speech, Aviv Kochavi spoke. The United States and the State Department agreed." + FILLER;
		String text = TextNormalizer.normalize(raw);
		assertThat(text).contains("Iran's grand plan", "Trump's attacks", "Kochavi's speech");
		assertThat(text).contains("The Americans left", "Its commander", "The United States");
	}

	@Test
	void shouldRestoreContractionsWhenApostrophesWereLost() {
		assertThat(TextNormalizer.normalize("We cant allow that, he said, and they dont care." + FILLER))
			.startsWith("We can't allow that, he said, and they don't care.");
	}

	@Test
	void shouldNotTouchPossessiveLikeWordsWhenTheTextStillHasApostrophes() {
		assertThat(TextNormalizer.normalize("Irans is a word here, Iran's is not, and Iran is." + FILLER))
			.startsWith("Irans is a word here");
	}

	@Test
	void shouldSplitADatelineGluedToTheLead() {
		String lead = "The coffins came down the highway from Karbala on Monday morning, wrapped in flags, and a crowd followed.";
		assertThat(TextNormalizer.normalize("Headline\n\nNAJAF" + lead)).contains("\nNAJAF - The coffins");
		assertThat(TextNormalizer.normalize(
				"AL-QAIMThe convoy was hit on the road west of the town on Monday, and " + "two trucks burned out."))
			.startsWith("AL-QAIM - The convoy");
		// A heading, or a capitalised word that starts a sentence, stays as it is.
		assertThat(TextNormalizer.normalize("NATO Says\n")).isEqualTo("NATO Says\n");
		assertThat(TextNormalizer.normalize("NATO forces withdrew from the base in the morning, and the Iraqi army "
				+ "took over its towers and gates."))
			.startsWith("NATO forces");
	}

	@Test
	void shouldSplitAWordGluedToAFunctionWordWhenDashesWereLost() {
		String raw = "JERUSALEMIf the Islamic Statea fact that Syria knows is defeated, Islamic State fighters "
				+ "in Syriabut not in Syria alone will scatter." + FILLER;
		String text = TextNormalizer.normalize(raw);
		assertThat(text).startsWith("JERUSALEM - If the Islamic State - a fact that Syria knows");
		assertThat(text).contains("in Syria - but not in Syria alone");
	}

	@Test
	void shouldRepairTheDamagedSeedWithoutChangingPlurals() throws IOException {
		String raw = Files.readString(Path.of("seeds/000_1f3a1c9e903c2ecf.txt"));
		String text = TextNormalizer.normalize(raw);
		assertThat(text).startsWith("Odds and Ends\n\nIs U.S. Embassy Attack");
		assertThat(text).contains("JERUSALEM - If Iran's grand plan", "Two days after Kochavi's speech",
				"Israel's objectives", "the so-called Islamic State - a fact", "in Iraq and Syria - but there",
				"We can't allow that", "push the Americans out", "the Iranians knew", "the United States");
		assertThat(text).doesNotContain("\u00a0", "\r");
	}

	@Test
	void shouldBeIdempotent() throws IOException {
		for (String seed : new String[] { "000_1f3a1c9e903c2ecf.txt", "003_680dd0db58cbb6ab.txt" }) {
			String once = TextNormalizer.normalize(Files.readString(Path.of("seeds", seed)));
			assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
		}
	}

}
