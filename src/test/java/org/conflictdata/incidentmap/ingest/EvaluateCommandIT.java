package org.conflictdata.incidentmap.ingest;

import java.nio.file.Path;
import java.util.Map;

import org.conflictdata.incidentmap.JarProcess;
import org.conflictdata.incidentmap.JarProcess.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar incident-map.jar evaluate …} as a user runs it: it measures articles
 * against a gold file without touching the store, so it works beside a running service
 * that holds the embedded store of the same folder. {@code ingest} cannot share that
 * store and says so in words, not with a stack trace.
 */
class EvaluateCommandIT {

	@TempDir
	Path work;

	@Test
	void shouldEvaluateBesideTheServiceAndExplainWhyIngestMustWaitForIt() throws Exception {
		String gold = "--gold=" + Path.of("src/test/resources/gold/seeds.json").toAbsolutePath();
		String seeds = Path.of("seeds").toAbsolutePath().toString();
		Process service = JarProcess.startService(this.work, Map.of(), JarProcess.freePort());
		try {
			Outcome outcome = JarProcess.run(this.work, Map.of(), "evaluate", gold, seeds);

			assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
			assertThat(outcome.stdout()).contains("5 articles, gold")
				.containsPattern("recall \\(required found\\) +\\d+/\\d+");
			assertThat(this.work.resolve("data")).isDirectory();

			Outcome ingest = JarProcess.run(this.work, Map.of(), "ingest", seeds);

			assertThat(ingest.exitCode()).isEqualTo(1);
			assertThat(ingest.stdout() + ingest.stderr()).contains("The embedded store is in use by another process")
				.contains("POST /api/articles")
				.doesNotContain("\tat org.");
		}
		finally {
			service.destroy();
			service.waitFor();
		}
	}

}
