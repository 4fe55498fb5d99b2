package org.conflictdata.incidentmap.incident.filter;

import org.conflictdata.incidentmap.incident.PropertyFilter;

/**
 * {@code property [NOT] BETWEEN low AND high}, both bounds inclusive. Both literals must
 * suit the property's type; otherwise the constructor throws
 * {@link IllegalArgumentException}.
 *
 * @param property the queryable
 * @param low lower bound
 * @param high upper bound
 * @param negated true for NOT BETWEEN
 */
public record Between(Queryable property, Object low, Object high, boolean negated) implements PropertyFilter {

	public Between {
		Literals.check(property, low);
		Literals.check(property, high);
	}

}
