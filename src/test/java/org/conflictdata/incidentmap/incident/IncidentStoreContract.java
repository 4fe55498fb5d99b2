package org.conflictdata.incidentmap.incident;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.conflictdata.incidentmap.api.IncidentFeatureWriter;
import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.ActorRole;
import org.conflictdata.incidentmap.extraction.Attribution;
import org.conflictdata.incidentmap.extraction.Count;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store must do, run against H2GIS and PostGIS by the subclasses.
 */
abstract class IncidentStoreContract {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private IncidentStore store;

	private JdbcClient jdbc;

	private long documentId;

	protected abstract DataSource dataSource();

	@BeforeEach
	void setUp() {
		DataSource dataSource = dataSource();
		this.jdbc = JdbcClient.create(dataSource);
		this.store = new IncidentStore(this.jdbc, JsonMapper.builder().build());
		this.documentId = this.store.insertDocument(document("abc", "A rocket attack report.")).id();
	}

	@Test
	void shouldReadBackEveryFieldOfAnInsertedIncident() {
		Incident stored = this.store.insert(k1Attack());

		Incident read = this.store.findById(stored.id()).orElseThrow();

		assertThat(read).usingRecursiveComparison().isEqualTo(stored);
		assertThat(read.longitude()).isEqualTo(44.2813);
		assertThat(read.killed()).isEqualTo(new Count(1, 1, 1));
		assertThat(read.wounded()).isEqualTo(new Count(4, 2, 6));
		assertThat(read.actors()).containsExactly(
				new Actor("Kataib Hezbollah", ActorRole.PERPETRATOR, Attribution.SUSPECTED),
				new Actor("United States", ActorRole.TARGET, Attribution.STATED));
		assertThat(read.sources()).singleElement().satisfies((source) -> {
			assertThat(source.documentId()).isEqualTo(this.documentId);
			assertThat(source.quote()).isEqualTo("Rockets hit the K1 base.");
		});
		assertThat(read.explanation()).containsEntry("trigger", "rockets hit");
	}

	@Test
	void shouldStoreThePointWithSrid4326() {
		Incident stored = this.store.insert(k1Attack());

		Integer srid = this.jdbc.sql("SELECT ST_SRID(geom) FROM incidents WHERE id = :id")
			.param("id", stored.id())
			.query(Integer.class)
			.single();

		assertThat(srid).isEqualTo(4326);
	}

	@Test
	void shouldLinkAnIncidentToTheSentencesThatReportIt() {
		Incident stored = this.store.insert(k1Attack());

		List<Integer> offsets = this.jdbc
			.sql("SELECT start_offset FROM incident_sources WHERE incident_id = :id AND document_id = :doc")
			.param("id", stored.id())
			.param("doc", this.documentId)
			.query(Integer.class)
			.list();

		assertThat(offsets).containsExactly(10);
	}

	@Test
	void shouldFindOnlyIncidentsInsideTheBoundingBox() {
		this.store.insert(k1Attack());
		Incident taji = this.store.insert(tajiAttack());
		BoundingBox baghdad = new BoundingBox(43.8, 32.9, 44.8, 33.7);

		List<Incident> found = this.store.find(query(null, null, baghdad));

		assertThat(found).extracting(Incident::id).containsExactly(taji.id());
	}

