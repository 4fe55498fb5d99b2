package org.conflictdata.incidentmap.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.conflictdata.incidentmap.extraction.EventType;
import org.conflictdata.incidentmap.incident.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GoldTests {

	private static final Path SEEDS = Path.of("seeds");

	private static final Path EVAL = Path.of("src/test/resources/articles/eval");

	/**
	 * Rough bounding boxes (lon/lat) of the countries the gold mentions, so that a
	 * swapped or mistyped coordinate shows up.
	 */
	private static final Map<String, double[]> COUNTRY_BOXES = Map.of("Iraq", new double[] { 38.7, 29.0, 48.7, 37.5 },
			"Syria", new double[] { 35.6, 32.3, 42.5, 37.4 }, "Iran", new double[] { 44.0, 25.0, 63.4, 39.8 },
			"Saudi Arabia", new double[] { 34.5, 16.3, 55.7, 32.2 }, "Israel", new double[] { 34.2, 29.4, 35.9, 33.4 },
			"Libya", new double[] { 9.3, 19.5, 25.2, 33.2 });

	@Test
	void shouldLoadBothGoldFilesWithTheIncidentsAnAnalystFound() {
		Gold seeds = Gold.loadResource("gold/seeds.json");
		Gold eval = Gold.loadResource("gold/eval.json");

		assertThat(seeds.required()).hasSizeGreaterThanOrEqualTo(14);
		assertThat(seeds.incidents()).extracting(GoldIncident::id)
			.contains("k1-rockets-2019-12-27", "us-strikes-kh-iraq-2019-12-29", "camp-taji-rockets-2020-03-14");
		assertThat(eval.required()).hasSizeGreaterThanOrEqualTo(8);
		GoldIncident k1 = seeds.incidents().get(0);
		assertThat(k1.documents()).hasSize(4);
		assertThat(k1.killed()).isEqualTo(new GoldIncident.Figure(1, 1));
		assertThat(k1.wounded()).isEqualTo(new GoldIncident.Figure(4, 6));
	}

	@Test
	void shouldHaveUniqueIdsKnownTypesAndConsistentDates() {
		for (Gold gold : both()) {
			Set<String> ids = new HashSet<>();
			for (GoldIncident incident : gold.incidents()) {
				assertThat(ids.add(incident.id())).as("unique id %s", incident.id()).isTrue();
				assertThat(EventType.ofSubEventType(incident.subEventType())).as(incident.id()).isNotNull();
				incident.alsoAccept()
					.forEach((type) -> assertThat(EventType.ofSubEventType(type)).as(incident.id()).isNotNull());
				assertThat(incident.date()).as(incident.id()).isBetween(incident.dateFrom(), incident.dateTo());
				assertThat(incident.datePrecision()).as(incident.id()).isIn("day", "week", "month", "year");
				assertThat(incident.documents()).as(incident.id()).isNotEmpty();
			}
		}
	}

	@Test
	void shouldPlaceEveryReferencePointInsideItsCountry() {
		for (Gold gold : both()) {
			for (GoldIncident incident : gold.incidents()) {
				double[] box = COUNTRY_BOXES.get(incident.country());
				assertThat(box).as("bounding box for %s", incident.country()).isNotNull();
				assertThat(incident.longitude()).as(incident.id()).isBetween(box[0], box[2]);
				assertThat(incident.latitude()).as(incident.id()).isBetween(box[1], box[3]);
				assertThat(incident.coordinateSource()).as(incident.id()).isNotBlank();
			}
		}
	}

	@Test
	void shouldOnlyListDocumentsThatExist() {
		for (Gold gold : both()) {
			for (GoldIncident incident : gold.incidents()) {
				for (String document : incident.documents()) {
					assertThat(
							Files.isRegularFile(SEEDS.resolve(document)) || Files.isRegularFile(EVAL.resolve(document)))
						.as("%s lists %s", incident.id(), document)
						.isTrue();
				}
			}
		}
	}

	@Test
	void shouldGiveEveryEvaluationArticleASidecarWithTitleUrlAndPublicationDate() throws IOException {
		List<Path> articles;
		try (Stream<Path> files = Files.list(EVAL)) {
			articles = files.filter((p) -> p.toString().endsWith(".txt")).sorted().toList();
		}
		assertThat(articles).hasSizeBetween(4, 6);
		Set<String> reported = new HashSet<>();
		Gold.loadResource("gold/eval.json").incidents().forEach((g) -> reported.addAll(g.documents()));
		for (Path article : articles) {
			String name = article.getFileName().toString();
			Path meta = EVAL.resolve(name.replace(".txt", ".meta.json"));
			JsonNode node = JsonMapper.builder().build().readTree(meta);
			assertThat(node.path("title").asString("")).as(name).isNotBlank();
			assertThat(node.path("url").asString("")).as(name).startsWith("https://");
			assertThat(LocalDate.parse(node.path("published").asString())).as(name).isNotNull();
			assertThat(reported).as("gold covers %s", name).contains(name);
		}
	}

	@Test
	void shouldNameTheIncidentAndFieldOfAMalformedEntry(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("bad.json");
		Files.writeString(file, """
				{"incidents": [{"id": "broken", "date": "2019-12-27", "sub_event_type": "Armed clash",
				  "place": "Kirkuk", "longitude": 44.39, "latitude": "north"}]}
				""");

		assertThatIllegalArgumentException().isThrownBy(() -> Gold.load(file))
			.withMessageContaining("broken")
			.withMessageContaining("latitude");
	}

	@Test
	void shouldRestrictToTheIncidentsOfTheGivenDocuments() {
		Gold only004 = Gold.loadResource("gold/seeds.json").restrictedTo(List.of("004_f65373e0f6cc8efd.txt"));

		assertThat(only004.incidents()).extracting(GoldIncident::id)
			.contains("k1-rockets-2019-12-27", "baghdad-airport-drone-strike-2020-01-03")
			.doesNotContain("camp-taji-rockets-2020-03-11");
	}

	@Test
	void shouldScorePerfectlyAnIncidentPlacedAtEveryGoldReference() {
		for (Gold gold : both()) {
			List<Incident> perfect = gold.incidents().stream().map(GoldTests::atReference).toList();

			EvaluationReport report = Evaluation.evaluate(perfect, gold);

			assertThat(report.recall()).as(report.toString()).isEqualTo(1.0);
			assertThat(report.precision()).isEqualTo(1.0);
			assertThat(report.duplicates()).isEmpty();
			assertThat(report.optionalMissed()).isEmpty();
			assertThat(report.dateAccuracy()).isEqualTo(1.0);
			assertThat(report.medianLocationErrorKm()).isZero();
		}
	}

	private static Incident atReference(GoldIncident gold) {
		EventType type = EventType.ofSubEventType(gold.subEventType());
		LocalDate end = gold.dayPrecise() ? gold.date() : gold.dateTo();
		LocalDate start = gold.dayPrecise() ? gold.date() : gold.dateFrom();
		return new Incident(null, start, end, gold.datePrecision(), 1, type.eventType(), type.subEventType(),
				gold.place(), gold.id(), 1, "exact place", gold.country(), gold.admin1(), gold.longitude(),
				gold.latitude(), List.of(), null, null, null, gold.id(), "single source", false, null, List.of());
	}

	private static List<Gold> both() {
		return List.of(Gold.loadResource("gold/seeds.json"), Gold.loadResource("gold/eval.json"));
	}

}
