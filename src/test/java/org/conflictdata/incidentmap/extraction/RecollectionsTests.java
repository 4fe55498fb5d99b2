package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.List;

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

	private static Trigger at(String sentence, String word) {
		return EventClassifier.triggers(sentence)
			.stream()
			.filter((t) -> sentence.substring(t.start(), t.end()).toLowerCase().contains(word))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void shouldTakeAnUndatedEventTheStorysEventCameAfterForAnEarlierOne() {
		String came = "The raid came barely two weeks after gunmen ambushed a bus of pilgrims near the shrine.";
		assertThat(Recollections.isPlacedBefore(came, at(came, "ambush"), List.of())).isTrue();
		String follows = "Curfew as shelling follows deadly clashes in the port";
		assertThat(Recollections.isPlacedBefore(follows, at(follows, "clash"), List.of())).isTrue();
	}

	@Test
	void shouldKeepAnEventThatIsDatedOrComesLaterOrStandsInAnotherClause() {
		String dated = "The raid came after gunmen ambushed a bus on Friday.";
		EventDate friday = EventDate.day(LocalDate.of(2022, 5, 6), "on Friday", "weekday");
		assertThat(Recollections.isPlacedBefore(dated, at(dated, "ambush"), List.of(friday))).isFalse();
		String later = "The vote was followed by clashes in the port.";
		assertThat(Recollections.isPlacedBefore(later, at(later, "clash"), List.of())).isFalse();
		String other = "Talks followed; but on the same night rockets struck the base.";
		assertThat(Recollections.isPlacedBefore(other, at(other, "rocket"), List.of())).isFalse();
		String plain = "Gunmen ambushed a bus of pilgrims near the shrine.";
		assertThat(Recollections.isPlacedBefore(plain, at(plain, "ambush"), List.of())).isFalse();
	}

	@Test
	void shouldRecogniseABackgroundHeadingOrLabelOnly() {
		assertThat(Recollections.isBackgroundHeading("Background")).isTrue();
		assertThat(Recollections.isBackgroundHeading("Context:")).isTrue();
		assertThat(Recollections.isBackgroundHeading("Background to the siege")).isTrue();
		assertThat(Recollections.isBackgroundHeading("Reactions")).isFalse();
		assertThat(Recollections.isBackgroundHeading("Shelling in the background")).isFalse();
		assertThat(Recollections.opensWithBackgroundLabel("Context: The town fell in 2016.")).isTrue();
		assertThat(Recollections.opensWithBackgroundLabel("Contextual analysis is hard.")).isFalse();
	}

	@Test
	void shouldTakeOnlyAnEventWithItsOwnEarlierDateInABackgroundSectionForHistory() {
		LocalDate published = LocalDate.of(2022, 5, 20);
		EventDate march = EventDate.day(LocalDate.of(2022, 3, 2), "on 2 March", "day");
		EventDate yesterday = EventDate.day(LocalDate.of(2022, 5, 19), "on Thursday", "weekday");
		assertThat(Recollections.isDatedBackground(true, List.of(march), march, published)).isTrue();
		assertThat(Recollections.isDatedBackground(false, List.of(march), march, published)).isFalse();
		assertThat(Recollections.isDatedBackground(true, List.of(), march, published)).isFalse();
		assertThat(Recollections.isDatedBackground(true, List.of(yesterday), yesterday, published)).isFalse();
	}

}
