package org.conflictdata.incidentmap.ingest;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.conflictdata.incidentmap.incident.BulkLoader;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.SyntheticIncidents;
import org.conflictdata.incidentmap.incident.SyntheticPlaces;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar incident-map.jar generate --count N [--seed S] [--batch B]}: loads N
 * synthetic incidents (see {@link SyntheticIncidents}) into the configured store with the
 * {@link BulkLoader}, showing a progress bar on standard error and the load rate on
 * standard output. Options may be written {@code --count N} or {@code --count=N}; Spring
 * properties ({@code --name.with.dots=...}) are left to Spring. A missing, malformed or
 * non-positive count, or an unknown option, is a usage error (status 2); a database error
 * is reported in words (status 1).
 */
@Component
@ConditionalOnProperty(name = "incident-map.command", havingValue = "generate")
class GenerateCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String USAGE = "usage: java -jar incident-map.jar generate --count N [--seed S] [--batch B]";

	private static final int BAR_WIDTH = 30;

	private final DataSource dataSource;

	private final JsonMapper mapper;

	private int exitCode;

	GenerateCommand(DataSource dataSource, JsonMapper mapper) {
		this.dataSource = dataSource;
		this.mapper = mapper;
	}

	@Override
	public void run(ApplicationArguments args) {
		PrintStream err = System.err;
		Options options;
		try {
			options = Options.parse(args.getSourceArgs());
		}
		catch (IllegalArgumentException ex) {
			err.println("error: " + ex.getMessage());
			err.println(USAGE);
			this.exitCode = 2;
			return;
		}
		SyntheticIncidents generator = new SyntheticIncidents(SyntheticPlaces.load(), options.seed());
		Iterator<Incident> incidents = Stream.generate(generator::next).limit(options.count()).iterator();
		long started = System.nanoTime();
		try {
			long loaded = new BulkLoader(this.dataSource, this.mapper).load(incidents, options.batch(),
					(done) -> err.print("\r" + bar(done, options.count(), System.nanoTime() - started)));
			double seconds = (System.nanoTime() - started) / 1e9;
			err.println();
			System.out.printf(Locale.ROOT, "loaded %d synthetic incidents (seed %d) in %.1f s: %.0f rows/s%n", loaded,
					options.seed(), seconds, loaded / seconds);
		}
		catch (SQLException | RuntimeException ex) {
			err.println();
			err.println("error: loading stopped: " + ex.getMessage());
			this.exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/** {@code [#####.....] 500000/1000000 123456 rows/s}. */
	static String bar(long done, long total, long elapsedNanos) {
		int filled = (total > 0) ? (int) (BAR_WIDTH * Math.min(done, total) / total) : BAR_WIDTH;
		long rate = (elapsedNanos > 0) ? Math.round(done / (elapsedNanos / 1e9)) : 0;
		return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total + " " + rate
				+ " rows/s";
	}

	record Options(long count, long seed, int batch) {

		static Options parse(String[] args) {
			Long count = null;
			long seed = 1;
			int batch = 0;
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("generate") || (arg.startsWith("--") && arg.contains("."))) {
					continue;
				}
				String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
				String value;
				if (arg.contains("=")) {
					value = arg.substring(arg.indexOf('=') + 1);
				}
				else if (i + 1 < args.length) {
					value = args[++i];
				}
				else {
					throw new IllegalArgumentException(name + " needs a value");
				}
				switch (name) {
					case "--count" -> count = number(name, value, 1);
					case "--seed" -> seed = number(name, value, Long.MIN_VALUE);
					case "--batch" -> batch = (int) Math.min(Integer.MAX_VALUE, number(name, value, 1));
					default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
				}
			}
			if (count == null) {
				throw new IllegalArgumentException("--count is required");
			}
			return new Options(count, seed, batch);
		}

		private static long number(String name, String text, long min) {
			long value;
			try {
				value = Long.parseLong(text.trim().replace("_", ""));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(name + " '" + text + "' is not a whole number");
			}
			if (value < min) {
				throw new IllegalArgumentException(name + " must be at least " + min + " but was " + value);
			}
			return value;
		}

	}

}
