package org.conflictdata.incidentmap.ingest;

import java.io.PrintStream;

/**
 * A one-line text progress bar for the command line: {@code [#####.....] 5/10 name}. On a
 * terminal it redraws in place; elsewhere (a pipe, CI) it prints about twenty lines in
 * all, so logs stay short. A total of zero prints nothing.
 */
public final class ProgressBar {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final long total;

	private final boolean terminal;

	private long done;

	private long lastPrinted = -1;

	public ProgressBar(PrintStream out, long total) {
		this.out = out;
		this.total = total;
		this.terminal = System.console() != null;
	}

	/** Counts one more item and redraws. */
	public void step(String label) {
		this.done++;
		if (this.total <= 0) {
			return;
		}
		boolean due = this.terminal || this.done == this.total
				|| this.done * 20 / this.total != this.lastPrinted * 20 / this.total;
		if (due) {
			this.out.print(line(label) + (this.terminal ? "\r" : "\n"));
			this.lastPrinted = this.done;
		}
	}

	/** Ends the bar's line. */
	public void done() {
		if (this.terminal && this.total > 0) {
			this.out.println();
		}
	}

	String line(String label) {
		int filled = (int) (WIDTH * this.done / Math.max(1, this.total));
		String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
		return String.format("[%s] %d/%d %s", bar, this.done, this.total, (label != null) ? label : "");
	}

}
