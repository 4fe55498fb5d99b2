package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentResultsTests {

	@Test
	void shouldReuseTheResultForATextSeenRecentlyAndForgetTheOldest() {
		List<String> computed = new ArrayList<>();
		RecentResults<Integer> recent = new RecentResults<>(2);

		recent.get("a", (t) -> compute(computed, t));
		recent.get("a", (t) -> compute(computed, t));
		recent.get("b", (t) -> compute(computed, t));
		recent.get("c", (t) -> compute(computed, t));
		recent.get("a", (t) -> compute(computed, t));

		assertThat(computed).containsExactly("a", "b", "c", "a");
	}

	private static Integer compute(List<String> computed, String text) {
		computed.add(text);
		return text.length();
	}

}
