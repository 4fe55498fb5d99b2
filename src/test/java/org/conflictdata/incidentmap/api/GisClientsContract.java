package org.conflictdata.incidentmap.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.ActorRole;
import org.conflictdata.incidentmap.extraction.Attribution;
import org.conflictdata.incidentmap.incident.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's files as real clients read them, never mocked: GDAL's {@code ogrinfo}
 * reads the GeoJSON over HTTP and the CSV download, and every GeoJSON document the API
 * emits passes {@code @placemarkio/check-geojson} (run with node from
 * {@code src/test/js}, installed by {@code npm ci --prefix src/test/js}) and a lon/lat
 * range check. A missing {@code ogrinfo} or {@code node} fails the test.
 */
abstract class GisClientsContract extends ApiTestSupport {

	private static final Pattern FEATURE_COUNT = Pattern.compile("Feature Count: (\\d+)");

	private static final Pattern EXTENT = Pattern
		.compile("Extent: \\(([-\\d.]+), ([-\\d.]+)\\) - \\(([-\\d.]+), ([-\\d.]+)\\)");

	@TempDir
	Path temp;

	@Test
	void shouldLetOgrinfoReadAsManyFeaturesAsTheApiMatches() {
		long matched = ok("/api/incidents?limit=10000").get("numberMatched").asLong();

		String report = run("ogrinfo", "-ro", "-so", "-al", "GeoJSON:" + url("/api/incidents?limit=10000"));

		assertThat(report).contains("Geometry: Point");
		assertThat(featureCount(report)).isEqualTo(matched).isEqualTo(8);
		// West, south, east, north of the fixtures: Albukamal, Baghdad airport, Amerli,
		// K-1.
		Matcher extent = EXTENT.matcher(report);
		assertThat(extent.find()).as(report).isTrue();
		assertThat(Double.parseDouble(extent.group(1))).isEqualTo(40.92);
		assertThat(Double.parseDouble(extent.group(2))).isEqualTo(33.262);
		assertThat(Double.parseDouble(extent.group(3))).isEqualTo(44.59);
		assertThat(Double.parseDouble(extent.group(4))).isEqualTo(35.52);
	}

	@Test
	void shouldLetOgrinfoReadTheGeoJsonDownloadWithTheFilters() {
		String report = run("ogrinfo", "-ro", "-so", "-al",
				"GeoJSON:" + url("/api/incidents.geojson?include_historical=true&bbox=44.0,33.0,60,36&end=2019-12-31"));

		assertThat(featureCount(report)).isEqualTo(4);
	}

	@Test
	void shouldLetOgrinfoReadTheCsvDownloadAsPoints() throws IOException {
		Path csv = download("/api/incidents.csv", "incidents.csv");

		String report = run("ogrinfo", "-ro", "-so", "-al", "-oo", "X_POSSIBLE_NAMES=longitude", "-oo",
				"Y_POSSIBLE_NAMES=latitude", csv.toString());

		assertThat(featureCount(report)).isEqualTo(8);
		assertThat(report).contains("event_id_cnty: String").contains("fatalities: String").contains("source_urls");
	}

	@Test
	void shouldQuoteAndDefuseUntrustedTextSoOgrinfoReadsItBack() throws IOException {
		long doc = this.store.documents().get(0).id();
		Incident nasty = this.store.insert(IncidentFixtures.incident(doc, LocalDate.of(2020, 2, 2),
				IncidentFixtures.SHELLING, "@Madrid", "es-madrid", "=cmd|' /C calc'!A0", -3.7038, 40.4168,
				List.of(new Actor("-Unknown, \"armed\" men", ActorRole.PERPETRATOR, Attribution.SUSPECTED)), null, null,
				"+rockets, \"Katyusha\"\nand mortars", "=HYPERLINK(\"http://evil.example\",\"open\")"));
		Path csv = download("/api/incidents.csv?place_id=es-madrid", "nasty.csv");

		String report = run("ogrinfo", "-ro", "-al", "-oo", "X_POSSIBLE_NAMES=longitude", "-oo",
				"Y_POSSIBLE_NAMES=latitude", csv.toString());

		assertThat(featureCount(report)).isEqualTo(1);
		assertThat(report).contains("location (String) = '@Madrid")
			.contains("admin1 (String) = '=cmd|' /C calc'!A0")
			.contains("notes (String) = '=HYPERLINK(\"http://evil.example\",\"open\")")
			.contains("weapon (String) = '+rockets, \"Katyusha\"\nand mortars")
			.contains("actor1 (String) = '-Unknown, \"armed\" men")
			.contains("longitude (Real) = -3.7038")
			.contains("id (String) = " + nasty.id())
			.contains("POINT (-3.7038 40.4168)");
	}

