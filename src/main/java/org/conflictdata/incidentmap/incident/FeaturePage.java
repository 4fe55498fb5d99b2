package org.conflictdata.incidentmap.incident;

import java.util.List;
import java.util.OptionalLong;

/**
 * One page of a query's features, as {@link IncidentStore#findFeaturePage} reads it: the
 * rows, whether more follow, and the total number of matches when it is known. The total
 * is known without a count when the page is the last one (not full, and not past the
 * end), or when the caller asked for it; otherwise it is empty, since counting every
 * match of a large query costs as much as reading the page.
 *
 * @param rows the page's rows, oldest first; never more than the query's limit
 * @param more true when at least one further row matches after this page
 * @param matched how many incidents match in all, ignoring limit and offset, when known
 */
public record FeaturePage(List<FeatureRow> rows, boolean more, OptionalLong matched) {

	public FeaturePage {
		rows = List.copyOf(rows);
	}

}
