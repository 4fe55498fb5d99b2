package org.conflictdata.incidentmap.ogc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.TestDatabases;
import org.conflictdata.incidentmap.incident.Incident;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OGC API – Features contract over HTTP, run against H2GIS and PostGIS by the
 * subclasses: capabilities documents, paging, datetime, bbox, errors, and GDAL as a real
 * client. Filters are {@link OgcFilterContract}'s.
 */
abstract class OgcApiContract extends OgcServerSupport {

	@Test
	void shouldLinkTheLandingPageToTheApiConformanceAndCollections() {
		OgcClient.Response landing = this.client.get("/ogc");

		assertThat(landing.status()).isEqualTo(200);
		assertThat(landing.contentType()).startsWith("application/json");
		assertThat(landing.json().get("title").asString()).isNotBlank();
		String base = this.client.origin() + "/ogc";
		assertThat(landing.link("self")).isEqualTo(base);
		assertThat(landing.link("service-desc")).isEqualTo(base + "/api");
		assertThat(landing.link("conformance")).isEqualTo(base + "/conformance");
		assertThat(landing.link("data")).isEqualTo(base + "/collections");
		assertThat(this.client.get("/ogc?f=json").status()).isEqualTo(200);
		assertThat(this.client.get("/ogc", "text/html,application/xhtml+xml,*/*;q=0.8").contentType())
			.as("browsers get the JSON")
			.startsWith("application/json");
	}

