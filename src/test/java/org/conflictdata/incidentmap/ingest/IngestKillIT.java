package org.conflictdata.incidentmap.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.conflictdata.incidentmap.JarProcess;
import org.conflictdata.incidentmap.JarProcess.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} in the middle of {@code java -jar incident-map.jar ingest} leaves the
 * embedded store with nothing half-written: the documents it holds, with their incidents,
 * source links and unresolved mentions, are exactly what an uninterrupted run over the
 * same documents stores, no incident lacks a source and no link points nowhere; running
 * the same ingest again finishes cleanly and ends where an uninterrupted run of every
 * article ends.
 */
class IngestKillIT {

	private static final int ARTICLES = 200;

	private static final Pattern PROGRESS = Pattern.compile("\\] (\\d+)/" + ARTICLES);

	@TempDir
	Path work;

	@Test
	void shouldLeaveEveryDocumentCompleteOrAbsentWhenKilledMidRun() throws Exception {
		Path articles = writeArticles(Files.createDirectories(this.work.resolve("articles")));
		Path killedStore = this.work.resolve("killed/store");

		Process ingest = startIngest(killedStore, articles);
		boolean wasRunning = killOnceUnderWay(ingest);
		Snapshot afterKill = Snapshot.of(killedStore);

		assertThat(wasRunning).as("the ingest was still running when it was killed").isTrue();
		assertThat(afterKill.documents()).isNotEmpty().hasSizeLessThan(ARTICLES);
		assertThat(afterKill.incidentsWithoutSource()).isZero();
		assertThat(afterKill.danglingLinks()).isZero();

		Path sameDocuments = Files.createDirectories(this.work.resolve("same"));
		for (String name : afterKill.documentNames()) {
			Files.copy(articles.resolve(name), sameDocuments.resolve(name));
		}
		Path cleanStore = this.work.resolve("clean/store");
		Outcome clean = JarProcess.run(this.work, env(cleanStore), "ingest", sameDocuments.toString());
		assertThat(clean.exitCode()).as(clean.stderr()).isZero();
		assertThat(afterKill).isEqualTo(Snapshot.of(cleanStore));

		Outcome again = JarProcess.run(this.work, env(killedStore), "ingest", articles.toString());
		Outcome full = JarProcess.run(this.work, env(this.work.resolve("full/store")), "ingest", articles.toString());
		assertThat(again.exitCode()).as(again.stderr()).isZero();
		assertThat(again.stdout())
			.contains(ARTICLES + " articles read (" + afterKill.documents().size() + " already stored)");
		assertThat(full.exitCode()).as(full.stderr()).isZero();
		assertThat(Snapshot.of(killedStore)).isEqualTo(Snapshot.of(this.work.resolve("full/store")));
	}

	/**
	 * Waits until the progress bar shows 30 or more articles done, then sends SIGKILL.
	 */
	private boolean killOnceUnderWay(Process ingest) throws Exception {
		Path err = this.work.resolve("ingest-err.txt");
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		try {
			while (System.nanoTime() < deadline && ingest.isAlive()) {
				if (progress(Files.readString(err, StandardCharsets.UTF_8)) >= 30) {
					break;
				}
				Thread.sleep(20);
			}
			boolean alive = ingest.isAlive();
			ingest.destroyForcibly();
			ingest.waitFor(30, TimeUnit.SECONDS);
			return alive;
		}
		finally {
			ingest.destroyForcibly();
		}
	}

	private static int progress(String stderr) {
		int done = 0;
		Matcher matcher = PROGRESS.matcher(stderr);
		while (matcher.find()) {
			done = Integer.parseInt(matcher.group(1));
		}
		return done;
	}

	private Process startIngest(Path store, Path articles) throws IOException {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				JarProcess.jar().toString(), "ingest", articles.toString());
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.work.toFile())
			.redirectOutput(this.work.resolve("ingest-out.txt").toFile())
			.redirectError(this.work.resolve("ingest-err.txt").toFile());
		builder.environment()
			.keySet()
			.removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("INCIDENT_MAP_"));
		builder.environment().putAll(env(store));
		return builder.start();
	}

	private static Map<String, String> env(Path store) {
		return Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + store.toAbsolutePath());
	}

	/**
	 * Many distinct articles from the seeds: each copy gets its own closing line (so its
	 * content hash differs) and some copies move the events by a few days, so the run
	 * both creates incidents and merges reports into stored ones.
	 */
	private static Path writeArticles(Path folder) throws IOException {
		List<String> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("seeds"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).sorted().toList()) {
				seeds.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		for (int i = 0; i < ARTICLES; i++) {
			String text = seeds.get(i % seeds.size());
			if (i % 3 == 1) {
				text = text.replace("Wednesday", "Thursday").replace("Friday", "Saturday");
			}
			text = text + "\n\nFiled as copy " + i + " of the wire report.\n";
			Files.writeString(folder.resolve("article-%03d.txt".formatted(i)), text, StandardCharsets.UTF_8);
		}
		return folder;
	}

	/**
	 * What a store holds, without its generated ids (which a killed run may skip):
	 * documents by name, each incident with its sources as (document, offsets), and
	 * unresolved mentions.
	 */
	record Snapshot(List<String> documents, List<String> incidents, List<String> unresolved,
			long incidentsWithoutSource, long danglingLinks) {

		static Snapshot of(Path store) {
			SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
					"jdbc:h2:file:" + store.toAbsolutePath(), "sa", "", true);
			try {
				JdbcClient jdbc = JdbcClient.create(dataSource);
				List<String> documents = jdbc.sql("SELECT name || ' ' || content_hash FROM documents ORDER BY name")
					.query(String.class)
					.list();
				List<String> incidents = jdbc.sql("""
						SELECT CONCAT_WS('|', i.event_date, i.date_end, i.event_type, i.sub_event_type, i.place_id,
							i.killed, i.killed_min, i.killed_max, i.wounded, i.summary, i.grade, i.historical,
							i.source_count, i.actor_names,
							(SELECT LISTAGG(d.name || ':' || s.start_offset || '-' || s.end_offset, ',')
								WITHIN GROUP (ORDER BY d.name, s.start_offset)
							 FROM incident_sources s JOIN documents d ON d.id = s.document_id
							 WHERE s.incident_id = i.id))
						FROM incidents i
						""").query(String.class).list().stream().sorted().toList();
				List<String> unresolved = jdbc.sql("""
						SELECT d.name || ':' || u.start_offset || '-' || u.end_offset || ' ' || u.reason
						FROM unresolved_mentions u JOIN documents d ON d.id = u.document_id
						""").query(String.class).list().stream().sorted().toList();
				long withoutSource = jdbc.sql("""
						SELECT COUNT(*) FROM incidents i
						WHERE NOT EXISTS (SELECT 1 FROM incident_sources s WHERE s.incident_id = i.id)
						""").query(Long.class).single();
				long dangling = jdbc.sql("""
						SELECT COUNT(*) FROM incident_sources s
						WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.document_id)
						   OR NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = s.incident_id)
						""").query(Long.class).single();
				return new Snapshot(documents, incidents, unresolved, withoutSource, dangling);
			}
			finally {
				dataSource.destroy();
			}
		}

		List<String> documentNames() {
			return this.documents.stream().map((entry) -> entry.substring(0, entry.indexOf(' '))).toList();
		}

	}

}
