package org.conflictdata.incidentmap.incident.filter;

import java.util.List;

import org.conflictdata.incidentmap.incident.PropertyFilter;

/**
 * At least one of the operands holds. Needs at least two operands; fewer is rejected with
 * an {@link IllegalArgumentException}.
 *
 * @param operands the conditions
 */
public record Or(List<PropertyFilter> operands) implements PropertyFilter {

	public Or {
		operands = List.copyOf(operands);
		if (operands.size() < 2) {
			throw new IllegalArgumentException("OR needs at least two operands");
		}
	}

	public static Or of(PropertyFilter... operands) {
		return new Or(List.of(operands));
	}

}
