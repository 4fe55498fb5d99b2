package org.conflictdata.incidentmap.incident;

/**
 * A condition on incident properties and geometry, such as one parsed from an OGC CQL2
 * text filter. It is a tree of values, never code or SQL text: the store turns it into
 * SQL with bound parameters over a fixed list of queryable columns
 * ({@link PropertyFilterSql}).
 */
public interface PropertyFilter {

}
