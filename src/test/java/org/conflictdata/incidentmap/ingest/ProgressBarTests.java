package org.conflictdata.incidentmap.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTests {

	@Test
	void shouldDrawTheShareDoneAndTheCount() {
		ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), 4);
		bar.step("a");

		assertThat(bar.line("a.txt")).isEqualTo("[#######.......................] 1/4 a.txt");
	}

	@Test
	void shouldPrintAboutTwentyLinesWhenNotOnATerminal() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ProgressBar bar = new ProgressBar(new PrintStream(out, true, StandardCharsets.UTF_8), 1000);

		for (int i = 0; i < 1000; i++) {
			bar.step("row");
		}

		long lines = out.toString(StandardCharsets.UTF_8).lines().count();
		assertThat(lines).isBetween(19L, 21L);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("1000/1000");
	}

}
