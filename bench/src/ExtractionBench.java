import java.util.List;
import java.util.Locale;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.article.ArticleReader;
import org.conflictdata.incidentmap.extraction.IncidentExtractor;

/**
 * Throughput of the extraction stage alone (IncidentExtractor.extract: sentences, event
 * types, dates, casualties, actors), in articles/s and MB/s of article text, over every
 * .txt file under the given paths read with ArticleReader, repeated until the time is up
 * after one warm-up pass. Usage: ExtractionBench <seconds> <file-or-dir>...
 */
public final class ExtractionBench {

	public static void main(String[] args) throws Exception {
		double seconds = Double.parseDouble(args[0]);
		BenchCorpus corpus = BenchCorpus.load(List.of(args).subList(1, args.length));
		List<Article> articles = corpus.articles();
		long bytes = corpus.bytes();
		IncidentExtractor extractor = new IncidentExtractor();
		int mentions = 0;
		for (Article article : articles) {
			mentions += extractor.extract(article).size();
		}
		long passes = 0;
		long started = System.nanoTime();
		while (System.nanoTime() - started < seconds * 1e9) {
			for (Article article : articles) {
				extractor.extract(article);
			}
			passes++;
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		System.out.println("| stage | articles | MB of text | mentions found | articles/s | MB/s |");
		System.out.println("|---|---:|---:|---:|---:|---:|");
		System.out.printf(Locale.ROOT, "| extraction (IncidentExtractor) | %d | %.3f | %d | %.0f | %.2f |%n",
				articles.size(), bytes / 1e6, mentions, passes * articles.size() / elapsed,
				passes * bytes / 1e6 / elapsed);
	}

}
