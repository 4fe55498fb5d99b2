package org.conflictdata.incidentmap.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberWordsTests {

	@ParameterizedTest
	@CsvSource({ "one,1", "twenty-five,25", "a dozen,12", "two dozen,24", "5000,5000", "'5,000',5000", "a,1",
			"another,1", "three hundred,300", "seventeen,17", "forty two,-1", "45th,-1", "rockets,-1" })
	void shouldReadCardinals(String text, int value) {
		assertThat(NumberWords.parse(text)).isEqualTo(value);
	}

}
