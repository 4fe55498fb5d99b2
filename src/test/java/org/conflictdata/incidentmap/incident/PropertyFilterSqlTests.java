package org.conflictdata.incidentmap.incident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class PropertyFilterSqlTests {

	private final StringBuilder sql = new StringBuilder("SELECT id FROM incidents i WHERE 1 = 1");

	private final Map<String, Object> params = new LinkedHashMap<>(Map.of("start", LocalDate.of(2020, 1, 1)));

	@Test
	void shouldBindEveryLiteralAsANamedParameter() {
		PropertyFilter filter = And.of(
				new Comparison(Queryable.SUB_EVENT_TYPE, ComparisonOperator.EQUAL, "Air/drone strike"),
				new Comparison(Queryable.KILLED, ComparisonOperator.GREATER, 1L),
				new Comparison(Queryable.DATE, ComparisonOperator.GREATER_OR_EQUAL, LocalDate.of(2020, 1, 1)));

		PropertyFilterSql.append(filter, this.sql, this.params);

		assertThat(this.sql).hasToString("SELECT id FROM incidents i WHERE 1 = 1 AND ((i.sub_event_type = :f0"
				+ " AND i.killed > :f1 AND i.event_date >= :f2))");
		assertThat(this.params).containsExactly(entry("start", LocalDate.of(2020, 1, 1)),
				entry("f0", "Air/drone strike"), entry("f1", 1L), entry("f2", LocalDate.of(2020, 1, 1)));
	}

	@Test
	void shouldKeepHostileTextOutOfTheSql() {
		String hostile = "'; DROP TABLE incidents; --";

		PropertyFilterSql.append(Or.of(new Comparison(Queryable.PLACE, ComparisonOperator.EQUAL, hostile),
				new Like(Queryable.SUMMARY, hostile, false)), this.sql, this.params);

		assertThat(this.sql.toString()).doesNotContain("DROP")
			.endsWith("(i.place = :f0 OR i.summary LIKE :f1 ESCAPE '\\'))");
		assertThat(this.params).containsEntry("f0", hostile).containsEntry("f1", hostile);
	}

	@Test
	void shouldWriteNegationsBetweenInNullAndSpatialPredicates() {
		PropertyFilter filter = And.of(new Not(new IsNull(Queryable.KILLED, false)),
				new Between(Queryable.WOUNDED, 1L, new BigDecimal("9.5"), true),
				new In(Queryable.COUNTRY, List.of("Iraq", "Syria"), true), new IsNull(Queryable.WEAPON, true),
				new Like(Queryable.PLACE, "Camp%", true), new Intersects("POINT (44.25 33.53)"));

		PropertyFilterSql.append(filter, this.sql, this.params);

		assertThat(this.sql.toString()).endsWith(" AND ((NOT (i.killed IS NULL) AND i.wounded NOT BETWEEN :f0 AND :f1"
				+ " AND i.country NOT IN (:f2, :f3) AND i.weapon IS NOT NULL AND i.place NOT LIKE :f4 ESCAPE '\\'"
				+ " AND ST_Intersects(i.geom, ST_GeomFromText(:f5, 4326))))");
		assertThat(this.params).containsEntry("f0", 1L)
			.containsEntry("f1", new BigDecimal("9.5"))
			.containsEntry("f2", "Iraq")
			.containsEntry("f3", "Syria")
			.containsEntry("f4", "Camp%")
			.containsEntry("f5", "POINT (44.25 33.53)");
	}

	@Test
	void shouldWriteConstantsWithoutParameters() {
		PropertyFilterSql.append(Or.of(new Constant(true), new Constant(false)), this.sql, this.params);

		assertThat(this.sql.toString()).endsWith(" AND ((1 = 1 OR 1 = 0))");
		assertThat(this.params).containsOnlyKeys("start");
	}

	@Test
	void shouldMapEveryQueryableToAColumnOfTheIncidentsTable() {
		for (Queryable queryable : Queryable.values()) {
			assertThat(PropertyFilterSql.column(queryable)).matches("i\\.[a-z_0-9]+");
		}
	}

	@Test
	void shouldRejectFilterKindsItDoesNotKnow() {
		PropertyFilter unknown = new PropertyFilter() {
		};

		assertThatIllegalArgumentException().isThrownBy(() -> PropertyFilterSql.append(unknown, this.sql, this.params))
			.withMessageContaining("unsupported filter");
		assertThatIllegalArgumentException().isThrownBy(() -> PropertyFilterSql.append(null, this.sql, this.params))
			.withMessageContaining("unsupported filter: null");
	}

	@Test
	void shouldRefuseToBuildComparisonsWithLiteralsOfTheWrongType() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Comparison(Queryable.KILLED, ComparisonOperator.EQUAL, "1; DELETE FROM incidents"))
			.withMessageContaining("'killed' holds whole numbers");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Comparison(Queryable.DATE, ComparisonOperator.EQUAL, new StringBuilder("x")))
			.withMessageContaining("StringBuilder");
	}

}
