package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CuesTests {

	@Test
	void shouldFoldOnlyAsciiCapitalsAndKeepEveryOffset() {
		String text = "Drone STRIKE near İstanbul, Ünal said";

		String folded = Cues.fold(text);

		assertThat(folded).isEqualTo("drone strike near İstanbul, Ünal said");
		assertThat(folded).hasSameSizeAs(text);
	}

	@Test
	void shouldRuleOutATextOnlyWhenItHasNoneOfTheWords() {
		Cues cues = Cues.of("rocket", "mortar");

		assertThat(cues.mayMatch(Cues.fold("Two ROCKETS landed"))).isTrue();
		assertThat(cues.mayMatch(Cues.fold("Talks resumed on Monday"))).isFalse();
	}

	@Test
	void shouldRuleOutATextWithoutAWordOfTheSecondList() {
		Cues cues = Cues.of("men", "mob").and("stormed", "torched");

		assertThat(cues.mayMatch(Cues.fold("The government stormed ahead"))).isTrue();
		assertThat(cues.mayMatch(Cues.fold("The government said on Monday"))).isFalse();
		assertThat(cues.mayMatch(Cues.fold("Troops stormed the hill"))).isFalse();
	}

	@Test
	void shouldCountACueAtTheStartOfAWordOnly() {
		Cues cues = Cues.of("dec", "mar");

		assertThat(cues.mayBeginWord(Cues.fold("They decided on the primary route"))).isTrue();
		assertThat(cues.mayBeginWord(Cues.fold("It was undecided, a summary said"))).isFalse();
		assertThat(cues.mayBeginWord(Cues.fold("on 3-Mar and (Dec"))).isTrue();
		assertThat(cues.mayBeginWord(Cues.fold("on 3Mar"))).isFalse();
	}

	@Test
	void shouldNeverRuleOutATextWithoutCues() {
		assertThat(Cues.of().mayMatch("anything")).isTrue();
	}

}
