package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;

/**
 * Where and when the stored incidents lie: the lon/lat box around every point and the
 * first and last day any incident may have happened. The store gives none (empty) when it
 * holds no incidents, so no field is ever null.
 *
 * @param bbox box around every incident's point
 * @param firstDay earliest {@code date} of any incident
 * @param lastDay latest {@code date_end} of any incident
 * @param count how many incidents there are
 */
public record IncidentExtent(BoundingBox bbox, LocalDate firstDay, LocalDate lastDay, long count) {
}
