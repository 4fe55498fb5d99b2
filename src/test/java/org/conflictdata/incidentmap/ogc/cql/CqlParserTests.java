package org.conflictdata.incidentmap.ogc.cql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.conflictdata.incidentmap.incident.PropertyFilter;
import org.conflictdata.incidentmap.incident.filter.And;
import org.conflictdata.incidentmap.incident.filter.Between;
import org.conflictdata.incidentmap.incident.filter.Comparison;
import org.conflictdata.incidentmap.incident.filter.ComparisonOperator;
import org.conflictdata.incidentmap.incident.filter.Constant;
import org.conflictdata.incidentmap.incident.filter.In;
import org.conflictdata.incidentmap.incident.filter.Intersects;
import org.conflictdata.incidentmap.incident.filter.IsNull;
import org.conflictdata.incidentmap.incident.filter.Like;
import org.conflictdata.incidentmap.incident.filter.Not;
import org.conflictdata.incidentmap.incident.filter.Or;
import org.conflictdata.incidentmap.incident.filter.Queryable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CqlParserTests {

	@Test
	void shouldParseAComparisonWithAStringLiteral() {
		assertThat(CqlParser.parse("sub_event_type = 'Air/drone strike'"))
			.isEqualTo(new Comparison(Queryable.SUB_EVENT_TYPE, ComparisonOperator.EQUAL, "Air/drone strike"));
	}

	@Test
	void shouldParseEveryComparisonOperatorAndLiteralType() {
		assertThat(CqlParser.parse("killed <> 3")).isEqualTo(comparison(Queryable.KILLED, "<>", 3L));
		assertThat(CqlParser.parse("killed<3")).isEqualTo(comparison(Queryable.KILLED, "<", 3L));
		assertThat(CqlParser.parse("killed <= -2")).isEqualTo(comparison(Queryable.KILLED, "<=", -2L));
		assertThat(CqlParser.parse("killed > 2.5")).isEqualTo(comparison(Queryable.KILLED, ">", new BigDecimal("2.5")));
		assertThat(CqlParser.parse("killed >= 1e1")).isEqualTo(comparison(Queryable.KILLED, ">=", 10L));
		assertThat(CqlParser.parse("historical = TRUE")).isEqualTo(comparison(Queryable.HISTORICAL, "=", true));
		assertThat(CqlParser.parse("date = DATE('2020-01-03')"))
			.isEqualTo(comparison(Queryable.DATE, "=", LocalDate.of(2020, 1, 3)));
		assertThat(CqlParser.parse("date >= timestamp('2020-01-03T23:30:00Z')"))
			.isEqualTo(comparison(Queryable.DATE, ">=", LocalDate.of(2020, 1, 3)));
	}

	@Test
	void shouldGiveNotPrecedenceOverAndAndAndOverOr() {
		PropertyFilter parsed = CqlParser.parse("place = 'a' OR NOT place = 'b' AND killed > 1");

		assertThat(parsed).isEqualTo(Or.of(comparison(Queryable.PLACE, "=", "a"),
				And.of(new Not(comparison(Queryable.PLACE, "=", "b")), comparison(Queryable.KILLED, ">", 1L))));
	}

	@Test
	void shouldLetParenthesesOverridePrecedence() {
		PropertyFilter parsed = CqlParser.parse("(place = 'a' or place = 'b') and killed > 1");

		assertThat(parsed)
			.isEqualTo(And.of(Or.of(comparison(Queryable.PLACE, "=", "a"), comparison(Queryable.PLACE, "=", "b")),
					comparison(Queryable.KILLED, ">", 1L)));
	}

	@Test
	void shouldParseLikeBetweenInAndIsNullWithTheirNegations() {
		assertThat(CqlParser.parse("place LIKE 'Camp%'")).isEqualTo(new Like(Queryable.PLACE, "Camp%", false));
		assertThat(CqlParser.parse("place NOT LIKE '_reen'")).isEqualTo(new Like(Queryable.PLACE, "_reen", true));
		assertThat(CqlParser.parse("killed BETWEEN 1 AND 10")).isEqualTo(new Between(Queryable.KILLED, 1L, 10L, false));
		assertThat(CqlParser.parse("date NOT BETWEEN DATE('2020-01-01') AND DATE('2020-01-31')"))
			.isEqualTo(new Between(Queryable.DATE, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31), true));
		assertThat(CqlParser.parse("country IN ('Iraq', 'Syria')"))
			.isEqualTo(new In(Queryable.COUNTRY, List.of("Iraq", "Syria"), false));
		assertThat(CqlParser.parse("geo_precision NOT IN (2,3)"))
			.isEqualTo(new In(Queryable.GEO_PRECISION, List.of(2L, 3L), true));
		assertThat(CqlParser.parse("killed IS NULL")).isEqualTo(new IsNull(Queryable.KILLED, false));
		assertThat(CqlParser.parse("\"weapon\" is not null")).isEqualTo(new IsNull(Queryable.WEAPON, true));
	}

	@Test
	void shouldReadSpatialLiteralsWithJtsInEitherArgumentOrder() {
		assertThat(CqlParser.parse("S_INTERSECTS(geometry, POINT(44.235 33.262))"))
			.isEqualTo(new Intersects("POINT (44.235 33.262)"));
		assertThat(CqlParser.parse("S_INTERSECTS(POLYGON((44 33, 45 33, 45 34, 44 33)), geometry)"))
			.isEqualTo(new Intersects("POLYGON ((44 33, 45 33, 45 34, 44 33))"));
		assertThat(CqlParser.parse("S_INTERSECTS(geometry, BBOX(44.0, 33.0, 44.6, 33.7))"))
			.isEqualTo(new Intersects("POLYGON ((44 33, 44 33.7, 44.6 33.7, 44.6 33, 44 33))"));
		assertThat(CqlParser.parse("S_INTERSECTS(geometry, ENVELOPE(44.0, 44.6, 33.7, 33.0))"))
			.isEqualTo(CqlParser.parse("S_INTERSECTS(geometry, BBOX(44.0, 33.0, 44.6, 33.7))"));
		assertThat(CqlParser.parse("S_INTERSECTS(geometry, MULTIPOINT((1 2), (3 4)))"))
			.isEqualTo(new Intersects("MULTIPOINT ((1 2), (3 4))"));
	}

	@Test
	void shouldReadLiteralFirstComparisonsPropertyFirst() {
		assertThat(CqlParser.parse("DATE('2020-01-01') <= date"))
			.isEqualTo(comparison(Queryable.DATE, ">=", LocalDate.of(2020, 1, 1)));
		assertThat(CqlParser.parse("1 < killed")).isEqualTo(comparison(Queryable.KILLED, ">", 1L));
		assertThat(CqlParser.parse("'Iraq' = country")).isEqualTo(comparison(Queryable.COUNTRY, "=", "Iraq"));
		assertThat(CqlParser.parse("false <> historical")).isEqualTo(comparison(Queryable.HISTORICAL, "<>", false));
	}

	@Test
	void shouldReadBareBooleansAsConstantPredicates() {
		assertThat(CqlParser.parse("TRUE")).isEqualTo(new Constant(true));
		assertThat(CqlParser.parse("false OR killed = 1"))
			.isEqualTo(Or.of(new Constant(false), comparison(Queryable.KILLED, "=", 1L)));
		assertThat(CqlParser.parse("NOT (TRUE)")).isEqualTo(new Not(new Constant(true)));
	}

	@Test
	void shouldKeepAnInjectionAttemptInsideAStringLiteral() {
		assertThat(CqlParser.parse("place = '''; DROP TABLE incidents; --'"))
			.isEqualTo(comparison(Queryable.PLACE, "=", "'; DROP TABLE incidents; --"));
	}

	@Test
	void shouldRejectHostileOrMalformedTextWithThePosition() {
		assertError("place = 'x'; DROP TABLE incidents; --", "unexpected character ';'", 12);
		assertError("place = 'x' --", "unexpected character '-'", 13);
		assertError("killed > ", "expected a string, number", 10);
		assertError("place = 'unterminated", "unterminated string", 9);
		assertError("(place = 'a'", "expected ')'", 13);
		assertError("place = 'a' place = 'b'", "expected AND, OR", 13);
		assertError("place 'a'", "expected a comparison", 7);
		assertError("place NOT = 'a'", "LIKE, BETWEEN or IN after NOT", 11);
		assertError("killed IN ()", "expected a string, number", 12);
		assertError("date = DATE('2020-02-30')", "not a date", 13);
		assertError("  ", "empty", 1);
		assertError("killed == 1", "expected a string, number", 9);
		assertError("'a' = 'b'", "comparing two literals is not supported", 7);
		assertError("3 killed", "expected a comparison operator", 3);
		assertError("DATE('2020-01-01') <= colour", "unknown property 'colour'", 23);
	}

	@Test
	void shouldRejectUnknownPropertiesAndMismatchedTypes() {
		assertError("colour = 'red'", "unknown property 'colour'", 1);
		assertError("Place = 'x'", "unknown property 'Place'", 1);
		assertError("killed = 'many'", "'killed' holds whole numbers", 10);
		assertError("date > '2020-01-01'", "DATE('YYYY-MM-DD')", 8);
		assertError("killed LIKE '1%'", "LIKE needs a text property", 13);
		assertError("geometry = 'x'", "geometry", 12);
	}

	@Test
	void shouldRejectInvalidOrMisplacedGeometries() {
		assertError("S_INTERSECTS(geometry, POLYGON((0 0, 1 1, 1 0, 0 1, 0 0)))", "not a valid geometry", 24);
		assertError("S_INTERSECTS(geometry, POINT(1))", "not a valid POINT", 24);
		assertError("S_INTERSECTS(geometry, POINT(1 2)", "expected ')'", 34);
		assertError("S_INTERSECTS(place, POINT(1 2))", "is not the property 'geometry'", 14);
		assertError("S_INTERSECTS(geometry, BBOX(1, 2, 3))", "needs 4 numbers", 24);
		assertError("S_INTERSECTS(geometry, BBOX(10, 0, 5, 1))", "east of maxLon", 24);
		assertError("S_INTERSECTS(geometry, 'POINT(1 2)')", "expected a geometry", 24);
	}

	@Test
	void shouldRefuseNestingDeeperThanTheLimit() {
		String deep = "(".repeat(CqlParser.MAX_DEPTH + 1) + "killed = 1" + ")".repeat(CqlParser.MAX_DEPTH + 1);
		String notDeep = "NOT ".repeat(CqlParser.MAX_DEPTH + 1) + "killed = 1";

		assertThatExceptionOfType(CqlException.class).isThrownBy(() -> CqlParser.parse(deep))
			.withMessageContaining("nests deeper");
		assertThatExceptionOfType(CqlException.class).isThrownBy(() -> CqlParser.parse(notDeep))
			.withMessageContaining("nests deeper");
		assertThat(CqlParser.parse("((killed = 1))")).isEqualTo(comparison(Queryable.KILLED, "=", 1L));
	}

	private static void assertError(String cql, String reason, int position) {
		assertThatExceptionOfType(CqlException.class).as(cql)
			.isThrownBy(() -> CqlParser.parse(cql))
			.withMessageContaining(reason)
			.withMessageEndingWith("at position " + position)
			.satisfies((ex) -> assertThat(ex.position()).isEqualTo(position));
	}

	private static Comparison comparison(Queryable property, String symbol, Object value) {
		for (ComparisonOperator operator : ComparisonOperator.values()) {
			if (operator.symbol().equals(symbol)) {
				return new Comparison(property, operator, value);
			}
		}
		throw new IllegalArgumentException(symbol);
	}

}
