package org.conflictdata.incidentmap.extraction;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A count of raids or strikes the sentence dates to one day is that day's one event; a
 * count over weeks, months, a year or many places stays a tally.
 */
class OneDayCountsTests {

	private static final Pattern NOUN = Pattern
		.compile("\\b(?:raids|strikes|airstrikes|air strikes|attacks|assaults|bombings)\\b");

	private static final EventDate DAY = EventDate.day(LocalDate.of(2021, 6, 15), "on Tuesday", "test");

	private static boolean aggregate(String sentence) {
		Matcher m = NOUN.matcher(sentence);
		assertThat(m.find()).as(sentence).isTrue();
		// The day a sentence names reaches the mention as its date.
		return ReportSignals.isAggregate(sentence, m.start(), m.end(), DAY);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Syrian government jets carried out at least ten raids on the rebel stronghold of Douma on Tuesday",
			"Russian warplanes launched more than 20 airstrikes on the town of Saraqeb on Sunday.",
			"On Monday jets conducted 14 raids on the outskirts of Maarat al-Numan, the observatory said.",
			"Coalition aircraft flew some 30 strikes against militant positions near Hajin overnight",
			"Israeli aircraft carried out dozens of strikes on Khan Younis late on Thursday",
			"Warplanes staged at least six raids on the village of Kafr Nabl yesterday, residents said.",
			"The air force carried out nearly a dozen air strikes on Sirte on March 3",
			"At least eight raids hit the eastern quarter of Deir ez-Zor on Wednesday, killing five civilians.",
			"Government helicopters mounted up to 15 attacks on Daraya on Friday with barrel bombs",
			"Jets carried out at least four raids on the market town of Ariha on Saturday afternoon.",
			"Army gunships launched more than ten raids on positions around Marib on 12 June",
			"Saudi-led jets conducted about 20 air strikes on the port city of Hodeidah overnight.",
			"Warplanes carried out as many as 40 strikes on the besieged district of Jobar this morning" })
	void shouldReadACountOfStrikesOnOneDayAsOneEvent(String sentence) {
		assertThat(aggregate(sentence)).as(sentence).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jets have carried out more than 40 raids on Douma since March",
			"The coalition has launched at least 300 airstrikes on the city so far this year, officials said on Tuesday",
			"The monitor said on Tuesday that at least 60 raids had hit the province",
			"Warplanes carried out at least 200 raids on Idlib in 2021",
			"More than 50 air strikes hit the town over the past weeks",
			"Jets flew at least 40 raids a day across the province on Monday",
			"On Tuesday the observatory documented 120 strikes on the district",
			"Some 30 attacks on checkpoints have been recorded this month",
			"Russian jets carried out more than 70 strikes last week on rebel-held areas",
			"At least a dozen raids targeted the valley between January and March",
			"Warplanes conducted more than 1,000 raids on the enclave during the siege, months of bombardment",
			"The army said it carried out at least 25 raids in all on Wednesday and Thursday across the north",
			"Jets launched more than 90 strikes on the city in total",
			"Insurgents staged more than 40 attacks on convoys in the province",
			"The coalition carried out 17 air strikes around Kobani on Sunday and Monday",
			"Jets carried out at least 30 raids on the town on 3 March and 4 March" })
	void shouldKeepACountOverASpanOrManyPlacesATally(String sentence) {
		assertThat(aggregate(sentence)).as(sentence).isTrue();
	}

}
