package org.conflictdata.incidentmap.incident;

import java.util.List;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.ActorRole;
import org.conflictdata.incidentmap.extraction.Attribution;
import org.conflictdata.incidentmap.extraction.Count;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentSummaryTests {

	@Test
	void shouldSayNearForAPlaceTheGeocoderPutNearSomething() {
		Actor israel = new Actor("Israel", ActorRole.PERPETRATOR, Attribution.SUSPECTED);
		Actor pmu = new Actor("Popular Mobilization Units", ActorRole.TARGET, Attribution.STATED);

		String summary = IncidentSummary.of("Air/drone strike", "Amerli", "Salahuddin", "Iraq", 2, "near Amerli",
				List.of(israel, pmu), new Count(1, 1, null), Count.exactly(4));

		assertThat(summary).isEqualTo(
				"Air/drone strike near Amerli (Salahuddin, Iraq) by Israel (suspected): at least 1 killed, 4 wounded");
	}

	@Test
	void shouldSayInForACountryAndNotRepeatItsName() {
		String summary = IncidentSummary.of("Air/drone strike", "Iraq", null, "Iraq", 3, "country", List.of(), null,
				null);

		assertThat(summary).isEqualTo("Air/drone strike in Iraq");
	}

	@Test
	void shouldWriteARangeOfFiguresAndAStatedZero() {
		String summary = IncidentSummary.of("Shelling/artillery/missile attack", "Qayyarah Airfield West", "Nineveh",
				"Iraq", 1, "exact place", List.of(), new Count(25, 24, 25), Count.exactly(0));

		assertThat(summary).endsWith(": 24–25 killed, 0 wounded");
	}

}
