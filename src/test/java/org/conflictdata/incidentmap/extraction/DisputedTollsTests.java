package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisputedTollsTests {

	@Test
	void shouldSpanTheFiguresOfDisagreeingSources() {
		assertThat(CasualtyParser.parse("The army said two villagers were killed; residents said five, and more fled.")
			.killed()).isEqualTo(new Count(2, 2, 5));
		assertThat(CasualtyParser.parse("Six guards were killed. A monitoring group said four.").killed())
			.isEqualTo(new Count(6, 4, 6));
	}

	@Test
	void shouldKeepAnOpenTollOpenWhenAnotherSourcePutsItHigher() {
		assertThat(
				CasualtyParser.parse("Hospital staff said at least 14 were killed; a rights group put the toll at 20.")
					.killed())
			.isEqualTo(new Count(14, 14, null));
		assertThat(CasualtyParser.parse("Two men were killed; a medic put the toll at one.").killed())
			.isEqualTo(new Count(2, 1, 2));
	}

	@Test
	void shouldNotTakeAnotherFigureOrAReportingDateAsADispute() {
		assertThat(CasualtyParser.parse("Three soldiers were killed; the governor said four were wounded.").killed())
			.isEqualTo(Count.exactly(3));
		assertThat(CasualtyParser.parse("Three soldiers were killed. The army said 2020 would be calmer.").killed())
			.isEqualTo(Count.exactly(3));
		assertThat(CasualtyParser.parse("A local official said three.").killed()).isNull();
	}

	@Test
	void shouldReadAVictimDescribedBetweenCommasBeforeItsVerb() {
		assertThat(CasualtyParser
			.parse("Four fighters, said to belong to a brigade from the southern provinces, were killed.")
			.killed()).isEqualTo(Count.exactly(4));
	}

}
