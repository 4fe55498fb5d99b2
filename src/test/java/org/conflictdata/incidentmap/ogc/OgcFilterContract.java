package org.conflictdata.incidentmap.ogc;

import java.util.List;

import org.conflictdata.incidentmap.incident.Incident;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OGC API – Features Part 3 over HTTP, run against H2GIS and PostGIS by the subclasses:
 * CQL2 text filters select the right incidents in the database, combine with the other
 * parameters and with paging, and bad filters are 400 problems that name the parameter.
 */
abstract class OgcFilterContract extends OgcServerSupport {

	@Test
	void shouldFilterOnATextProperty() {
		assertThat(filtered("sub_event_type = 'Air/drone strike'")).containsExactly(id(0), id(3));
		assertThat(filtered("place <> 'Camp Taji' AND event_type = 'Riots'")).containsExactly(id(2));
	}

	@Test
	void shouldFilterOnNumbersAndDates() {
		assertThat(filtered("killed > 1 AND date >= DATE('2020-01-01')")).containsExactly(id(3), id(4));
		assertThat(filtered("date < TIMESTAMP('2019-12-31T12:00:00Z')")).containsExactly(id(0), id(1));
		assertThat(filtered("wounded >= 5.5")).containsExactly(id(4));
		assertThat(filtered("date_end <= DATE('2018-06-30') AND time_precision = 3")).containsExactly(id(0));
	}

	@Test
	void shouldFilterWithOrNotAndParentheses() {
		assertThat(filtered("(place = 'Green Zone' OR place = 'K-1 Air Base') AND NOT killed IS NULL"))
			.containsExactly(id(1));
		assertThat(filtered("NOT (sub_event_type = 'Shelling/artillery/missile attack')")).containsExactly(id(0), id(2),
				id(3));
		assertThat(filtered("historical = false")).hasSize(7);
		assertThat(filtered("TRUE")).hasSize(7);
		assertThat(filtered("FALSE")).isEmpty();
		assertThat(filtered("3 <= killed AND DATE('2020-01-01') <= date")).containsExactly(id(3), id(4));
	}

	@Test
	void shouldFilterWithLikeBetweenInAndIsNull() {
		assertThat(filtered("place LIKE 'Camp%'")).containsExactly(id(4), id(5));
		assertThat(filtered("place LIKE 'K_1%'")).containsExactly(id(1));
		assertThat(filtered("place NOT LIKE '%Zone'")).hasSize(5);
		assertThat(filtered("date BETWEEN DATE('2020-01-01') AND DATE('2020-03-14')")).containsExactly(id(3), id(4),
				id(5));
		assertThat(filtered("place_id IN ('iq-green-zone', 'iq-k1-air-base')")).containsExactly(id(1), id(2), id(6));
		assertThat(filtered("killed IS NULL")).containsExactly(id(2), id(5), id(6));
		assertThat(filtered("wounded IS NOT NULL")).containsExactly(id(1), id(4), id(5));
	}

	@Test
	void shouldFilterByIntersectionWithABoxAPolygonOrAPoint() {
		assertThat(filtered("S_INTERSECTS(geometry, BBOX(44.0,33.0,44.6,33.7))")).containsExactly(id(2), id(3), id(4),
				id(5), id(6));
		assertThat(filtered("S_INTERSECTS(geometry, POLYGON((44.2 33.5, 44.3 33.5, 44.3 33.6, 44.2 33.6, 44.2 33.5)))"))
			.containsExactly(id(4), id(5));
		assertThat(filtered("S_INTERSECTS(POINT(44.28 35.52), geometry)")).containsExactly(id(1));
		assertThat(filtered("s_intersects(geometry, ENVELOPE(40, 41, 35, 34)) or killed = 10")).containsExactly(id(0),
				id(3));
	}

	@Test
	void shouldCombineTheFilterWithDatetimeBboxAndPaging() {
		String filter = "filter=" + OgcClient.encode("sub_event_type = 'Shelling/artillery/missile attack'");

		OgcClient.Response first = this.client.get(OgcClient.items(filter + "&bbox=44,33,44.6,33.7&limit=2"));

		assertThat(first.json().has("numberMatched")).isFalse();
		assertThat(ids(first)).containsExactly(id(4), id(5));
		OgcClient.Response second = this.client.get(first.link("next"));
		assertThat(ids(second)).containsExactly(id(6));
		assertThat(second.link("next")).isNull();
		assertThat(second.json().get("numberMatched").asLong()).isEqualTo(3);
		assertThat(matched(filter + "&datetime=2020-03-12/..&filter-lang=cql2-text")).isEqualTo(2);
	}

	@Test
	void shouldTreatAnInjectionAttemptAsAPlainStringLiteral() {
		assertThat(filtered("place = '''; DROP TABLE incidents; --'")).isEmpty();
		assertThat(filtered("place LIKE '%'' OR ''1''=''1'")).isEmpty();

		assertBadParameter(OgcClient.items("filter=" + OgcClient.encode("place = 'x'; DROP TABLE incidents; --")),
				"filter");
		assertThat(JdbcClient.create(this.dataSource).sql("SELECT COUNT(*) FROM incidents").query(Long.class).single())
			.isEqualTo(7);
	}

	@Test
	void shouldRejectUnknownPropertiesWrongTypesAndSyntaxErrorsWithTheirPosition() {
		JsonNode unknown = badFilter("colour = 'red'");
		assertThat(unknown.get("detail").asString()).contains("filter").contains("colour").contains("position 1");

		JsonNode syntax = badFilter("killed > ");
		assertThat(syntax.get("detail").asString()).contains("position 10");

		assertThat(badFilter("killed = 'many'").get("detail").asString()).contains("killed");
		assertThat(badFilter("date > '2020-01-01'").get("detail").asString()).contains("DATE(");
		assertThat(badFilter("S_INTERSECTS(place, POINT(1 2))").get("detail").asString()).contains("place");
		assertThat(badFilter("S_INTERSECTS(geometry, POLYGON((0 0, 1 1, 1 0, 0 1, 0 0)))").get("detail").asString())
			.contains("valid");
		assertBadParameter(OgcClient.items("filter=place%20%3D%20%27x%27&filter-lang=cql2-json"), "filter-lang");
		assertBadParameter(OgcClient.items("filter="), "filter");
	}

	private JsonNode badFilter(String cql) {
		return assertBadParameter(OgcClient.items("filter=" + OgcClient.encode(cql)), "filter");
	}

	private List<Long> filtered(String cql) {
		OgcClient.Response response = this.client.get(OgcClient.items("limit=100&filter=" + OgcClient.encode(cql)));
		assertThat(response.status()).as(cql + " → " + response.json()).isEqualTo(200);
		assertThat(response.json().get("numberMatched").asLong())
			.isEqualTo(response.json().get("numberReturned").asLong());
		return ids(response);
	}

	private long id(int index) {
		Incident incident = this.incidents.get(index);
		return incident.id();
	}

}
