package org.conflictdata.incidentmap.ingest;

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
 * {@code java -jar incident-map.jar evaluate [--gold=FILE] [file-or-dir...]}: runs the
 * whole pipeline over articles in memory (the store is not touched) and prints recall,
 * precision, duplicates, date accuracy and median location error against a gold file,
 * with every miss, duplicate and false positive listed. Run from the repository, it
 * defaults to the seeds and their gold file. A folder's {@code README.md} is not read as
 * an article. A gold file or article that cannot be read is reported (status 1).
 */
@Component
@ConditionalOnProperty(name = "incident-map.command", havingValue = "evaluate")
class EvaluateCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String DEFAULT_GOLD = "src/test/resources/gold/seeds.json";

	static final String DEFAULT_ARTICLES = "seeds";

	private final ArticlePipeline pipeline;

	private int exitCode;

	EvaluateCommand(ArticlePipeline pipeline) {
		this.pipeline = pipeline;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> paths = args.getNonOptionArgs().subList(1, args.getNonOptionArgs().size());
		String goldPath = args.containsOption("gold") ? args.getOptionValues("gold").get(0) : DEFAULT_GOLD;
		try {
			Gold gold = Gold.load(Path.of(goldPath));
			List<Path> files = new ArrayList<>();
			List<String> refused = new ArrayList<>();
			for (String given : paths.isEmpty() ? List.of(DEFAULT_ARTICLES) : paths) {
				for (Path file : ArticleFiles.list(Path.of(given), refused)) {
					// A test set's README describes its articles; it is not one of them.
					if (!file.getFileName().toString().equalsIgnoreCase("README.md")) {
						files.add(file);
					}
				}
			}
			List<Article> articles = ArticleReader.readAll(files);
			refused.forEach((problem) -> System.err.println("error: " + problem));
			EvaluationReport report = Evaluation.evaluate(this.pipeline.runInMemory(articles), gold);
			System.out.printf("%d articles, gold %s%n", articles.size(), goldPath);
			report.print(System.out);
			this.exitCode = refused.isEmpty() ? 0 : 1;
		}
		catch (RuntimeException ex) {
			System.err.println("error: " + ex.getMessage());
			this.exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
