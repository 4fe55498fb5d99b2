package org.conflictdata.incidentmap.incident;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.conflictdata.incidentmap.TestDatabases;
import org.conflictdata.incidentmap.extraction.Count;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store opens again after its process dies in the middle of a write, with
 * every committed incident and none of the uncommitted ones. A JVM of its own writes and
 * then halts without closing anything, as {@code kill -9} would. H2 2.4 could not reopen
 * such a store while it had a SPATIAL index (db/migration/h2/V2).
 */
class EmbeddedStoreCrashTests {

	private static final int COMMITTED = 150;

	private static final int UNCOMMITTED = 6_000;

	private static final int HALTED = 137;

	@TempDir
	Path work;

	@Test
	void shouldReopenWithTheCommittedIncidentsAfterDyingMidTransaction() throws Exception {
		Path store = this.work.resolve("store");
		Path log = this.work.resolve("writer.log");
		Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), Writer.class.getName(), store.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		assertThat(writer.waitFor(3, TimeUnit.MINUTES)).as("the writer finished").isTrue();
		assertThat(writer.exitValue()).as(Files.readString(log)).isEqualTo(HALTED);

		DataSource reopened = TestDatabases.h2gisFile(store);
		IncidentStore incidents = new IncidentStore(JdbcClient.create(reopened), JsonMapper.builder().build());
		assertThat(incidents.count(IncidentQuery.all())).isEqualTo(COMMITTED);
		assertThat(incidents.find(IncidentQuery.all())).extracting(Incident::placeId)
			.allMatch((id) -> id.startsWith("a-"));
		assertThat(incidents.documents()).extracting(StoredDocument::name).containsExactly("a.txt");
	}

	/**
	 * Stores a document with {@link #COMMITTED} incidents linked to it and commits, as
	 * one ingested article; stores another document and {@link #UNCOMMITTED} incidents,
	 * not yet linked, in an open transaction; waits until H2's background writer has put
	 * that transaction's pages on disk, and halts. (Without the links, the last pages
	 * written are the incidents table's own: the case H2 2.4 could not roll back over an
	 * R-tree.)
	 */
	static final class Writer {

		public static void main(String[] args) throws Exception {
			Connection connection = DriverManager.getConnection("jdbc:h2:file:" + Path.of(args[0]).toAbsolutePath(),
					"sa", "");
			TestDatabases.h2gisFile(Path.of(args[0]));
			connection.setAutoCommit(false);
			IncidentStore store = new IncidentStore(JdbcClient.create(new SingleConnectionDataSource(connection, true)),
					JsonMapper.builder().build());
			article(store, "a", COMMITTED, true);
			connection.commit();
			article(store, "b", UNCOMMITTED, false);
			Thread.sleep(3_000);
			Runtime.getRuntime().halt(HALTED);
		}

		private static void article(IncidentStore store, String hash, int incidents, boolean linked) {
			long document = store
				.insertDocument(new StoredDocument(null, hash.repeat(64), hash + ".txt", "Rocket attacks", null,
						LocalDate.of(2020, 3, 1), "metadata", "Rockets hit bases across Iraq."))
				.id();
			for (int i = 0; i < incidents; i++) {
				store.insert(new Incident(null, LocalDate.of(2020, 1, 1).plusDays(i % 300),
						LocalDate.of(2020, 1, 1).plusDays(i % 300), "day", 1, "Explosions/Remote violence",
						"Shelling/artillery/missile attack", "Place " + hash + i, hash + "-" + i, 1, "exact place",
						"Iraq", null, 39.0 + (i % 97) * 0.1, 29.5 + (i % 89) * 0.08, List.of(), Count.exactly(i % 5),
						null, null, "Rockets hit a base", "single source", false, Map.of(), linked
								? List.of(new Source(document, hash + ".txt", "Rocket attacks", null,
										LocalDate.of(2020, 3, 1), "Rockets hit bases across Iraq.", 0, 30))
								: List.of()));
			}
		}

	}

}
