package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

import static org.assertj.core.api.Assertions.assertThat;

class RecollectionsTests {

	private static Trigger first(String sentence) {
		return EventClassifier.triggers(sentence).get(0);
	}

	@Test
	void shouldTakeAReportDatedOnlyByTheStartOfASpanForATally() {
		Trigger t = first("Over 30 villagers have been killed by shells fired across the river.");
		EventDate since = new EventDate(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), DatePrecision.MONTH,
				"since March", "span start");
		assertThat(Recollections.isSpanTally(t, since)).isTrue();
	}

	@Test
	void shouldKeepAReportDatedByADayOrAPlainMonth() {
		Trigger t = first("Shells fired across the river killed two farmers.");
		EventDate day = EventDate.day(LocalDate.of(2019, 3, 4), "on Monday", "weekday");
		EventDate month = new EventDate(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), DatePrecision.MONTH,
				"in March", "month");
		assertThat(Recollections.isSpanTally(t, day)).isFalse();
		assertThat(Recollections.isSpanTally(t, month)).isFalse();
		assertThat(Recollections.isSpanTally(t, null)).isFalse();
	}

}
