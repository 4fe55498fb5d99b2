package org.conflictdata.incidentmap.ingest;

import org.conflictdata.incidentmap.geocoding.Gazetteer;
import org.conflictdata.incidentmap.geocoding.Geocoder;
import org.conflictdata.incidentmap.geocoding.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event sentence naming no place falls back to the town of a local dateline, near it;
 * never to a capital's or a foreign desk's dateline, nor when the lead or the paragraph
 * places the events elsewhere.
 */
class DatelineFallbackTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@ParameterizedTest
	@ValueSource(strings = {
			"KIRKUK, Iraq (Agency) — Gunmen opened fire on a police patrol on Monday night, officials said.\n\nTwo officers were wounded in the attack.",
			"Sulaimani (NRT) – A drone struck a vehicle on the main road on Tuesday, a security source said.\n\nThe driver was killed.",
			"TIKRIT, Iraq — A roadside bomb hit an army convoy on Friday.\n\nThree soldiers were hurt when the bomb went off." })
	void shouldPlaceAnEventWithNoPlaceNearTheTownOfTheDateline(String text) {
		DatelineFallback fallback = DatelineFallback.of(text, this.geocoder);
		assertThat(fallback).isNotNull();
		Location location = fallback.locate(text, text.lastIndexOf("\n\n") + 3, this.geocoder);
		assertThat(location.isResolved()).isTrue();
		assertThat(location.geoPrecision()).isEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"BAGHDAD (Reuters) — A roadside bomb hit an army convoy on Friday, officials said.\n\nThree soldiers were hurt.",
			"BEIRUT, Feb 8 (Reuters) - Air strikes killed six people on Monday in the countryside.\n\nRescuers searched rubble.",
			"Gunmen opened fire on a patrol on Monday night, officials said.\n\nTwo officers were wounded." })
	void shouldNotFallBackToACapitalOrAMissingDateline(String text) {
		assertThat(DatelineFallback.of(text, this.geocoder)).isNull();
	}

	@Test
	void shouldNotFallBackWhenTheLeadPlacesTheEventsElsewhere() {
		String text = "KIRKUK, Iraq (Agency) — Militants attacked an army post near Tuz Khurmatu on Monday night.\n\n"
				+ "Two soldiers were wounded in the fighting.";
		DatelineFallback fallback = DatelineFallback.of(text, this.geocoder);
		assertThat(fallback.locate(text, text.lastIndexOf("\n\n") + 3, this.geocoder)).isNull();
	}

	@Test
	void shouldNotFallBackWhenTheParagraphNamesAnotherPlace() {
		String text = "KIRKUK, Iraq (Agency) — Gunmen opened fire on a police patrol on Monday night.\n\n"
				+ "In Hawija, two officers were wounded, police said.";
		DatelineFallback fallback = DatelineFallback.of(text, this.geocoder);
		assertThat(fallback.locate(text, text.lastIndexOf("\n\n") + 3, this.geocoder)).isNull();
	}

}
