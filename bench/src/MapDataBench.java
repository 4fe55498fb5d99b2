import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * What the map's two compact endpoints cost: /api/incidents/points at about 100k and at
 * a million incidents, and /api/incidents/grid over every incident at zoomed-out cells
 * and filtered by a window, a box and a type, each read whole through HTTP without and with gzip, against a page of full GeoJSON
 * (/api/incidents) for the bytes a point costs there. Prints a Markdown table: median
 * milliseconds to the last byte, megabytes on the wire, bytes per row.
 * Usage: MapDataBench <base-url> <runs> [path-part], path-part keeping only the requests
 * whose path contains it.
 */
public final class MapDataBench {

	record Case(String name, String path, int runs) {
	}

	private static final Pattern RETURNED = Pattern.compile("\"numberReturned\":(\\d+)");

	private static final int WARM_UP = 2;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int runs = Integer.parseInt(args[1]);
		Case[] cases = { new Case("GeoJSON page, for comparison", "/api/incidents?limit=10000", runs),
				new Case("points, first 100k (truncated)", "/api/incidents/points?limit=100000", runs),
				new Case("points, one year (2020)", "/api/incidents/points?start=2020-01-01&end=2020-12-31", runs),
				new Case("points, bbox Baghdad region, all years",
						"/api/incidents/points?bbox=43.5,32.5,45.5,34.5", runs),
				new Case("points, every incident (limit 1000000)", "/api/incidents/points?limit=1000000",
						Math.max(1, runs / 3)),
				new Case("grid, every incident, cell 1, year", "/api/incidents/grid?cell=1&bin=year", runs),
				new Case("grid, every incident, cell 0.5, month", "/api/incidents/grid?cell=0.5&bin=month", runs),
				new Case("grid, every incident, cell 0.1, week", "/api/incidents/grid?cell=0.1&bin=week",
						Math.max(1, runs / 3)),
				new Case("grid, one year (2020), cell 0.5, month",
						"/api/incidents/grid?cell=0.5&bin=month&start=2020-01-01&end=2020-12-31", runs),
				new Case("grid, 14 days, cell 0.1, day", "/api/incidents/grid?cell=0.1&bin=day&start=2020-06-01&end=2020-06-14",
						runs),
				new Case("grid, bbox Baghdad region, cell 0.1, month",
						"/api/incidents/grid?cell=0.1&bin=month&bbox=43.5,32.5,45.5,34.5", runs),
				new Case("grid, bbox and 2020, cell 0.1, week",
						"/api/incidents/grid?cell=0.1&bin=week&bbox=43.5,32.5,45.5,34.5&start=2020-01-01&end=2020-12-31",
						runs),
				new Case("grid, one type, cell 0.5, month", "/api/incidents/grid?cell=0.5&bin=month&sub_event_type=Suicide%20bomb",
						runs),
				new Case("grid, one type and 2020, cell 0.5, month",
						"/api/incidents/grid?cell=0.5&bin=month&sub_event_type=Suicide%20bomb&start=2020-01-01&end=2020-12-31",
						runs) };
		// An optional third argument keeps only the cases whose path contains it (e.g. "grid").
		String only = (args.length > 2) ? args[2] : "";
		HttpClient http = HttpClient.newHttpClient();
		System.out.println("| request | rows | ms raw | MB raw | B/row raw | ms gzip | MB gzip | B/row gzip | raw/gzip bytes |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (Case c : cases) {
			if (!c.path().contains(only)) {
				continue;
			}
			Result raw = measure(http, base + c.path(), false, c.runs());
			Result gzip = measure(http, base + c.path(), true, c.runs());
			if (raw.rows() != gzip.rows()) {
				throw new IllegalStateException(c.path() + ": " + raw.rows() + " rows raw but " + gzip.rows() + " gzipped");
			}
			long rows = raw.rows();
			System.out.printf(Locale.ROOT, "| %s `%s` | %,d | %.0f | %.2f | %.1f | %.0f | %.2f | %.1f | %.1f× |%n",
					c.name(), c.path(), rows, raw.medianMs(), raw.bytes() / 1e6, raw.bytes() / (double) rows,
					gzip.medianMs(), gzip.bytes() / 1e6, gzip.bytes() / (double) rows,
					raw.bytes() / (double) gzip.bytes());
		}
	}

	record Result(double medianMs, long bytes, long rows) {
	}

	private static Result measure(HttpClient http, String url, boolean gzip, int runs) throws Exception {
		double[] ms = new double[runs];
		long bytes = 0;
		long rows = 0;
		for (int i = -WARM_UP; i < runs; i++) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
			if (gzip) {
				request.header("Accept-Encoding", "gzip");
			}
			long start = System.nanoTime();
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			long end = System.nanoTime();
			if (response.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + response.statusCode());
			}
			boolean compressed = response.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
			if (compressed != gzip) {
				throw new IllegalStateException(url + ": asked gzip=" + gzip + ", got Content-Encoding gzip=" + compressed);
			}
			bytes = response.body().length;
			rows = returned(compressed ? gunzipHead(response.body()) : head(response.body()));
			if (i >= 0) {
				ms[i] = (end - start) / 1e6;
			}
		}
		Arrays.sort(ms);
		return new Result(ms[runs / 2], bytes, rows);
	}

	private static long returned(String head) {
		Matcher matcher = RETURNED.matcher(head);
		if (!matcher.find()) {
			throw new IllegalStateException("no numberReturned in " + head);
		}
		return Long.parseLong(matcher.group(1));
	}

	private static String head(byte[] body) {
		return new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
	}

	private static String gunzipHead(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
			return new String(in.readNBytes(200), StandardCharsets.UTF_8);
		}
	}

}
