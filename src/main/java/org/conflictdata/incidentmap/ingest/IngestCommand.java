package org.conflictdata.incidentmap.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.article.ArticleReader;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar incident-map.jar ingest <file-or-dir>...}: ingests articles into the
 * configured store through the same pipeline as the service, with a progress bar on
 * standard error and a summary on standard output. A path that does not exist, a link
 * leading outside a given folder, or an unreadable article is reported in words and makes
 * the exit status 1; the other articles are still ingested. No path at all is a usage
 * error (status 2).
 */
@Component
@ConditionalOnProperty(name = "incident-map.command", havingValue = "ingest")
class IngestCommand implements ApplicationRunner, ExitCodeGenerator {

	private final IngestService ingest;

	private int exitCode;

	IngestCommand(IngestService ingest) {
		this.ingest = ingest;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> paths = args.getNonOptionArgs().subList(1, args.getNonOptionArgs().size());
		PrintStream out = System.out;
		PrintStream err = System.err;
		if (paths.isEmpty()) {
			err.println("usage: java -jar incident-map.jar ingest <file-or-dir>...");
			this.exitCode = 2;
			return;
		}
		List<String> problems = new ArrayList<>();
		List<Path> files = new ArrayList<>();
		for (String given : paths) {
			try {
				files.addAll(ArticleFiles.list(Path.of(given), problems));
			}
			catch (RuntimeException ex) {
				problems.add(ex.getMessage());
			}
		}
		List<Article> articles = new ArrayList<>();
		for (Path file : files) {
			try {
				articles.add(ArticleReader.read(file));
			}
			catch (RuntimeException ex) {
				problems.add("'" + file + "' not ingested: " + ex.getMessage());
			}
		}
		ProgressBar progress = new ProgressBar(err, articles.size());
		int created = 0;
		int merged = 0;
		int unchanged = 0;
		// Read as one batch, as evaluate reads them: see ArticleReader.inBatch.
		for (Article article : ArticleReader.inBatch(articles)) {
			progress.step(article.name());
			try {
				IngestResult result = this.ingest.ingest(article);
				created += result.createdIncidents().size();
				merged += result.mergedIncidents().size();
				unchanged += result.created() ? 0 : 1;
			}
			catch (RuntimeException ex) {
				problems.add("'" + article.name() + "' not ingested: " + ex.getMessage());
			}
		}
		progress.done();
		problems.forEach((problem) -> err.println("error: " + problem));
		out.printf("%d articles read (%d already stored): %d incidents created, %d merged%n", files.size(), unchanged,
				created, merged);
		this.exitCode = problems.isEmpty() ? 0 : 1;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
