package org.conflictdata.incidentmap.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.article.ArticleReader;
import org.conflictdata.incidentmap.extraction.IncidentExtractor;
import org.conflictdata.incidentmap.geocoding.Gazetteer;
import org.conflictdata.incidentmap.geocoding.Geocoder;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentClusterer;
import org.conflictdata.incidentmap.incident.IncidentQuery;
import org.conflictdata.incidentmap.incident.IncidentStore;
import org.conflictdata.incidentmap.incident.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What ingest guarantees on every store: incidents traceable to their sentences, nothing
 * changed by the same text twice, one transaction per article, and no duplicates under
 * concurrent writers.
 */
abstract class IngestServiceContract {

	private static Gazetteer gazetteer;

	private static List<Article> seeds;

	private DataSource dataSource;

	private JdbcClient jdbc;

	private IncidentStore store;

	protected abstract DataSource dataSource();

	@BeforeAll
	static void loadSeeds() throws IOException {
		gazetteer = Gazetteer.load();
		try (Stream<Path> files = Files.list(Path.of("seeds"))) {
			seeds = files.filter((file) -> file.toString().endsWith(".txt")).sorted().map(ArticleReader::read).toList();
		}
	}

	@BeforeEach
	void setUp() {
		this.dataSource = dataSource();
		this.jdbc = JdbcClient.create(this.dataSource);
		this.store = new IncidentStore(this.jdbc, JsonMapper.builder().build());
	}

	@Test
	void shouldStoreIncidentsWhoseEverySourceQuotesItsDocumentExactly() {
		IngestService ingest = service(this.store);

		seeds.forEach(ingest::ingest);

		List<Incident> incidents = this.store.find(IncidentQuery.all());
		assertThat(incidents).hasSizeGreaterThanOrEqualTo(8);
		Map<Long, String> bodies = new java.util.HashMap<>();
		for (Incident incident : incidents) {
			assertThat(incident.sources()).isNotEmpty();
			for (Source source : incident.sources()) {
				String body = bodies.computeIfAbsent(source.documentId(), this::body);
				assertThat(body.substring(source.start(), source.end())).isEqualTo(source.quote());
			}
		}
	}

	@Test
	void shouldChangeNothingWhenTheSameTextIsIngestedAgain() {
		IngestService ingest = service(this.store);
		seeds.forEach(ingest::ingest);
		Map<String, Long> before = rowCounts();

		List<IngestResult> again = seeds.stream().map(ingest::ingest).toList();

		assertThat(again).allSatisfy((result) -> {
			assertThat(result.created()).isFalse();
			assertThat(result.createdIncidents()).isEmpty();
			assertThat(result.mergedIncidents()).isEmpty();
		});
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void shouldStoreNothingOfAnArticleWhoseIngestFails() {
		IngestService ingest = service(new IncidentStore(this.jdbc, JsonMapper.builder().build()) {
			private int inserts;

			@Override
			public Incident insert(Incident incident) {
				if (++this.inserts == 2) {
					throw new IllegalStateException("store failed half-way");
				}
				return super.insert(incident);
			}
		});
		Article article = seeds.stream().filter((a) -> a.name().startsWith("001")).findFirst().orElseThrow();

		assertThatIllegalStateException().isThrownBy(() -> ingest.ingest(article));

		assertThat(rowCounts()).containsOnly(Map.entry("documents", 0L), Map.entry("incidents", 0L),
				Map.entry("incident_sources", 0L), Map.entry("unresolved_mentions", 0L));
	}

	@Test
	void shouldLeaveNoDuplicateIncidentWhenEightWritersIngestOverlappingArticlesAtOnce() throws Exception {
		IngestService ingest = service(this.store);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> done = new ArrayList<>();
		for (int writer = 0; writer < 8; writer++) {
			List<Article> articles = variants(writer);
			done.add(pool.submit(() -> articles.forEach(ingest::ingest)));
		}
		for (Future<?> future : done) {
			future.get(5, TimeUnit.MINUTES);
		}
		pool.shutdown();

		List<Incident> incidents = this.store.find(IncidentQuery.all());
		Set<String> keys = new HashSet<>();
		for (Incident incident : incidents) {
			String key = incident.subEventType() + "|" + incident.placeId() + "|" + incident.date();
			assertThat(keys.add(key)).as("a second incident for %s", key).isTrue();
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM documents").query(Long.class).single()).isEqualTo(10);
	}

	/**
	 * The seeds in a writer's own order; odd writers add a trailing line (5 texts shared
	 * by all even and 5 by all odd writers).
	 */
	private static List<Article> variants(int writer) {
		List<Article> articles = new ArrayList<>();
		for (Article seed : seeds) {
			String text = (writer % 2 == 1) ? seed.text() + "\n\nSyndicated copy." : seed.text();
			articles
				.add(new Article(seed.name(), text, seed.title(), seed.url(), seed.published(), seed.publishedBasis()));
		}
		Collections.shuffle(articles, new Random(writer));
		return articles;
	}

	private IngestService service(IncidentStore incidentStore) {
		ArticlePipeline pipeline = new ArticlePipeline(new IncidentExtractor(), new Geocoder(gazetteer),
				new IncidentClusterer(gazetteer::byId));
		return new IngestService(incidentStore, pipeline,
				new TransactionTemplate(new DataSourceTransactionManager(this.dataSource)));
	}

	private String body(long documentId) {
		return this.jdbc.sql("SELECT body FROM documents WHERE id = :id")
			.param("id", documentId)
			.query(String.class)
			.single();
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (String table : List.of("documents", "incidents", "incident_sources", "unresolved_mentions")) {
			counts.put(table, this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
		}
		return counts;
	}

}
