package org.conflictdata.incidentmap.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentQuery;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of the downloads {@code /api/incidents.geojson} and
 * {@code /api/incidents.csv}: same filters as the API, every match with no limit, an
 * attachment file name from the date range, gzip when asked, and rows streamed from a
 * cursor inside a read-only transaction. Run on both stores by the subclasses.
 */
abstract class DownloadApiContract extends ApiTestSupport {

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void shouldDownloadEveryMatchAsAGeoJsonAttachment() {
		HttpResponse<String> response = get("/api/incidents.geojson");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/geo+json");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"incidents_all_all.geojson\"");
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(featureIds(body)).containsExactlyElementsOf(
				ids("albukamal", "amerli", "k1", "embassy", "airport", "taji1", "taji2", "greenZone"));
	}

	@Test
	void shouldNameTheDownloadAfterTheDateRangeAndApplyTheFilters() {
		HttpResponse<String> march = get("/api/incidents.geojson?start=2020-03-01&end=2020-03-31");
		HttpResponse<String> since = get("/api/incidents.csv?start=2020-01-01&bbox=" + IncidentApiContract.BAGHDAD);

		assertThat(march.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"incidents_2020-03-01_2020-03-31.geojson\"");
		assertThat(featureIds(JSON.readTree(march.body())))
			.containsExactlyElementsOf(ids("taji1", "taji2", "greenZone"));
		assertThat(since.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"incidents_2020-01-01_all.csv\"");
		assertThat(lines(since.body())).hasSize(1 + 4);
	}

	@Test
	void shouldDownloadMoreThanTheApiPageLimitWithoutALimit() {
		Incident taji = this.fixtures.get("taji2");
		for (int i = 0; i < IncidentController.DEFAULT_LIMIT; i++) {
			this.store.insert(new Incident(null, taji.date(), taji.dateEnd(), taji.datePrecision(),
					taji.timePrecision(), taji.eventType(), taji.subEventType(), taji.place(), taji.placeId(),
					taji.geoPrecision(), taji.locationPrecision(), taji.country(), taji.admin1(), taji.longitude(),
					taji.latitude(), taji.actors(), taji.killed(), taji.wounded(), taji.weapon(), taji.summary(),
					taji.grade(), false, taji.explanation(), taji.sources()));
		}
		int all = 8 + IncidentController.DEFAULT_LIMIT;

		assertThat(featureIds(ok("/api/incidents"))).hasSize(IncidentController.DEFAULT_LIMIT);
		assertThat(featureIds(ok("/api/incidents.geojson"))).hasSize(all);
		assertThat(lines(get("/api/incidents.csv").body())).hasSize(1 + all);
	}

	@Test
	void shouldWriteAcledColumnsThenOursWithOneRowPerIncident() {
		HttpResponse<String> response = get("/api/incidents.csv");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv;")
			.contains("charset=UTF-8")
			.contains("header=present");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"incidents_all_all.csv\"");
		assertThat(response.body()).contains("\r\n");
		List<String> lines = lines(response.body());
		assertThat(lines.get(0)).isEqualTo("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,"
				+ "actor1,assoc_actor_1,actor2,assoc_actor_2,country,admin1,location,latitude,longitude,geo_precision,"
				+ "source,notes,fatalities,date_end,date_precision,place_id,location_precision,killed_min,killed_max,"
				+ "wounded,wounded_min,wounded_max,weapon,actors,grade,historical,source_urls,id");
		assertThat(lines).hasSize(1 + 8);
		long k1 = id("k1");
		assertThat(lines).contains("IRQ" + k1 + ",2019-12-27,2019,1,Explosions/Remote violence,"
				+ "Shelling/artillery/missile attack,Kataib Hezbollah,,United States,,Iraq,Kirkuk,K-1 Air Base,35.52,"
				+ "44.28,1,\"Rockets, drones and a mob\",Rocket attack on K-1 Air Base kills a contractor,1,2019-12-27,"
				+ "day,iq-k1-air-base,exact place,1,1,4,4,6,30 rockets,"
				+ "\"Kataib Hezbollah (perpetrator, suspected); United States (target, stated)\",single source,false,"
				+ "https://example.org/escalation," + k1);
		assertThat(lines).anyMatch((line) -> line.startsWith("SYR" + id("albukamal") + ",2018-06-01,2018,3,"));
	}

	@Test
	void shouldLeaveFatalitiesEmptyWhenNoSourceStatesAFigure() {
		String line = lines(get("/api/incidents.csv?place_id=iq-green-zone").body()).get(1);

		assertThat(line).contains(",Rockets land in the Green Zone near the US Embassy,,2020-03-26,");
	}

	@Test
	void shouldGzipDownloadsWhenTheClientAcceptsIt() throws IOException {
		for (String path : List.of("/api/incidents.geojson", "/api/incidents.csv", "/api/incidents")) {
			HttpResponse<byte[]> response = send(path, HttpResponse.BodyHandlers.ofByteArray(), "Accept-Encoding",
					"gzip");

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			String text = gunzip(response.body());
			if (path.endsWith(".csv")) {
				assertThat(lines(text)).hasSize(1 + 8);
			}
			else {
				assertThat(featureIds(JSON.readTree(text))).hasSize(8);
			}
		}
	}

	@Test
	void shouldCheckTheFiltersBeforeStreaming() {
		assertBadParameter(get("/api/incidents.geojson?bbox=1,2,3"), "bbox");
		assertBadParameter(get("/api/incidents.csv?start=2020-13-01"), "start");
		assertBadParameter(get("/api/incidents.csv?limit=10"), "limit");
	}

	@Test
	void shouldStreamInsideAReadOnlyTransactionWithAutocommitOff() {
		List<Long> streamed = new ArrayList<>();
		List<Boolean> autocommit = new ArrayList<>();
		List<Boolean> readOnly = new ArrayList<>();

		this.store.stream(IncidentQuery.all(), (incident) -> {
			streamed.add(incident.id());
			readOnly.add(TransactionSynchronizationManager.isCurrentTransactionReadOnly());
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try {
				autocommit.add(connection.getAutoCommit());
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, this.dataSource);
			}
		});

		assertThat(streamed).hasSize(9).startsWith(id("hostages"));
		assertThat(readOnly).containsOnly(true);
		assertThat(autocommit).containsOnly(false);
	}

	@Test
	void shouldStreamOnlyThePageWhenTheQueryHasALimit() {
		List<LocalDate> dates = new ArrayList<>();

		this.store.stream(IncidentQuery.all().withPage(2, 1), (incident) -> dates.add(incident.date()));

		assertThat(dates).containsExactly(LocalDate.of(2018, 6, 1), LocalDate.of(2019, 7, 19));
	}

	/** CSV records, split on CRLF (the fixtures hold no line breaks inside fields). */
	static List<String> lines(String csv) {
		List<String> lines = new ArrayList<>(List.of(csv.split("\r\n", -1)));
		assertThat(lines.remove(lines.size() - 1)).as("the file ends with CRLF").isEmpty();
		return lines;
	}

	static String gunzip(byte[] bytes) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
