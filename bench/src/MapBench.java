import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The map in headless Chromium (Debian's /usr/bin/chromium, software rendering, the flags of
 * MapPageTests), against a running service: time from navigation start to the first canvas
 * draw of a view of about 10k incidents (and of everything), and frames per second while
 * the slider animates every incident the service holds. Frames are requestAnimationFrame
 * callbacks counted in the page; draw times are the layer's own, read from #map's
 * data-draw-ms after each draw. Usage: MapBench <base-url> <seconds per animation> <runs>.
 * Prints Markdown tables. It fails (exit 1) when the page reports an error.
 */
public final class MapBench {

	static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync");

	/** Runs before the page's scripts: keeps [time, drawn, draw ms, view] of every draw. */
	static final String RECORDER = """
			window.benchDraws = [];
			document.addEventListener('DOMContentLoaded', () => {
				const map = document.getElementById('map');
				new MutationObserver(() => window.benchDraws.push([performance.now(), Number(map.dataset.drawn),
						Number(map.dataset.drawMs), map.dataset.view]))
					.observe(map, { attributes: true, attributeFilter: ['data-draw-ms'] });
			});
			""";

	/**
	 * Counts animation frames for the given seconds; when `drag` is set, each frame also moves
	 * the slider one day within the last 30 days of the range, as a hand dragging it would.
	 */
	static final String MEASURE = """
			async ([seconds, drag]) => {
				const range = document.getElementById('time-range');
				const max = Number(range.max);
				const frames = [];
				const before = window.benchDraws.length;
				await new Promise((resolve) => {
					const tick = (t) => {
						frames.push(t);
						if (drag) {
							range.value = String(max - (frames.length % 30));
							range.dispatchEvent(new Event('input'));
						}
						if (t - frames[0] < seconds * 1000) {
							requestAnimationFrame(tick);
						}
						else {
							resolve();
						}
					};
					requestAnimationFrame(tick);
				});
				const draws = window.benchDraws.slice(before);
				return { frames, drawn: draws.map((d) => d[1]), ms: draws.map((d) => d[2]) };
			}""";

	private MapBench() {
	}

