package org.conflictdata.incidentmap.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.conflictdata.incidentmap.JarProcess;
import org.conflictdata.incidentmap.JarProcess.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar incident-map.jar ingest …} as a user runs it, on an embedded store.
 */
class IngestCommandIT {

	@TempDir
	Path work;

	@Test
	void shouldIngestAFolderOnceAndChangeNothingTheSecondTime() throws Exception {
		Map<String, String> env = embeddedStore();
		Path seeds = Path.of("seeds").toAbsolutePath();

		Outcome first = JarProcess.run(this.work, env, "ingest", seeds.toString());
		Outcome second = JarProcess.run(this.work, env, "ingest", seeds.toString());

		assertThat(first.exitCode()).as(first.stderr()).isZero();
		assertThat(first.stdout()).contains("5 articles read (0 already stored)");
		assertThat(first.stderr()).contains("5/5");
		assertThat(second.exitCode()).isZero();
		assertThat(second.stdout()).contains("5 articles read (5 already stored): 0 incidents created, 0 merged");
	}

	@Test
	void shouldSayWhatIsWrongWithAPathAndExitWithStatusOne() throws Exception {
		Outcome missing = JarProcess.run(this.work, embeddedStore(), "ingest", "no/such/folder");

		assertThat(missing.exitCode()).isEqualTo(1);
		assertThat(missing.stderr()).contains("error: 'no/such/folder' does not exist");
		assertThat(missing.stderr()).doesNotContain("Exception");
	}

	@Test
	void shouldRefuseALinkLeadingOutsideTheGivenFolder() throws Exception {
		Path folder = Files.createDirectories(this.work.resolve("articles"));
		Files.copy(Path.of("seeds/002_b25954bcfc29d90c.txt"), folder.resolve("002.txt"));
		Path outside = Files.writeString(this.work.resolve("private.txt"), "Rockets hit Camp Taji on 11 March 2020.");
		Files.createSymbolicLink(folder.resolve("sneaky.txt"), outside);

		Outcome outcome = JarProcess.run(this.work, embeddedStore(), "ingest", folder.toString());

		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.stdout()).contains("1 articles read");
		assertThat(outcome.stderr()).contains("sneaky.txt").contains("leads outside");
	}

	@Test
	void shouldPrintUsageWithoutPaths() throws Exception {
		Outcome outcome = JarProcess.run(this.work, embeddedStore(), "ingest");

		assertThat(outcome.exitCode()).isEqualTo(2);
		assertThat(outcome.stderr()).contains("usage: java -jar incident-map.jar ingest <file-or-dir>...");
	}

	private Map<String, String> embeddedStore() throws IOException {
		return Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + this.work.resolve("data/store").toAbsolutePath());
	}

}
