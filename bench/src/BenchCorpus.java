import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.article.ArticleReader;

/**
 * The articles a throughput bench runs over: every .txt file under the given paths, sorted,
 * read with ArticleReader as ingest reads them (normalised text, sidecar metadata, inferred
 * publication date), and their size in bytes of UTF-8 text.
 */
record BenchCorpus(List<Article> articles, long bytes) {

	static BenchCorpus load(List<String> paths) throws IOException {
		List<Article> articles = new ArrayList<>();
		long bytes = 0;
		for (String given : paths) {
			try (Stream<Path> files = Files.walk(Path.of(given))) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).sorted().toList()) {
					Article article = ArticleReader.read(file);
					bytes += article.text().getBytes(StandardCharsets.UTF_8).length;
					articles.add(article);
				}
			}
		}
		return new BenchCorpus(articles, bytes);
	}

}
