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
	void shouldNeverRuleOutATextWithoutCues() {
		assertThat(Cues.of().mayMatch("anything")).isTrue();
	}

}