	@Test
	void shouldDeclareCoreGeoJsonOpenApiFilterAndCql2Conformance() {
		JsonNode conformance = this.client.get("/ogc/conformance").json();

		assertThat(conformance.get("conformsTo").valueStream().map(JsonNode::asString))
			.contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
					"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
					"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
					"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
					"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
					"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
					"http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
					"http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
					"http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions")
			.noneMatch((uri) -> uri.endsWith("/conf/html"));
	}

	@Test
	void shouldServeAnOpenApiDefinitionWhosePathsAllAnswer() {
		OgcClient.Response api = this.client.get("/ogc/api", "application/vnd.oai.openapi+json;version=3.0");

		assertThat(api.status()).isEqualTo(200);
		assertThat(api.contentType()).startsWith("application/vnd.oai.openapi+json");
		assertThat(api.json().get("openapi").asString()).startsWith("3.0");
		assertThat(api.json().get("servers").get(0).get("url").asString()).isEqualTo(this.client.origin() + "/ogc");
		List<String> paths = new ArrayList<>(api.json().get("paths").propertyNames());
		assertThat(paths).hasSize(8);
		for (String path : paths) {
			String concrete = path.replace("{collectionId}", "incidents")
				.replace("{featureId}", this.incidents.get(0).id().toString());
			assertThat(this.client.get("/ogc" + concrete).status()).as(path).isEqualTo(200);
		}
	}

	@Test
	void shouldDescribeTheIncidentsCollectionWithItsExtentFromTheData() {
		JsonNode collections = this.client.get("/ogc/collections").json();
		JsonNode collection = this.client.get("/ogc/collections/incidents").json();

		assertThat(collections.get("collections")).hasSize(1);
		assertThat(collections.get("collections").get(0).get("id").asString()).isEqualTo("incidents");
		assertThat(collection.get("itemType").asString()).isEqualTo("feature");
		assertThat(collection.get("crs").get(0).asString()).isEqualTo(Conformance.CRS84);
		JsonNode bbox = collection.at("/extent/spatial/bbox/0");
		assertThat(
				List.of(bbox.get(0).asDouble(), bbox.get(1).asDouble(), bbox.get(2).asDouble(), bbox.get(3).asDouble()))
			.containsExactly(40.9187, 33.262, 44.396, 35.52);
		assertThat(collection.at("/extent/temporal/interval/0/0").asString()).isEqualTo("2018-06-01T00:00:00Z");
		assertThat(collection.at("/extent/temporal/interval/0/1").asString()).isEqualTo("2020-03-26T23:59:59Z");
		OgcClient.Response items = new OgcClient.Response(200, "", collection);
		assertThat(items.link("items")).isEqualTo(this.client.origin() + "/ogc/collections/incidents/items");
	}

	@Test
	void shouldLeaveTheExtentOutOfAnEmptyCollection() {
		TestDatabases.empty(this.dataSource);

		JsonNode collection = this.client.get("/ogc/collections/incidents").json();

		assertThat(collection.has("extent")).isFalse();
		assertThat(this.client.get(OgcClient.items("")).json().get("numberMatched").asLong()).isZero();
	}

	@Test
	void shouldPublishQueryablesAsJsonSchema() {
		OgcClient.Response queryables = this.client.get("/ogc/collections/incidents/queryables",
				"application/schema+json");

		assertThat(queryables.contentType()).startsWith("application/schema+json");
		JsonNode schema = queryables.json();
		assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
		assertThat(schema.get("$id").asString())
			.isEqualTo(this.client.origin() + "/ogc/collections/incidents/queryables");
		assertThat(schema.get("type").asString()).isEqualTo("object");
		assertThat(schema.at("/properties/date/format").asString()).isEqualTo("date");
		assertThat(schema.at("/properties/killed/type").asString()).isEqualTo("integer");
		assertThat(schema.at("/properties/geometry/format").asString()).isEqualTo("geometry-point");
		assertThat(schema.at("/properties/sub_event_type/enum").valueStream().map(JsonNode::asString))
			.contains("Air/drone strike", "Shelling/artillery/missile attack", "Mob violence");
	}

	@Test
	void shouldPageThroughEveryFeatureWithNextAndPrevLinksAndTellNumberMatchedOnTheLastPage() {
		OgcClient.Response first = this.client.get(OgcClient.items("limit=3"), "application/geo+json");

		assertThat(first.contentType()).startsWith("application/geo+json");
		assertThat(first.json().get("type").asString()).isEqualTo("FeatureCollection");
		// A full page with more after it is not counted: the standard lets it go without.
		assertThat(first.json().has("numberMatched")).isFalse();
		assertThat(first.json().get("numberReturned").asLong()).isEqualTo(3);
		assertThat(first.json().get("timeStamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
		assertThat(first.link("prev")).isNull();
		assertThat(first.link("collection")).endsWith("/ogc/collections/incidents");
		List<Long> ids = new ArrayList<>(ids(first));
		OgcClient.Response page = first;
		OgcClient.Response last = first;
		while (page.link("next") != null) {
			last = page;
			page = this.client.get(page.link("next"));
			ids.addAll(ids(page));
			assertThat(page.link("prev")).isNotNull();
		}
		assertThat(ids).containsExactlyElementsOf(this.incidents.stream().map(Incident::id).toList());
		assertThat(page.json().get("numberReturned").asLong()).isEqualTo(1);
		assertThat(page.json().get("numberMatched").asLong()).isEqualTo(7);
		assertThat(last.json().has("numberMatched")).isFalse();
		assertThat(this.client.get(page.link("prev")).link("self")).isEqualTo(last.link("self"));
	}

	@Test
	void shouldDefaultToTenAndClampLargeLimitsTo10000() {
		OgcClient.Response clamped = this.client.get(OgcClient.items("limit=1000000&offset=2"));

		assertThat(clamped.status()).isEqualTo(200);
		assertThat(clamped.json().get("numberReturned").asLong()).isEqualTo(5);
		assertThat(clamped.link("prev")).contains("limit=10000").contains("offset=0");
		assertThat(clamped.link("next")).isNull();
		assertThat(clamped.json().get("numberMatched").asLong()).isEqualTo(7);
		OgcClient.Response exactlyFull = this.client.get(OgcClient.items("limit=7"));
		assertThat(exactlyFull.link("next")).isNull();
		assertThat(exactlyFull.json().get("numberMatched").asLong()).isEqualTo(7);
		assertThat(this.client.get(OgcClient.items("")).json().get("numberReturned").asLong()).isEqualTo(7);
	}

	@Test
	void shouldSelectFeaturesByEachFormOfDatetime() {
		assertThat(matched("datetime=2020-03-11")).isEqualTo(1);
		assertThat(matched("datetime=2020-03-11T00:00:00Z")).isEqualTo(1);
		assertThat(matched("datetime=2020-01-01/2020-03-31")).isEqualTo(4);
		assertThat(matched("datetime=../2019-12-31")).isEqualTo(3);
		assertThat(matched("datetime=2020-03-12/..")).isEqualTo(2);
		assertThat(matched("datetime=2020-03-12/")).isEqualTo(2);
		assertThat(matched("datetime=/2018-06-30")).isEqualTo(1);
		assertThat(matched("datetime=2018-06-15")).as("a month-precise incident spans its month").isEqualTo(1);
	}

	@Test
	void shouldSelectFeaturesInsideTheBboxAndByPropertyParameters() {
		assertThat(matched("bbox=44.0,33.0,44.6,33.7")).isEqualTo(5);
		assertThat(matched("bbox=44.0,33.0,44.6,33.7&datetime=2020-03-01/2020-03-31")).isEqualTo(3);
		assertThat(matched("place_id=iq-camp-taji")).isEqualTo(2);
		assertThat(matched("country=Syria&killed=22")).isEqualTo(1);
	}

	@Test
	void shouldReturnOneFeatureWithLinksAndGeoJsonGeometry() {
		Incident taji = this.incidents.get(4);

		OgcClient.Response feature = this.client.get("/ogc/collections/incidents/items/" + taji.id() + "?f=json",
				"application/geo+json");

		assertThat(feature.status()).isEqualTo(200);
		assertThat(feature.contentType()).startsWith("application/geo+json");
		assertThat(feature.json().get("type").asString()).isEqualTo("Feature");
		assertThat(feature.json().at("/geometry/coordinates/0").asDouble()).isEqualTo(44.25);
		assertThat(feature.json().at("/geometry/coordinates/1").asDouble()).isEqualTo(33.53);
		assertThat(feature.json().at("/properties/place").asString()).isEqualTo("Camp Taji");
		assertThat(feature.link("self")).endsWith("/ogc/collections/incidents/items/" + taji.id());
		assertThat(feature.link("collection")).endsWith("/ogc/collections/incidents");
	}

	@Test
	void shouldAnswerUnknownCollectionsAndFeaturesWith404Problems() {
		long missing = this.incidents.get(6).id() + 1000;
		for (String path : List.of("/ogc/collections/roads", "/ogc/collections/roads/items",
				"/ogc/collections/roads/queryables", "/ogc/collections/incidents/items/" + missing,
				"/ogc/collections/incidents/items/not-a-number")) {
			OgcClient.Response response = this.client.get(path, "application/geo+json");
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.contentType()).as(path).startsWith("application/problem+json");
		}
	}

	@Test
	void shouldAnswerBadParametersWith400ProblemsNamingTheParameter() {
		assertBadParameter("/ogc?f=xml", "f");
		assertBadParameter("/ogc/collections?f=html", "f");
		assertBadParameter(OgcClient.items("limit=0"), "limit");
		assertBadParameter(OgcClient.items("limit=-5"), "limit");
		assertBadParameter(OgcClient.items("limit=ten"), "limit");
		assertBadParameter(OgcClient.items("offset=-1"), "offset");
		assertBadParameter(OgcClient.items("bbox=44,33,44.6"), "bbox");
		assertBadParameter(OgcClient.items("bbox=45,33,44,34"), "bbox");
		assertBadParameter(OgcClient.items("datetime=2020-13-01"), "datetime");
		assertBadParameter(OgcClient.items("datetime=2020-03-01/2020-01-01"), "datetime");
		assertBadParameter(OgcClient.items("datetime=../.."), "datetime");
		assertBadParameter(OgcClient.items("bbox-crs=EPSG:3857"), "bbox-crs");
		assertBadParameter(OgcClient.items("killed=many"), "killed");
		assertBadParameter(OgcClient.items("colour=red"), "colour");
	}

	@Test
	void shouldReportTheSameFeatureCountToGdalAsNumberMatched() {
		String info = ogrinfo("-ro", "-so", "OAPIF:" + this.client.origin() + "/ogc", "incidents");

		Matcher count = Pattern.compile("Feature Count: (\\d+)").matcher(info);
		assertThat(count.find()).as(info).isTrue();
		assertThat(Long.parseLong(count.group(1))).isEqualTo(matched(""));
		assertThat(info).contains("Geometry: Point").contains("sub_event_type: String");
	}

	@Test
	void shouldLetGdalCountFeaturesWhenAFullFirstPageLeavesNumberMatchedOut() {
		String info = ogrinfo("-ro", "-so", "-oo", "PAGE_SIZE=2", "OAPIF:" + this.client.origin() + "/ogc",
				"incidents");

		Matcher count = Pattern.compile("Feature Count: (\\d+)").matcher(info);
		assertThat(count.find()).as(info).isTrue();
		assertThat(Long.parseLong(count.group(1))).isEqualTo(7);
		assertThat(this.client.get(OgcClient.items("limit=2")).json().has("numberMatched")).isFalse();
	}

	@Test
	void shouldLetGdalReadEveryFeatureByFollowingNextLinks() {
		String info = ogrinfo("-ro", "-al", "-oo", "PAGE_SIZE=2", "OAPIF:" + this.client.origin() + "/ogc",
				"incidents");

		assertThat(Pattern.compile("OGRFeature\\(incidents\\):").matcher(info).results().count()).as(info).isEqualTo(7);
		assertThat(info).contains("place (String) = Camp Taji").contains("POINT (44.235 33.262)");
	}

	@Test
	void shouldLetGdalPushAttributeAndSpatialFiltersToTheServer() {
		String info = ogrinfo("-ro", "-al", "-q", "--debug", "on", "-where", "sub_event_type = 'Air/drone strike'",
				"-spat", "40", "33", "45", "36", "OAPIF:" + this.client.origin() + "/ogc", "incidents");

		// GDAL learns from /ogc/api that queryables are query parameters and sends them.
		assertThat(info).containsPattern("Fetch\\(\\S*/items\\?\\S*bbox=40,33,45,36\\S*sub_event_type=Air%2Fdrone");
		assertThat(Pattern.compile("OGRFeature\\(incidents\\):").matcher(info).results().count()).as(info).isEqualTo(2);
	}

	/** Runs GDAL's ogrinfo; a missing GDAL fails the test rather than skipping it. */
	private static String ogrinfo(String... arguments) {
		List<String> command = new ArrayList<>(List.of("/usr/bin/ogrinfo"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("NO_PROXY", "127.0.0.1,localhost");
		builder.environment().put("no_proxy", "127.0.0.1,localhost");
		try {
			Process process = builder.start();
			byte[] output = process.getInputStream().readAllBytes();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ogrinfo finished").isTrue();
			String text = new String(output, StandardCharsets.UTF_8);
			assertThat(process.exitValue()).as(text).isZero();
			return text;
		}
		catch (IOException ex) {
			throw new AssertionError("GDAL's ogrinfo must be installed at /usr/bin/ogrinfo to run this test", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while running ogrinfo", ex);
		}
	}

}
