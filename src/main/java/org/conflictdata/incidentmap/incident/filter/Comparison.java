package org.conflictdata.incidentmap.incident.filter;

import org.conflictdata.incidentmap.incident.PropertyFilter;

/**
 * {@code property operator literal}, e.g. {@code killed > 1}. The literal must suit the
 * property's type ({@link Literals}); otherwise the constructor throws
 * {@link IllegalArgumentException}. Like SQL, an incident whose property is null matches
 * no comparison.
 *
 * @param property the queryable compared
 * @param operator the comparison
 * @param value a String, Long, BigDecimal, Boolean or LocalDate
 */
public record Comparison(Queryable property, ComparisonOperator operator, Object value) implements PropertyFilter {

	public Comparison {
		Literals.check(property, value);
		if (operator == null) {
			throw new IllegalArgumentException("a comparison needs an operator");
		}
	}

}
