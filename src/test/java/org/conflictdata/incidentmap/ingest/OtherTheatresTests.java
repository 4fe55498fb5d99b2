package org.conflictdata.incidentmap.ingest;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.extraction.IncidentExtractor;
import org.conflictdata.incidentmap.geocoding.Gazetteer;
import org.conflictdata.incidentmap.geocoding.Geocoder;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentClusterer;

import static org.assertj.core.api.Assertions.assertThat;

class OtherTheatresTests {

	private static ArticlePipeline pipeline;

	@BeforeAll
	static void pipeline() {
		Gazetteer gazetteer = Gazetteer.load();
		pipeline = new ArticlePipeline(new IncidentExtractor(), new Geocoder(gazetteer),
				new IncidentClusterer(gazetteer::byId));
	}

	private static List<String> countries(String text) {
		Article article = new Article("t", text, null, null, LocalDate.of(2024, 3, 14), "test");
		return pipeline.run(article, 1L).incidents().stream().map(Incident::country).distinct().sorted().toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Israeli jets struck Gaza on Tuesday, killing five people",
			"a Houthi drone hit an oil facility in Jeddah in Saudi Arabia on Tuesday",
			"Israeli aircraft bombed a village in southern Lebanon on Tuesday",
			"riot police clashed with protesters in Tehran on Tuesday",
			"a car bomb exploded in Sanaa in Yemen on Tuesday, killing seven" })
	void shouldSetAsideAnEventFromAnotherTheatreInAStoryAboutIraq(String elsewhere) {
		String text = "A roadside bomb killed two soldiers near Tarmiyah, north of Baghdad, on Wednesday, police said. "
				+ "The attack came a day after " + elsewhere + ".";
		assertThat(countries(text)).containsExactly("Iraq");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Turkish jets bombed PKK positions near Amadiya in Duhok province on Tuesday.",
			"A drone struck a US base in Jordan near the Syrian border on Tuesday, killing three soldiers.",
			"Turkish artillery shelled villages near Tal Rifaat on Tuesday, wounding four children." })
	void shouldKeepEventsInIraqSyriaAndTheirBorderNeighbours(String sentence) {
		String text = "A roadside bomb killed two soldiers near Tarmiyah, north of Baghdad, on Wednesday. " + sentence;
		assertThat(countries(text)).hasSizeGreaterThanOrEqualTo(1).doesNotContainNull();
		assertThat(countries(text)).contains("Iraq");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Israeli jets struck Gaza on Tuesday, killing five people.",
			"A car bomb exploded in Sanaa in Yemen on Tuesday, killing seven." })
	void shouldKeepAStoryThatReportsOnlyFromElsewhere(String text) {
		assertThat(countries(text)).doesNotContain("Iraq", "Syria");
		assertThat(countries(text)).isNotEmpty();
	}

}
