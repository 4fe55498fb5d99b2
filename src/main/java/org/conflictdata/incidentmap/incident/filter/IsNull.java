package org.conflictdata.incidentmap.incident.filter;

import org.conflictdata.incidentmap.incident.PropertyFilter;

/**
 * {@code property IS [NOT] NULL}: whether an incident has no value for the property (for
 * example no stated number killed).
 *
 * @param property the queryable
 * @param negated true for IS NOT NULL
 */
public record IsNull(Queryable property, boolean negated) implements PropertyFilter {

	public IsNull {
		if (property == null) {
			throw new IllegalArgumentException("IS NULL needs a property");
		}
	}

}
