package org.conflictdata.incidentmap.incident.filter;

import org.conflictdata.incidentmap.incident.PropertyFilter;

/**
 * A filter that is always true or always false, such as the CQL2 predicate {@code TRUE}.
 *
 * @param value true to match every incident, false to match none
 */
public record Constant(boolean value) implements PropertyFilter {

}
