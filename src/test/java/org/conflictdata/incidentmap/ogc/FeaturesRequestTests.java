package org.conflictdata.incidentmap.ogc;

import java.util.Map;

import org.conflictdata.incidentmap.api.BadParameterException;
import org.conflictdata.incidentmap.incident.filter.And;
import org.conflictdata.incidentmap.incident.filter.Comparison;
import org.conflictdata.incidentmap.incident.filter.ComparisonOperator;
import org.conflictdata.incidentmap.incident.filter.Queryable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FeaturesRequestTests {

	@Test
	void shouldDefaultToTenFeaturesFromTheFirstIncludingHistoricalOnes() {
		FeaturesRequest request = FeaturesRequest.parse(Map.of());

		assertThat(request.limit()).isEqualTo(10);
		assertThat(request.offset()).isZero();
		assertThat(request.query().limit()).isEqualTo(10);
		assertThat(request.query().includeHistorical()).isTrue();
		assertThat(request.query().filter()).isNull();
	}

	@Test
	void shouldClampLimitsAbove10000() {
		assertThat(FeaturesRequest.parse(Map.of("limit", new String[] { "10001" })).limit()).isEqualTo(10000);
		assertThat(FeaturesRequest.parse(Map.of("limit", new String[] { "99999999999" })).limit()).isEqualTo(10000);
		assertThat(FeaturesRequest.parse(Map.of("limit", new String[] { "10000" })).limit()).isEqualTo(10000);
	}

	@Test
	void shouldCombineTheCqlFilterWithPropertyParameters() {
		FeaturesRequest request = FeaturesRequest
			.parse(Map.of("filter", new String[] { "killed > 1" }, "historical", new String[] { "FALSE" }));

		assertThat(request.query().filter()).isInstanceOfSatisfying(And.class,
				(and) -> assertThat(and.operands()).containsExactlyInAnyOrder(
						new Comparison(Queryable.KILLED, ComparisonOperator.GREATER, 1L),
						new Comparison(Queryable.HISTORICAL, ComparisonOperator.EQUAL, false)));
	}

	@Test
	void shouldNameTheParameterThatIsWrong() {
		assertBad(Map.of("limit", new String[] { "0" }), "limit");
		assertBad(Map.of("limit", new String[] { "1", "2" }), "limit");
		assertBad(Map.of("offset", new String[] { "x" }), "offset");
		assertBad(Map.of("filter-lang", new String[] { "cql2-json" }), "filter-lang");
		assertBad(Map.of("filter-crs", new String[] { "http://www.opengis.net/def/crs/EPSG/0/3857" }), "filter-crs");
		assertBad(Map.of("filter", new String[] { "nope = 1" }), "filter");
		assertBad(Map.of("geometry", new String[] { "POINT(1 2)" }), "geometry");
		assertBad(Map.of("date", new String[] { "2020-02-30" }), "date");
		assertBad(Map.of("f", new String[] { "html" }), "f");
	}

	private static void assertBad(Map<String, String[]> parameters, String name) {
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> FeaturesRequest.parse(parameters))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo(name));
	}

}
