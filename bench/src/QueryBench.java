import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of bbox + time queries: through the service's HTTP API and as the same SQL over
 * bare JDBC (every column read, no JSON), so the ratio shows what the web layer costs.
 * The SQL reads {@code limit + 1} rows, as the service does to tell whether a next page
 * follows; the service asks for no count.
 * Usage: QueryBench <base-url or -> <jdbc-url> <user> <password> <requests>. With "-" as
 * base URL only the SQL side runs (used for the H2GIS vs PostGIS comparison), with the
 * date window shifted by up to 29 days from run to run; "rows" is then the last run's.
 * An optional sixth argument, the service's process id, adds the CPU time the service
 * spent per HTTP request (from /proc, warm-up included): unlike wall-clock time, it does
 * not grow when other processes load the machine.
 */
public final class QueryBench {

	static final String SQL = """
			SELECT id, event_date, date_end, date_precision, time_precision, event_type, sub_event_type, place,
			place_id, geo_precision, location_precision, country, admin1, killed, killed_min, killed_max, wounded,
			wounded_min, wounded_max, weapon, summary, grade, historical, source_count, actor_names, actors_json,
			sources_json, explanation_json, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM incidents i WHERE 1 = 1
			AND i.date_end >= ? AND i.event_date <= ?
			AND i.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND i.historical = FALSE ORDER BY i.event_date, i.id LIMIT ? OFFSET 0""";

	record Scenario(String name, String start, String end, double[] bbox) {
	}

	static final Scenario[] SCENARIOS = {
			new Scenario("bbox+time ~1k", "2017-03-01", "2017-04-15", new double[] { 44.0, 33.1, 44.6, 33.6 }),
			new Scenario("bbox+time ~10k", "2016-01-01", "2016-05-15", new double[] { 42.5, 32.5, 45.5, 35.0 }) };

	static final int WARM_UP = 20;

	/** The page size asked for over HTTP; the SQL reads one row more, as the service does. */
	static final int LIMIT = 10000;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int requests = Integer.parseInt(args[4]);
		String servicePid = (args.length > 5) ? args[5] : null;
		HttpClient http = HttpClient.newHttpClient();
		try (Connection connection = DriverManager.getConnection(args[1], args[2], args[3])) {
			if (args[1].startsWith("jdbc:postgresql:")) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("SET plan_cache_mode TO force_custom_plan");
				}
			}
			String cpuColumn = (servicePid != null) ? " service CPU ms per request |" : "";
			System.out.println("| query | rows (SQL) | rows (HTTP) | HTTP p50 ms | HTTP p99 ms | SQL p50 ms | SQL p99 ms | HTTP/SQL p50 | HTTP/SQL p99 | MB per response |" + cpuColumn);
			System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + ((servicePid != null) ? "---:|" : ""));
			for (Scenario scenario : SCENARIOS) {
				int[] rows = new int[1];
				int[] run = new int[1];
				// SQL-only runs (H2GIS vs PostGIS) shift the window a day per run, cycling over 30
				// days: H2 hands back its previous result for an unchanged query and parameters.
				int shift = base.equals("-") ? 30 : 1;
				double[] sql = time(requests, () -> rows[0] = runSql(connection, scenario, run[0]++ % shift));
				if (base.equals("-")) {
					System.out.printf(Locale.ROOT, "| %s | %d | - | - | - | %.1f | %.1f | - | - | - |%n", scenario.name(),
							rows[0], pct(sql, 50), pct(sql, 99));
					continue;
				}
				String url = base + "/api/incidents?limit=" + LIMIT + "&start=" + scenario.start() + "&end=" + scenario.end()
						+ "&bbox=" + scenario.bbox()[0] + "," + scenario.bbox()[1] + "," + scenario.bbox()[2] + ","
						+ scenario.bbox()[3];
				HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
				long[] bytes = new long[1];
				String[] returned = { "?" };
				Action once = () -> {
					HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
					if (response.statusCode() != 200) {
						throw new IllegalStateException(url + " gave HTTP " + response.statusCode());
					}
					bytes[0] = response.body().length;
					// numberReturned comes before the features (older builds) or after them
					int length = response.body().length;
					String ends = new String(response.body(), 0, Math.min(400, length), StandardCharsets.UTF_8) + "\n"
							+ new String(response.body(), Math.max(0, length - 4000), Math.min(4000, length),
									StandardCharsets.UTF_8);
					Matcher m = Pattern.compile("\"numberReturned\"\\s*:\\s*(\\d+)").matcher(ends);
					returned[0] = m.find() ? m.group(1) : "?";
				};
				once.run();
				if (!returned[0].equals(Integer.toString(Math.min(rows[0], LIMIT)))) {
					// Timing an endpoint that ignores the filters would compare different work.
					System.out.printf(Locale.ROOT, "| %s | %d | %s | not timed: /api/incidents did not apply bbox/start/end (numberReturned %s) | | %.1f | %.1f | | | %.2f |%n",
							scenario.name(), rows[0], returned[0], returned[0], pct(sql, 50), pct(sql, 99), bytes[0] / 1e6);
					continue;
				}
				long cpuBefore = cpuMillis(servicePid);
				double[] web = time(requests, once);
				String cpu = (servicePid != null) ? String.format(Locale.ROOT, " %.1f |",
						(cpuMillis(servicePid) - cpuBefore) / (double) (requests + WARM_UP)) : "";
				System.out.printf(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |%s%n",
						scenario.name(), rows[0], returned[0], pct(web, 50), pct(web, 99), pct(sql, 50), pct(sql, 99),
						pct(web, 50) / pct(sql, 50), pct(web, 99) / pct(sql, 99), bytes[0] / 1e6, cpu);
			}
		}
	}

	/**
	 * User + system CPU time of a process so far, from /proc/PID/stat (clock ticks of
	 * 10 ms, the kernel's USER_HZ of 100 on Linux); 0 without a pid.
	 */
	static long cpuMillis(String pid) throws java.io.IOException {
		if (pid == null) {
			return 0;
		}
		String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
		// Fields after the command name in parentheses, which may itself hold spaces.
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
	}

	interface Action {

		void run() throws Exception;

	}

	static double[] time(int n, Action action) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			action.run();
		}
		double[] millis = new double[n];
		for (int i = 0; i < n; i++) {
			long started = System.nanoTime();
			action.run();
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	static double pct(double[] sorted, int p) {
		int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
	}

	static int runSql(Connection connection, Scenario scenario, int shiftDays) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(SQL)) {
			statement.setDate(1, Date.valueOf(LocalDate.parse(scenario.start()).plusDays(shiftDays)));
			statement.setDate(2, Date.valueOf(LocalDate.parse(scenario.end()).plusDays(shiftDays)));
			for (int i = 0; i < 4; i++) {
				statement.setDouble(3 + i, scenario.bbox()[i]);
			}
			statement.setInt(7, LIMIT + 1);
			statement.setFetchSize(2000);
			int rows = 0;
			try (ResultSet rs = statement.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					for (int c = 1; c <= columns; c++) {
						rs.getObject(c);
					}
					rows++;
				}
			}
			return rows;
		}
	}

}
