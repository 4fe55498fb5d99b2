package org.conflictdata.incidentmap.incident.filter;

import java.util.List;

import org.conflictdata.incidentmap.incident.PropertyFilter;

/**
 * {@code property [NOT] IN (v1, v2, …)}. The list must not be empty and every value must
 * suit the property's type; otherwise the constructor throws
 * {@link IllegalArgumentException}.
 *
 * @param property the queryable
 * @param values the literals, at least one
 * @param negated true for NOT IN
 */
public record In(Queryable property, List<Object> values, boolean negated) implements PropertyFilter {

	public In {
		values = List.copyOf(values);
		if (values.isEmpty()) {
			throw new IllegalArgumentException("IN needs at least one value");
		}
		for (Object value : values) {
			Literals.check(property, value);
		}
	}

}
