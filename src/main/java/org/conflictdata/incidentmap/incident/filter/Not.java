package org.conflictdata.incidentmap.incident.filter;

import org.conflictdata.incidentmap.incident.PropertyFilter;

/**
 * The operand does not hold. As in SQL, a comparison on a null property is neither true
 * nor false, so its negation does not match either.
 *
 * @param operand the condition to negate, not null
 */
public record Not(PropertyFilter operand) implements PropertyFilter {

	public Not {
		if (operand == null) {
			throw new IllegalArgumentException("NOT needs an operand");
		}
	}

}
