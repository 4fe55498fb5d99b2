package org.conflictdata.incidentmap.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code /api/timeline}: the bin width and, in date order, every bin from the
 * first that holds an incident to the last, empty bins in between included with count 0;
 * no bins at all when nothing matches.
 *
 * @param bin "day", "week" or "month"
 * @param bins the bins, oldest first
 */
record TimelineDocument(String bin, List<Bin> bins) {

	/**
	 * One bin of the timeline.
	 *
	 * @param start its first day
	 * @param end its last day
	 * @param count how many matching incidents start in it
	 */
	record Bin(LocalDate start, LocalDate end, long count) {
	}

}
