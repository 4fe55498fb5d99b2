package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cues that a report counts many events, in phrasings other than the articles'.
 */
class ReportSignalsTests {

	@Test
	void shouldReadACountOfAttacksOfTwoKindsAsAnAggregate() {
		assertThat(ReportSignals.isAggregate(
				"Monitors recorded more than 40 rocket or mortar attacks on the airport since the spring.", null))
			.isTrue();
		assertThat(ReportSignals.isAggregate("The army logged 25 mortar and sniper attacks in the district.", null))
			.isTrue();
		assertThat(ReportSignals.isAggregate("A rocket and mortar attack hit the airport on Monday.", null)).isFalse();
	}

}
