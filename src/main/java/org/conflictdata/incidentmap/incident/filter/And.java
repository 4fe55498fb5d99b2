package org.conflictdata.incidentmap.incident.filter;

import java.util.List;

import org.conflictdata.incidentmap.incident.PropertyFilter;

/**
 * All of the operands hold. Needs at least two operands; fewer is rejected with an
 * {@link IllegalArgumentException}.
 *
 * @param operands the conditions
 */
public record And(List<PropertyFilter> operands) implements PropertyFilter {

	public And {
		operands = List.copyOf(operands);
		if (operands.size() < 2) {
			throw new IllegalArgumentException("AND needs at least two operands");
		}
	}

	public static And of(PropertyFilter... operands) {
		return new And(List.of(operands));
	}

}
