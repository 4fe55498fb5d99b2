package org.conflictdata.incidentmap.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.article.ArticleReader;
import org.conflictdata.incidentmap.extraction.IncidentExtractor;
import org.conflictdata.incidentmap.extraction.IncidentMention;
import org.conflictdata.incidentmap.geocoding.Gazetteer;
import org.conflictdata.incidentmap.geocoding.Geocoder;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentClusterer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A regression fixture produced by the code itself, not a statement of what is right: the
 * mentions {@code IncidentExtractor.extract} finds in every article under {@code seeds/}
 * and {@code src/test/resources/articles/}, and the incidents
 * {@code ArticlePipeline.runInMemory} makes of them, written as the records' text and
 * compared byte for byte with {@code snapshots/pipeline.txt}. It guards refactoring and
 * optimisation (any change of output fails it); the gold-file evaluation tests guard
 * correctness. When a change is meant to alter the output, regenerate the snapshot with
 * {@code -Dsnapshot.update=true} and review its diff.
 */
class PipelineSnapshotTests {

	private static final Path SNAPSHOT = Path.of("src/test/resources/snapshots/pipeline.txt");

	@Test
	void shouldProduceExactlyTheRecordedMentionsAndIncidentsForEveryArticle() throws IOException {
		String actual = render(articles());
		if (Boolean.getBoolean("snapshot.update")) {
			Files.writeString(SNAPSHOT, actual, StandardCharsets.UTF_8);
		}

		assertThat(actual).isEqualTo(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
	}

	private static String render(List<Article> articles) {
		Gazetteer gazetteer = Gazetteer.load();
		IncidentExtractor extractor = new IncidentExtractor();
		ArticlePipeline pipeline = new ArticlePipeline(extractor, new Geocoder(gazetteer),
				new IncidentClusterer(gazetteer::byId));
		StringBuilder out = new StringBuilder();
		for (Article article : articles) {
			out.append("== article ").append(article.name()).append('\n');
			for (IncidentMention mention : extractor.extract(article)) {
				out.append(canonical(mention)).append('\n');
			}
		}
		out.append("== incidents\n");
		for (Incident incident : pipeline.runInMemory(articles)) {
			out.append(canonical(incident)).append('\n');
		}
		return out.toString();
	}

	/**
	 * A record's text with every map's entries in key order: some maps come from
	 * {@code Map.of}, whose iteration order changes from one JVM to the next.
	 */
	private static String canonical(Object value) {
		if (value instanceof Record record) {
			StringJoiner parts = new StringJoiner(", ", record.getClass().getSimpleName() + "[", "]");
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				try {
					parts.add(component.getName() + "=" + canonical(component.getAccessor().invoke(record)));
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
			return parts.toString();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, String> sorted = new TreeMap<>();
			map.forEach((key, item) -> sorted.put(String.valueOf(key), canonical(item)));
			return sorted.toString();
		}
		if (value instanceof Collection<?> items) {
			StringJoiner parts = new StringJoiner(", ", "[", "]");
			items.forEach((item) -> parts.add(canonical(item)));
			return parts.toString();
		}
		return String.valueOf(value);
	}

	private static List<Article> articles() throws IOException {
		List<Article> articles = new ArrayList<>();
		for (String folder : List.of("seeds", "src/test/resources/articles")) {
			try (Stream<Path> files = Files.walk(Path.of(folder))) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).sorted().toList()) {
					articles.add(ArticleReader.read(file));
				}
			}
		}
		return articles;
	}

}