	@Test
	void shouldFindIncidentsWhoseDateRangeOverlapsTheQueryRange() {
		Incident k1 = this.store.insert(k1Attack());
		Incident taji = this.store.insert(tajiAttack());
		Incident june2018 = this.store
			.insert(withDates(k1Attack(), LocalDate.of(2018, 6, 1), LocalDate.of(2018, 6, 30)));

		assertThat(this.store.find(query(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31), null)))
			.extracting(Incident::id)
			.containsExactly(taji.id());
		assertThat(this.store.find(query(LocalDate.of(2018, 6, 15), LocalDate.of(2018, 6, 15), null)))
			.extracting(Incident::id)
			.containsExactly(june2018.id());
		assertThat(this.store.find(query(LocalDate.of(2019, 12, 27), null, null))).extracting(Incident::id)
			.containsExactly(k1.id(), taji.id());
		assertThat(this.store.count(query(null, LocalDate.of(2019, 12, 26), null))).isEqualTo(1);
	}

	@Test
	void shouldStoreTheSameDocumentTextOnlyOnce() {
		DocumentInsert first = this.store.insertDocument(document("def", "Another text."));
		DocumentInsert second = this.store.insertDocument(document("def", "Another text."));

		assertThat(first.created()).isTrue();
		assertThat(second.created()).isFalse();
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(this.store.documents()).hasSize(2);
	}

	@Test
	void shouldReplaceFieldsAndSourcesOnUpdate() {
		Incident stored = this.store.insert(k1Attack());
		long otherDocument = this.store.insertDocument(document("xyz", "Second report.")).id();
		Source second = new Source(otherDocument, "other.txt", null, null, null, "Second report.", 0, 14);
		Incident merged = new Incident(stored.id(), stored.date(), stored.dateEnd(), stored.datePrecision(),
				stored.timePrecision(), stored.eventType(), stored.subEventType(), stored.place(), stored.placeId(),
				stored.geoPrecision(), stored.locationPrecision(), stored.country(), stored.admin1(),
				stored.longitude(), stored.latitude(), stored.actors(), new Count(1, 1, 2), stored.wounded(),
				stored.weapon(), stored.summary(), "corroborated (2 documents)", false, stored.explanation(),
				List.of(stored.sources().get(0), second));

		this.store.update(merged);

		Incident read = this.store.findById(stored.id()).orElseThrow();
		assertThat(read.sources()).hasSize(2);
		assertThat(read.killed()).isEqualTo(new Count(1, 1, 2));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM incident_sources WHERE incident_id = :id")
			.param("id", stored.id())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void shouldFilterByTypeActorTextAndHistoricalFlag() {
		Incident k1 = this.store.insert(k1Attack());
		this.store.insert(tajiAttack());
		Incident old = this.store.insert(historical(k1Attack()));
		IncidentQuery actor = new IncidentQuery(null, null, null, null, null, "hezbollah", null, null, null, null,
				false, null, null, 0);
		IncidentQuery percent = new IncidentQuery(null, null, null, null, null, null, null, null, "100%", null, true,
				null, null, 0);
		IncidentQuery literalWildcard = new IncidentQuery(null, null, null, null, null, null, null, null, "k-1%base",
				null, true, null, null, 0);

		assertThat(this.store.find(actor)).extracting(Incident::id).containsExactly(k1.id());
		assertThat(this.store.find(actor.withPage(10, 0))).hasSize(1);
		assertThat(this.store.find(percent)).extracting(Incident::id).containsExactly(old.id());
		assertThat(this.store.find(literalWildcard)).isEmpty();
		assertThat(this.store.find(IncidentQuery.all())).extracting(Incident::id).contains(old.id());
	}

	@Test
	void shouldTellTheMatchedCountOnTheLastPageAndOnlyThatMoreFollowOnAFullOne() {
		List<Long> ids = List.of(this.store.insert(k1Attack()).id(), this.store.insert(tajiAttack()).id(),
				this.store.insert(tajiAttack()).id());
		IncidentQuery all = IncidentQuery.all();

		assertPage(this.store.findFeaturePage(all.withPage(10, 0)), ids, false, 3L);
		assertPage(this.store.findFeaturePage(all.withPage(3, 0)), ids, false, 3L);
		assertPage(this.store.findFeaturePage(all.withPage(2, 0)), ids.subList(0, 2), true, null);
		assertPage(this.store.findFeaturePage(all.withPage(2, 2)), ids.subList(2, 3), false, 3L);
		assertPage(this.store.findFeaturePage(all.withPage(1, 1)), ids.subList(1, 2), true, null);
		assertPage(this.store.findFeaturePage(all.withPage(10, 50)), List.of(), false, null);
		assertPage(this.store.findFeaturePage(all.withPage(0, 0)), List.of(), true, 3L);
		assertPage(this.store.findFeaturePage(all.withPage(0, 3)), List.of(), false, 3L);
		assertPage(this.store.findFeaturePage(all), ids, false, 3L);
	}

	private static void assertPage(FeaturePage page, List<Long> ids, boolean more, Long matched) {
		assertThat(page.rows()).extracting(FeatureRow::id).containsExactlyElementsOf(ids);
		assertThat(page.more()).isEqualTo(more);
		if (matched == null) {
			assertThat(page.matched()).isEmpty();
		}
		else {
			assertThat(page.matched()).hasValue(matched);
		}
	}

	@Test
	void shouldWriteTheSameGeoJsonFromStoredJsonTextAsFromParsedIncidents() {
		this.store.insert(k1Attack());
		this.store.insert(tajiAttack());
		this.store.insert(awkwardText());
		List<Incident> parsed = this.store.find(IncidentQuery.all());
		List<FeatureRow> raw = this.store.findFeatures(IncidentQuery.all());
		List<FeatureRow> streamed = new ArrayList<>();
		this.store.streamFeatures(IncidentQuery.all(), streamed::add);

		assertThat(raw).hasSize(3);
		for (int i = 0; i < parsed.size(); i++) {
			Incident incident = parsed.get(i);
			String fromObjects = geoJson((json) -> IncidentFeatureWriter.write(json, incident));
			FeatureRow listed = raw.get(i);
			FeatureRow fromStream = streamed.get(i);
			assertSameFeature(geoJson((json) -> IncidentFeatureWriter.write(json, listed)), fromObjects);
			assertSameFeature(geoJson((json) -> IncidentFeatureWriter.write(json, fromStream)), fromObjects);
			FeatureRow byId = this.store.findFeatureById(incident.id()).orElseThrow();
			assertSameFeature(geoJson((json) -> IncidentFeatureWriter.write(json, byId)), fromObjects);
		}
	}

	@Test
	void shouldRenameTheSourcesKeyOnlyWhereItIsAKeyWhateverShapeTheStoredTextHas() {
		Source tricky = new Source(this.documentId, "documentId", "{\"documentId\":7}", null, null,
				"Logged as {\"documentId\":7}, \"documentId\" and ,\"documentId\":", 0, 12);
		Source quoted = new Source(this.documentId, "test.txt", null, null, null,
				"Logged as {\"documentId\":7} and ,\"documentId\":", 0, 12);
		Incident reindented = this.store.insert(tajiAttack());
		// Quoted text alone takes the text replacement; a value "documentId" or an
		// indented text, the token-by-token copy.
		List<Incident> stored = List.of(reindented, this.store.insert(withSources(tajiAttack(), List.of(quoted))),
				this.store.insert(withSources(tajiAttack(), List.of(quoted, tricky))));
		String indented = MAPPER.writerWithDefaultPrettyPrinter()
			.writeValueAsString(MAPPER.readTree(this.jdbc.sql("SELECT sources_json FROM incidents WHERE id = :id")
				.param("id", reindented.id())
				.query(String.class)
				.single()));
		this.jdbc.sql("UPDATE incidents SET sources_json = :json WHERE id = :id")
			.param("json", indented)
			.param("id", reindented.id())
			.update();

		for (Incident incident : stored) {
			Incident parsed = this.store.findById(incident.id()).orElseThrow();
			FeatureRow row = this.store.findFeatureById(incident.id()).orElseThrow();
			String fromObjects = geoJson((json) -> IncidentFeatureWriter.write(json, parsed));
			String fromText = geoJson((json) -> IncidentFeatureWriter.write(json, row));
			assertSameFeature(fromText, fromObjects);
			assertThat(fromText).doesNotContain("\"documentId\":");
		}
		assertThat(indented).contains("\n");
	}

	private void assertSameFeature(String fromText, String fromObjects) {
		JsonNode text = MAPPER.readTree(fromText);
		JsonNode objects = MAPPER.readTree(fromObjects);
		assertThat(text).isEqualTo(objects);
		// Tree equality ignores key order; the order must hold too, except inside the
		// explanation, whose order Incident's Map.copyOf does not keep.
		assertThat(text.propertyNames()).containsExactlyElementsOf(objects.propertyNames());
		assertThat(text.get("properties").propertyNames())
			.containsExactlyElementsOf(objects.get("properties").propertyNames());
		assertThat(text.get("properties").get("sources").toString())
			.isEqualTo(objects.get("properties").get("sources").toString());
		assertThat(text.get("properties").get("actors").toString())
			.isEqualTo(objects.get("properties").get("actors").toString());
	}

	private static String geoJson(Consumer<JsonGenerator> writer) {
		StringWriter out = new StringWriter();
		try (JsonGenerator json = MAPPER.createGenerator(out)) {
			writer.accept(json);
		}
		return out.toString();
	}

	private IncidentQuery query(LocalDate start, LocalDate end, BoundingBox bbox) {
		return new IncidentQuery(start, end, bbox, null, null, null, null, null, null, null, true, null, null, 0);
	}

	private StoredDocument document(String hash, String body) {
		return new StoredDocument(null, hash.repeat(22).substring(0, 64), "test.txt", "A title",
				"https://example.org/a", LocalDate.of(2019, 12, 31), "metadata", body);
	}

	private Incident k1Attack() {
		return new Incident(null, LocalDate.of(2019, 12, 27), LocalDate.of(2019, 12, 27), "day", 1,
				"Explosions/Remote violence", "Shelling/artillery/missile attack", "K-1 Air Base", "iq-k1-air-base", 1,
				"exact place", "Iraq", "Kirkuk", 44.2813, 35.5142,
				List.of(new Actor("Kataib Hezbollah", ActorRole.PERPETRATOR, Attribution.SUSPECTED),
						new Actor("United States", ActorRole.TARGET, Attribution.STATED)),
				Count.exactly(1), new Count(4, 2, 6), "107 mm rockets", "Rocket attack on K-1 Air Base",
				"single source", false, Map.of("trigger", "rockets hit"),
				List.of(new Source(this.documentId, "test.txt", "A title", "https://example.org/a",
						LocalDate.of(2019, 12, 31), "Rockets hit the K1 base.", 10, 34)));
	}

	private Incident tajiAttack() {
		Incident k1 = k1Attack();
		return new Incident(null, LocalDate.of(2020, 3, 11), LocalDate.of(2020, 3, 11), "day", 1, k1.eventType(),
				k1.subEventType(), "Camp Taji", "iq-camp-taji", 1, "exact place", "Iraq", "Baghdad", 44.25, 33.53,
				List.of(), Count.exactly(3), null, null, "Rockets on Camp Taji", "single source", false, Map.of(),
				k1.sources());
	}

	private Incident awkwardText() {
		Incident k1 = k1Attack();
		Map<String, Object> nested = new LinkedHashMap<>();
		nested.put("resolved", List.of("K-1", 2, 0.5, true));
		nested.put("note", "said \"maybe\" \\ \u00e9\u0627\u0644");
		return new Incident(null, LocalDate.of(2020, 1, 5), LocalDate.of(2020, 1, 11), "week", 2, k1.eventType(),
				k1.subEventType(), "Al-Qa'im", "iq-al-qaim", 2, "near place", "Iraq", null, 41.0123456, 34.3789,
				List.of(new Actor("\u062d\u0634\u062f \"PMF\"", ActorRole.TARGET, Attribution.CLAIMED)), null,
				new Count(2, 2, null), null, "Strike near Al-Qa'im", "corroborated (2 sources)", false,
				Map.of("place", nested, "date", "week of \"5 Jan\"", "sources", 2),
				List.of(k1.sources().get(0), new Source(this.documentId, "api", null, null, null,
						"Officials said: \"a strike\" \u2014 near the border.\n", 0, 42)));
	}

	private static Incident withSources(Incident i, List<Source> sources) {
		return new Incident(null, i.date(), i.dateEnd(), i.datePrecision(), i.timePrecision(), i.eventType(),
				i.subEventType(), i.place(), i.placeId(), i.geoPrecision(), i.locationPrecision(), i.country(),
				i.admin1(), i.longitude(), i.latitude(), i.actors(), i.killed(), i.wounded(), i.weapon(), i.summary(),
				i.grade(), i.historical(), i.explanation(), sources);
	}

	private static Incident withDates(Incident i, LocalDate start, LocalDate end) {
		return new Incident(null, start, end, "month", 3, i.eventType(), i.subEventType(), i.place(), i.placeId(),
				i.geoPrecision(), i.locationPrecision(), i.country(), i.admin1(), i.longitude(), i.latitude(),
				i.actors(), i.killed(), i.wounded(), i.weapon(), i.summary(), i.grade(), i.historical(),
				i.explanation(), i.sources());
	}

	private static Incident historical(Incident i) {
		return new Incident(null, LocalDate.of(2012, 9, 11), LocalDate.of(2012, 9, 11), "day", 1, i.eventType(),
				i.subEventType(), i.place(), i.placeId(), i.geoPrecision(), i.locationPrecision(), i.country(),
				i.admin1(), i.longitude(), i.latitude(), i.actors(), i.killed(), i.wounded(), i.weapon(),
				"100% historical", i.grade(), true, i.explanation(), i.sources());
	}

}
