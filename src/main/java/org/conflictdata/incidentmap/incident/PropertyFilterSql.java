package org.conflictdata.incidentmap.incident;

import java.util.Map;

/**
 * Turns a {@link PropertyFilter} into a SQL condition over the incidents table with bound
 * parameters. Only the filter kinds this class knows are accepted; any other is rejected
 * with an {@link IllegalArgumentException}, so no unknown construct ever reaches the
 * database.
 */
final class PropertyFilterSql {

	private PropertyFilterSql() {
	}

	static void append(PropertyFilter filter, StringBuilder sql, Map<String, Object> params) {
		throw new IllegalArgumentException("unsupported filter: " + filter.getClass().getSimpleName());
	}

}
