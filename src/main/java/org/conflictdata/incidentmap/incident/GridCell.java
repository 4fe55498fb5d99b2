package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;

/**
 * The incidents of one grid cell in one time bin, as {@link IncidentGrid} sums them. The
 * cell is given by its column and row: the cell of width {@code w} degrees with column
 * {@code x} and row {@code y} spans longitudes {@code [x·w, (x+1)·w)} and latitudes
 * {@code [y·w, (y+1)·w)}.
 *
 * @param column floor(longitude / cell width)
 * @param row floor(latitude / cell width)
 * @param firstDay the first day of the time bin
 * @param count how many incidents lie in the cell and start in the bin (at least 1)
 * @param killed the sum of their stated killed figures (0 when none is stated)
 * @param regional how many of {@code count} are placed only at region level
 * (geo_precision 3) and lie in this cell by their representative point
 */
public record GridCell(long column, long row, LocalDate firstDay, long count, long killed, long regional) {
}
