package org.conflictdata.incidentmap.map;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.conflictdata.incidentmap.TestDatabases;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map page in a real headless Chromium, served by the real application with the
 * strict Content-Security-Policy, over incidents the tests store themselves (see
 * {@link MapPageIncidents}) so that each assertion knows what should be drawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:map-page-tests;DB_CLOSE_DELAY=-1", "incident-map.seeds=" })
class MapPageTests {

	private static Playwright playwright;

	private static Browser browser;

	private final int port;

	private final IncidentStore store;

	private final DataSource dataSource;

	private final List<String> problems = new ArrayList<>();

	private BrowserContext context;

	private MapPageIncidents incidents;

	@Autowired
	MapPageTests(@LocalServerPort int port, IncidentStore store, DataSource dataSource) {
		this.port = port;
		this.store = store;
		this.dataSource = dataSource;
	}

	@BeforeAll
	static void launchBrowser() {
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void closeBrowser() {
		browser.close();
		playwright.close();
	}

	@BeforeEach
	void storeIncidents() {
		TestDatabases.empty(this.dataSource);
		this.incidents = MapPageIncidents.store(this.store);
	}

	@AfterEach
	void closeContextAndCheckForProblems() {
		if (this.context != null) {
			this.context.close();
		}
		assertThat(this.problems).as("script errors, policy violations, failed requests, dialogs").isEmpty();
	}

	@Test
	void shouldDrawEveryCurrentIncidentTheApiReturnsAndHideHistoricalOnes() {
		Page page = open(1280, 800, "");

		Object apiCurrent = page.evaluate("""
				async () => (await (await fetch('api/incidents?limit=10000&include_historical=true')).json())
					.features.filter((f) => !f.properties.historical).length""");

		assertThat(page.getAttribute("#map", "data-drawn")).isEqualTo(String.valueOf(apiCurrent))
			.isEqualTo(String.valueOf(this.incidents.current()));
		assertThat(page.textContent("#incident-count"))
			.isEqualTo(this.incidents.current() + " of " + this.incidents.all() + " incidents");
		page.check("#filter-historical");
		assertThat(page.getAttribute("#map", "data-drawn")).isEqualTo(String.valueOf(this.incidents.all()));
		screenshot(page, "desktop");
	}

	@Test
	void shouldChangeWhatIsShownAndTheLinkWhenTheSliderMovesOrPlays() {
		Page page = open(1280, 800, "");
		String drawnAtEnd = page.getAttribute("#map", "data-drawn");
		String linkAtEnd = (String) page.evaluate("() => location.hash");

		page.focus("#time-range");
		page.keyboard().press("Home");
		page.waitForFunction("(before) => location.hash !== before", linkAtEnd);

		assertThat(page.getAttribute("#map", "data-drawn")).isNotEqualTo(drawnAtEnd);
		String dateAtStart = page.textContent("#current-date");
		page.click("#play-pause");
		page.waitForFunction("(before) => document.querySelector('#current-date').textContent !== before", dateAtStart);
		assertThat(page.getAttribute("#play-pause", "aria-pressed")).isEqualTo("true");
		screenshot(page, "playing");
		page.click("#play-pause");
		assertThat((String) page.evaluate("() => location.hash")).isNotEqualTo(linkAtEnd);
	}

	@Test
	void shouldDrawTheOfflineBasemapWithoutTheTileServer() {
		Page page = open(1280, 800, "");

		page.waitForFunction("() => document.querySelectorAll('.basemap-pane path').length > 30");
		page.waitForSelector(".city-label >> text=Baghdad");
		assertThat(page.locator(".leaflet-tile").count()).isZero();
	}

	@Test
	void shouldShowQuotesAsTextAndLinkOnlyHttpSources() {
		Page page = open(1280, 800, "#id=" + this.incidents.k1().id());

		assertThat(page.isVisible("#details")).isTrue();
		String text = page.textContent("#details");
		assertThat(text).contains("27 Dec 2019", "K-1 Air Base", "Kataib Hezbollah", "suspected", "4 (2–6)",
				"<img src=x onerror=alert(1)> Rockets hit the K-1 base.", "javascript:alert(1)");
		assertThat(page.locator("#details img").count()).isZero();
		assertThat(page.locator("#details a[href^='javascript']").count()).isZero();
		assertThat(page.getAttribute("#details a.source-link", "href")).isEqualTo("https://example.org/k1");
		assertThat(page.getAttribute("#details a.source-link", "rel")).isEqualTo("noopener noreferrer");
	}

	@Test
	void shouldPrintImpreciseDatesAtTheirPrecision() {
		Page page = open(1280, 800, "#id=" + this.incidents.amerli().id());

		assertThat(page.textContent("#details")).contains("June 2018");
	}

	@Test
	void shouldRestoreTimeWindowAndFiltersFromALink() {
		Page page = open(1280, 800, "#t=2019-12-29&mode=window&w=7&q=k-1");

		assertThat(page.inputValue("#filter-q")).isEqualTo("k-1");
		assertThat(page.inputValue("#time-mode")).isEqualTo("window");
		assertThat(page.inputValue("#window-days")).isEqualTo("7");
		assertThat(page.textContent("#current-date")).isEqualTo("23 Dec 2019 – 29 Dec 2019");
		assertThat(page.getAttribute("#map", "data-drawn")).isEqualTo("1");
		page.waitForFunction("() => location.hash.includes('t=2019-12-29')");
	}

	@Test
	void shouldCarryTheTypeFilterIntoTheLinkAndTheDownloads() {
		Page page = open(1280, 800, "#lat=34.4&lon=41.0&z=9");

		page.selectOption("#filter-type", "sub:Air/drone strike");
		page.waitForFunction("() => location.hash.includes('sub=Air%2Fdrone+strike')");
		page.waitForSelector("#map[data-state=ready]");

		assertThat(page.getAttribute("#map", "data-drawn")).isEqualTo("2");
		assertThat(page.getAttribute("#download-csv", "href"))
			.contains("sub_event_type=Air%2Fdrone+strike", "start=2018-06-01", "end=2020-01-08")
			.startsWith("api/incidents.csv?");
		assertThat(page.getAttribute("#download-geojson", "href")).startsWith("api/incidents.geojson?");
		Object downloaded = page.evaluate("""
				async () => (await (await fetch(document.getElementById('download-geojson').href)).json())
					.features.map((f) => f.properties.place).sort().join(', ')""");
		assertThat(downloaded).isEqualTo("Al-Qa'im, Albukamal");
	}

	@Test
	void shouldListIncidentsThatShareAPlace() {
		Page page = open(1280, 800, "#lat=33.8000&lon=42.4400&z=10");
		BoundingBox map = page.locator("#map").boundingBox();

		page.mouse().click(map.x + map.width / 2, map.y + map.height / 2);

		assertThat(page.locator("[data-testid=place-list] button").count()).isEqualTo(2);
		assertThat(page.locator("[data-testid=place-list] button").allTextContents())
			.allMatch((text) -> text.contains("— Ain al-Asad"));
		page.locator("[data-testid=place-list] button").first().click();
		// The details are fetched when an incident is chosen.
		page.waitForSelector("#details", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
		assertThat(page.isVisible("#details")).isTrue();
		page.waitForFunction("() => location.hash.includes('id=')");
	}

	@Test
	void shouldOpenAnIncidentFromTheKeyboardList() {
		Page page = open(1280, 800, "");
		page.waitForFunction(
				"() => document.querySelectorAll('#incident-list button').length === " + this.incidents.current());

		assertThat(page.textContent("#incident-list button[data-id='" + this.incidents.k1().id() + "']"))
			.isEqualTo("Shelling/artillery/missile attack, 27 Dec 2019 — K-1 Air Base: 1 killed, 4 wounded");
		assertThat(page.textContent("#incident-list button[data-id='" + this.incidents.amerli().id() + "']"))
			.isEqualTo("Attack, June 2018 — Amerli: 3 killed");
		page.focus("#incident-list button[data-id='" + this.incidents.k1().id() + "']");
		page.keyboard().press("Enter");
		page.waitForSelector("#details[data-incident-id='" + this.incidents.k1().id() + "']");

		assertThat(page.textContent("#details-title")).isEqualTo("Shelling/artillery/missile attack");
		assertThat(page.getAttribute("#details", "data-incident-id"))
			.isEqualTo(String.valueOf(this.incidents.k1().id()));
		page.keyboard().press("Escape");
		assertThat(page.isHidden("#details")).isTrue();
	}

	@Test
	void shouldPlayAndPauseWithTheSpaceKey() {
		Page page = open(1280, 800, "");

		page.focus("#time-range");
		page.keyboard().press(" ");
		assertThat(page.getAttribute("#play-pause", "aria-pressed")).isEqualTo("true");
		page.keyboard().press(" ");
		assertThat(page.getAttribute("#play-pause", "aria-pressed")).isEqualTo("false");
		page.keyboard().press("Home");
		assertThat(page.textContent("#current-date")).isEqualTo("up to 1 Jun 2018");
	}

	@Test
	void shouldOpenTheIncidentUnderAClickOnTheCanvas() {
		Page page = open(1280, 800, "#lat=35.5142&lon=44.2813&z=10");
		BoundingBox map = page.locator("#map").boundingBox();

		page.mouse().click(map.x + map.width / 2, map.y + map.height / 2);

		page.waitForSelector("#details[data-incident-id='" + this.incidents.k1().id() + "']");
		assertThat(page.textContent("#details")).contains("K-1 Air Base", "27 Dec 2019");
		page.waitForFunction("() => location.hash.includes('id=" + this.incidents.k1().id() + "')");
	}

	@Test
	void shouldShowDateTypeAndPlaceWhenTheMouseRestsOnAMarker() {
		Page page = open(1280, 800, "#lat=35.5142&lon=44.2813&z=10");
		BoundingBox map = page.locator("#map").boundingBox();
		String tooltip = "[data-testid=point-tooltip]";

		page.mouse().move(map.x + map.width / 2 + 2, map.y + map.height / 2 + 1);
		page.waitForSelector(tooltip);

		assertThat(page.locator(tooltip + " > *").allTextContents()).containsExactly("27 Dec 2019",
				"Shelling/artillery/missile attack", "K-1 Air Base");
		screenshot(page, "tooltip");
		page.mouse().move(map.x + 40, map.y + map.height - 40);
		page.waitForSelector(tooltip, new Page.WaitForSelectorOptions().setState(WaitForSelectorState.HIDDEN));
	}

	@Test
	void shouldGrowTheDrawnCountStepByStepWhilePlaying() {
		Page page = open(1280, 800, "");
		page.focus("#time-range");
		page.keyboard().press("Home");
		assertThat(page.getAttribute("#map", "data-drawn")).isEqualTo("1");
		page.evaluate(
				"""
						() => {
							window.drawnCounts = [];
							new MutationObserver(() => window.drawnCounts.push(Number(document.querySelector('#map').dataset.drawn)))
								.observe(document.querySelector('#map'), { attributes: true, attributeFilter: ['data-drawn'] });
						}""");

		page.selectOption("#speed", "16");
		page.click("#play-pause");
		// Without loop, playing stops by itself on the last day.
		page.waitForFunction("() => document.querySelector('#play-pause').getAttribute('aria-pressed') === 'false'");

		@SuppressWarnings("unchecked")
		List<Number> counts = (List<Number>) page.evaluate("() => window.drawnCounts");
		assertThat(counts).isNotEmpty().isSortedAccordingTo((a, b) -> Integer.compare(a.intValue(), b.intValue()));
		assertThat(counts).anyMatch((n) -> n.intValue() > 1 && n.intValue() < this.incidents.current());
		assertThat(counts.get(counts.size() - 1).intValue()).isEqualTo(this.incidents.current());
	}

	@Test
	void shouldDrawTheGridWhenMoreIncidentsMatchThanThePageLoadsOneByOne() {
		Page page = open(1280, 800, "?points_limit=3");

		assertThat(page.getAttribute("#map", "data-view")).isEqualTo("grid");
		assertThat(page.textContent("#incident-count"))
			.isEqualTo(this.incidents.current() + " incidents — zoom in to see each");
		assertThat(page.getAttribute("#map", "data-drawn")).isEqualTo(String.valueOf(this.incidents.current()));
		page.focus("#time-range");
		page.keyboard().press("Home");
		assertThat(page.getAttribute("#map", "data-drawn")).isEqualTo("1");
		screenshot(page, "grid");

		page.navigate("http://localhost:" + this.port + "/?points_limit=3#lat=33.8000&lon=42.4400&z=12");
		page.waitForSelector("#map[data-state=ready]");
		assertThat(page.getAttribute("#map", "data-view")).isEqualTo("points");
		assertThat(page.getAttribute("#map", "data-drawn")).isEqualTo("2");
	}

	@Test
	void shouldFoldPanelsAwayOnAPhone() {
		Page page = open(390, 844, "");

		assertThat(page.isVisible("#filters-panel")).isFalse();
		assertThat(page.isVisible("#time-slider")).isTrue();
		page.click("#filters-toggle");
		assertThat(page.isVisible("#filters-panel")).isTrue();
		assertThat(page.getAttribute("#filters-toggle", "aria-expanded")).isEqualTo("true");
		screenshot(page, "phone");
	}

	/** Keeps a picture of the page as a test artifact, in target/screenshots. */
	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
	}

	private Page open(int width, int height, String hash) {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
		Page page = this.context.newPage();
		// Script errors, policy violations and failed requests (API, basemap) all count.
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.problems.add(message.text());
			}
		});
		page.onResponse((response) -> {
			if (response.status() >= 400) {
				this.problems.add(response.status() + " " + response.url());
			}
		});
		page.onPageError((error) -> this.problems.add(error));
		page.onDialog((dialog) -> {
			this.problems.add("dialog: " + dialog.message());
			dialog.dismiss();
		});
		page.navigate("http://localhost:" + this.port + "/" + hash);
		page.waitForSelector("#map[data-state=ready]");
		return page;
	}

}