	public static void main(String[] args) {
		String base = args[0].replaceAll("/$", "");
		double seconds = Double.parseDouble(args[1]);
		int runs = Integer.parseInt(args[2]);
		try (Playwright playwright = Playwright.create();
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
						.setHeadless(true)
						.setArgs(CHROMIUM_ARGS))) {
			System.out.println("Chromium " + browser.version() + ", headless, software rendering, viewport 1280×800, "
					+ "device pixel ratio 1.");
			System.out.println();
			firstRender(browser, base, runs);
			animation(browser, base, seconds);
		}
	}

	static void firstRender(Browser browser, String base, int runs) {
		System.out.println("| view | incidents drawn (layer) | navigation → first draw, ms: p50 (each run) "
				+ "| points (or grid) request sent → answered, ms, p50 |");
		System.out.println("|---|---:|---|---:|");
		for (String[] view : new String[][] { { "type = Violence against civilians, fitted", "#type=Violence+against+civilians" },
				{ "everything, fitted", "" } }) {
			List<Double> times = new ArrayList<>();
			List<Double> sent = new ArrayList<>();
			List<Double> responses = new ArrayList<>();
			int drawn = 0;
			String layer = "";
			for (int run = 0; run < runs; run++) {
				try (BrowserContext context = newContext(browser)) {
					Page page = open(context, base + "/" + view[1]);
					@SuppressWarnings("unchecked")
					List<List<Object>> draws = (List<List<Object>>) page.evaluate("() => window.benchDraws");
					@SuppressWarnings("unchecked")
					List<Number> request = (List<Number>) page.evaluate("""
							() => {
								const e = performance.getEntriesByType('resource')
									.find((r) => r.name.includes('/api/incidents/points') || r.name.includes('/api/incidents/grid'));
								return e ? [e.startTime, e.responseEnd] : [-1, -1];
							}""");
					// A request the resource timeline does not list (-1) is left out of the figures.
					if (request.get(0).doubleValue() >= 0) {
						sent.add(request.get(0).doubleValue());
						responses.add(request.get(1).doubleValue());
					}
					for (List<Object> draw : draws) {
						int count = ((Number) draw.get(1)).intValue();
						if (count > 0) {
							times.add(((Number) draw.get(0)).doubleValue());
							drawn = count;
							layer = String.valueOf(draw.get(3));
							break;
						}
					}
				}
			}
			System.out.printf(Locale.ROOT, "| %s | %,d (%s) | **%.0f** (%s) | %.0f → %.0f |%n", view[0], drawn, layer,
					percentile(times, 50),
					String.join(", ", times.stream().map((t) -> String.format(Locale.ROOT, "%.0f", t)).toList()),
					percentile(sent, 50), percentile(responses, 50));
		}
		System.out.println();
	}

	static void animation(Browser browser, String base, double seconds) {
		System.out.printf(Locale.ROOT, "Animation, %.0f s each, every incident loaded (the view fitted to all):%n%n",
				seconds);
		System.out.println("| animation | incidents loaded | drawn per frame, median | frames/s: mean, worst 1 s "
				+ "| frame interval ms p50 / p99 | layer draw ms p50 / p99 | draws/s |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|");
		try (BrowserContext context = newContext(browser)) {
			Page page = open(context, base + "/");
			String loaded = page.getAttribute("#map", "data-total");
			page.focus("#time-range");
			page.keyboard().press("Home");
			page.selectOption("#speed", "16");
			page.check("#loop");
			page.click("#play-pause");
			report("play, 16 steps/s, cumulative, looping", loaded, measure(page, seconds, false));
			page.click("#play-pause");
			report("slider moved every frame, last 30 days (cumulative)", loaded, measure(page, seconds, true));
			page.selectOption("#time-mode", "window");
			page.selectOption("#window-days", "365");
			page.click("#play-pause");
			report("play, 16 steps/s, 365-day window", loaded, measure(page, seconds, false));
			page.click("#play-pause");
		}
		System.out.println();
	}

	@SuppressWarnings("unchecked")
	static Map<String, List<Number>> measure(Page page, double seconds, boolean drag) {
		return (Map<String, List<Number>>) page.evaluate(MEASURE, List.of(seconds, drag));
	}

	static void report(String name, String loaded, Map<String, List<Number>> result) {
		double[] frames = result.get("frames").stream().mapToDouble(Number::doubleValue).toArray();
		List<Double> intervals = new ArrayList<>();
		for (int i = 1; i < frames.length; i++) {
			intervals.add(frames[i] - frames[i - 1]);
		}
		double duration = (frames[frames.length - 1] - frames[0]) / 1000;
		int worst = Integer.MAX_VALUE;
		for (double start = frames[0]; start + 1000 <= frames[frames.length - 1]; start += 1000) {
			final double from = start;
			worst = Math.min(worst, (int) Arrays.stream(frames).filter((t) -> t >= from && t < from + 1000).count());
		}
		List<Double> ms = result.get("ms").stream().map(Number::doubleValue).toList();
		List<Double> drawn = result.get("drawn").stream().map(Number::doubleValue).toList();
		System.out.printf(Locale.ROOT, "| %s | %s | %,.0f | **%.1f**, %d | %.1f / %.1f | %.1f / %.1f | %.1f |%n", name,
				loaded, percentile(drawn, 50), (frames.length - 1) / duration, worst, percentile(intervals, 50),
				percentile(intervals, 99), percentile(ms, 50), percentile(ms, 99), ms.size() / duration);
	}

	static BrowserContext newContext(Browser browser) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
		context.addInitScript(RECORDER);
		return context;
	}

	static Page open(BrowserContext context, String url) {
		Page page = context.newPage();
		List<String> problems = new ArrayList<>();
		page.onPageError(problems::add);
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				problems.add(message.text());
			}
		});
		page.setDefaultTimeout(120_000);
		page.navigate(url);
		page.waitForSelector("#map[data-state=ready]");
		if (!problems.isEmpty()) {
			System.err.println("The page reported: " + problems);
			System.exit(1);
		}
		return page;
	}

	static double percentile(List<Double> values, int p) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

}
