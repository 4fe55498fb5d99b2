package org.conflictdata.incidentmap.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The column spool: values come back in order as JSON arrays, whole numbers of every sign
 * and size and decimals without exponents, from memory or, past the buffer, from a
 * temporary file that closing deletes.
 */
class ColumnSpoolTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void shouldWriteEachColumnAsAnArrayInTheOrderNamed() throws IOException {
		try (ColumnSpool spool = new ColumnSpool("a", "b")) {
			spool.add(0, 0);
			spool.add(1, new BigDecimal("4E+1"));
			spool.endRow();
			spool.add(0, -7);
			spool.add(1, new BigDecimal("-0.00120"));
			spool.endRow();
			spool.add(0, Long.MIN_VALUE);
			spool.add(1, new BigDecimal("44.28"));
			spool.endRow();
			spool.add(0, Long.MAX_VALUE);
			spool.add(1, BigDecimal.ONE);
			spool.endRow();

			assertThat(spool.rows()).isEqualTo(4);
			assertThat(document(spool)).isEqualTo("{\"rows\":4,\"a\":[0,-7," + Long.MIN_VALUE + "," + Long.MAX_VALUE
					+ "],\"b\":[40,-0.00120,44.28,1]}");
		}
	}

	@Test
	void shouldWriteEmptyArraysForNoRows() throws IOException {
		try (ColumnSpool spool = new ColumnSpool("a", "b")) {
			assertThat(document(spool)).isEqualTo("{\"rows\":0,\"a\":[],\"b\":[]}");
		}
	}

	@Test
	void shouldSpillALongColumnToATemporaryFileAndDeleteItOnClose() throws IOException {
		Set<Path> before = spoolFiles();
		int count = 3 * ColumnSpool.BUFFER_BYTES / 7;
		ColumnSpool spool = new ColumnSpool("n", "short");
		for (int i = 0; i < count; i++) {
			spool.add(0, 1_000_000L + i);
			if (i < 3) {
				spool.add(1, i);
			}
			spool.endRow();
		}
		Set<Path> created = spoolFiles();
		created.removeAll(before);

		JsonNode body = JSON.readTree(document(spool));
		spool.close();
		spool.close();

		assertThat(created).hasSize(1);
		assertThat(created).noneMatch(Files::exists);
		assertThat(body.get("n").size()).isEqualTo(count);
		for (int i = 0; i < count; i++) {
			assertThat(body.get("n").get(i).asLong()).isEqualTo(1_000_000L + i);
		}
		assertThat(body.get("short").valueStream().map(JsonNode::asInt)).containsExactly(0, 1, 2);
	}

	private static String document(ColumnSpool spool) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(("{\"rows\":" + spool.rows()).getBytes(StandardCharsets.US_ASCII));
		spool.writeTo(out);
		out.write('}');
		return out.toString(StandardCharsets.US_ASCII);
	}

	private static Set<Path> spoolFiles() throws IOException {
		Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
		try (Stream<Path> files = Files.list(tmp)) {
			List<Path> spooled = files
				.filter((file) -> file.getFileName().toString().startsWith("incident-map-")
						&& file.getFileName().toString().endsWith(".column"))
				.toList();
			return new HashSet<>(spooled);
		}
	}

}
