import java.util.List;
import java.util.Locale;

import org.conflictdata.incidentmap.IncidentMapApplication;
import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.ingest.ArticlePipeline;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Throughput of the extraction pipeline: articles/s and MB/s of text through
 * ArticlePipeline.run (extraction, geocoding, clustering; no database writes). Usage: IngestBench <seconds per measurement> <file-or-dir>... Text files
 * (.txt) under the given paths are the corpus; the whole corpus is run repeatedly until the
 * time is up, after one warm-up pass.
 */
public final class IngestBench {

	public static void main(String[] args) throws Exception {
		double seconds = Double.parseDouble(args[0]);
		BenchCorpus corpus = BenchCorpus.load(List.of(args).subList(1, args.length));
		List<Article> articles = corpus.articles();
		long bytes = corpus.bytes();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IncidentMapApplication.class)
			.web(WebApplicationType.NONE)
			.properties("incident-map.seeds=", "spring.datasource.url=jdbc:h2:mem:ingest-bench",
					"logging.level.root=WARN", "spring.main.banner-mode=off")
			.run()) {
			ArticlePipeline pipeline = context.getBean(ArticlePipeline.class);
			int incidents = 0;
			for (Article article : articles) {
				incidents += pipeline.run(article, 1).incidents().size();
			}
			long passes = 0;
			long started = System.nanoTime();
			while (System.nanoTime() - started < seconds * 1e9) {
				for (Article article : articles) {
					pipeline.run(article, 1);
				}
				passes++;
			}
			double elapsed = (System.nanoTime() - started) / 1e9;
			System.out.println("| corpus | articles | MB of text | incidents found | articles/s | MB/s |");
			System.out.println("|---|---:|---:|---:|---:|---:|");
			System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %d | %.0f | %.2f |%n", String.join(" ",
					List.of(args).subList(1, args.length)), articles.size(), bytes / 1e6, incidents,
					passes * articles.size() / elapsed, passes * bytes / 1e6 / elapsed);
		}
	}

}
