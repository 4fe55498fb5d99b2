package org.conflictdata.incidentmap.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.article.ArticleReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Ingests the seed folder's articles when the service starts, so the map opens with them.
 * Runs once per start but changes nothing for texts already stored. A missing folder is
 * reported and skipped; an unreadable article is reported and the others still ingested;
 * an empty setting ingests nothing (the CLI and tests use that).
 */
@Component
class SeedIngest implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedIngest.class);

	private final IngestProperties properties;

	private final IngestService ingest;

	SeedIngest(IngestProperties properties, IngestService ingest) {
		this.properties = properties;
		this.ingest = ingest;
	}

	@Override
	public void run(ApplicationArguments args) {
		Path folder = this.properties.seeds();
		if (folder == null || folder.toString().isBlank()) {
			return;
		}
		if (!Files.isDirectory(folder)) {
			log.warn("Seed folder '{}' does not exist; no seeds ingested", folder.toAbsolutePath());
			return;
		}
		List<String> refused = new ArrayList<>();
		List<Path> files = ArticleFiles.list(folder, refused);
		refused.forEach(log::warn);
		int created = 0;
		int merged = 0;
		int unchanged = 0;
		List<Article> articles = new ArrayList<>();
		for (Path file : files) {
			try {
				articles.add(ArticleReader.read(file));
			}
			catch (RuntimeException ex) {
				log.warn("Seed '{}' not ingested: {}", file.getFileName(), ex.getMessage());
			}
		}
		for (Article article : ArticleReader.inBatch(articles)) {
			try {
				IngestResult result = this.ingest.ingest(article);
				created += result.createdIncidents().size();
				merged += result.mergedIncidents().size();
				unchanged += result.created() ? 0 : 1;
			}
			catch (RuntimeException ex) {
				log.warn("Seed '{}' not ingested: {}", article.name(), ex.getMessage());
			}
		}
		log.info("Seeds from '{}': {} articles ({} already stored), {} incidents created, {} merged", folder,
				files.size(), unchanged, created, merged);
	}

}