	@Test
	void shouldEmitOnlyValidGeoJsonWithLonLatInRange() throws IOException {
		List<String> paths = List.of("/api/incidents", "/api/incidents?include_historical=true",
				"/api/incidents?bbox=-10,-10,-5,-5", "/api/incidents/" + id("albukamal"), "/api/incidents.geojson",
				"/api/incidents.geojson?start=2030-01-01", "/api/places", "/api/places?include_historical=true");
		List<String> files = new ArrayList<>();
		files.add(Path.of("src/test/js/check-geojson.mjs").toString());
		for (int i = 0; i < paths.size(); i++) {
			String body = get(paths.get(i)).body();
			assertLonLatInRange(JSON.readTree(body), paths.get(i));
			Path file = this.temp.resolve("emitted-" + i + ".geojson");
			Files.writeString(file, body, StandardCharsets.UTF_8);
			files.add(file.toString());
		}

		List<String> command = new ArrayList<>(List.of("node"));
		command.addAll(files);
		run(command.toArray(String[]::new));
	}

	@Test
	void shouldPutEachIncidentAtItsOwnLonLat() {
		for (JsonNode feature : ok("/api/incidents?include_historical=true").get("features")) {
			Incident incident = this.fixtures.values()
				.stream()
				.filter((candidate) -> candidate.id() == feature.get("id").asLong())
				.findFirst()
				.orElseThrow();
			JsonNode point = feature.get("geometry").get("coordinates");
			assertThat(point.get(0).asDouble()).isEqualTo(incident.longitude());
			assertThat(point.get(1).asDouble()).isEqualTo(incident.latitude());
		}
	}

	private static void assertLonLatInRange(JsonNode document, String path) {
		List<JsonNode> features = new ArrayList<>();
		if ("Feature".equals(document.get("type").asString())) {
			features.add(document);
		}
		else {
			document.get("features").forEach(features::add);
		}
		for (JsonNode feature : features) {
			JsonNode point = feature.get("geometry").get("coordinates");
			assertThat(point.size()).as(path).isEqualTo(2);
			assertThat(point.get(0).asDouble()).as("longitude in %s", path).isBetween(-180.0, 180.0);
			assertThat(point.get(1).asDouble()).as("latitude in %s", path).isBetween(-90.0, 90.0);
		}
	}

	private Path download(String pathAndQuery, String name) throws IOException {
		Path file = this.temp.resolve(name);
		Files.writeString(file, get(pathAndQuery).body(), StandardCharsets.UTF_8);
		return file;
	}

	private static long featureCount(String report) {
		Matcher count = FEATURE_COUNT.matcher(report);
		assertThat(count.find()).as(report).isTrue();
		return Long.parseLong(count.group(1));
	}

	/** Runs a command, failing the test unless it exits 0 within a minute; stdout+err. */
	private static String run(String... command) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		// The server is local: a proxy configured for the build must not be asked for it.
		builder.environment().put("NO_PROXY", "127.0.0.1,localhost");
		builder.environment().put("no_proxy", "127.0.0.1,localhost");
		try {
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
			assertThat(process.exitValue()).as("%s failed:%n%s", String.join(" ", command), output).isZero();
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(command[0] + " could not be started; it must be installed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
