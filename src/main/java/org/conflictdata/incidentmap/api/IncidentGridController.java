package org.conflictdata.incidentmap.api;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.conflictdata.incidentmap.incident.GridBin;
import org.conflictdata.incidentmap.incident.GridCell;
import org.conflictdata.incidentmap.incident.IncidentGrid;
import org.conflictdata.incidentmap.incident.IncidentQuery;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /api/incidents/grid}: how many incidents matching the API's filters, and how
 * many killed, lie in each square cell of {@code cell} degrees (required, from
 * {@value #MIN_CELL} to {@value #MAX_CELL}) per day, week, month or year ({@code bin},
 * default month); what a map zoomed out too far for single points draws. The database
 * sums; the cells come back as columns, like {@code /api/incidents/points}, through a
 * {@link ColumnSpool}, so even a fine grid over a million incidents keeps memory flat.
 */
@RestController
class IncidentGridController {

	static final String CELL = "cell";

	static final String BIN = "bin";

	static final BigDecimal MIN_CELL = new BigDecimal("0.01");

	static final BigDecimal MAX_CELL = BigDecimal.TEN;

	/** The columns, in the order they are written. */
	static final String[] COLUMNS = { "lon", "lat", "day", "count", "killed", "regional" };

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private static final int LON = 0;

	private static final int LAT = 1;

	private static final int DAY = 2;

	private static final int COUNT = 3;

	private static final int KILLED = 4;

	private static final int REGIONAL = 5;

	private final IncidentGrid grid;

	IncidentGridController(IncidentGrid grid) {
		this.grid = grid;
	}

	@GetMapping("/api/incidents/grid")
	ResponseEntity<StreamingResponseBody> grid(@RequestParam MultiValueMap<String, String> params) {
		IncidentQuery query = IncidentFilters.parse(params, CELL, BIN);
		BigDecimal cell = cell(IncidentFilters.single(params, CELL));
		GridBin bin = bin(IncidentFilters.single(params, BIN));
		CellColumns columns = new CellColumns(cell, bin);
		try {
			this.grid.cells(query, cell.doubleValue(), bin, columns::add);
		}
		catch (RuntimeException ex) {
			columns.spool.close();
			throw ex;
		}
		StreamingResponseBody body = (out) -> {
			try (ColumnSpool spool = columns.spool) {
				columns.writeTo(out);
			}
		};
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/**
	 * The cell width in {@code text}.
	 * @throws BadParameterException when it is missing, not a decimal number, or outside
	 * {@link #MIN_CELL} to {@link #MAX_CELL}
	 */
	static BigDecimal cell(String text) {
		if (text == null) {
			throw new BadParameterException(CELL,
					"is required: the grid's cell width in degrees, from " + MIN_CELL + " to " + MAX_CELL);
		}
		BigDecimal cell;
		try {
			cell = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new BadParameterException(CELL, BadParameterException.quote(text) + " is not a decimal number");
		}
		if (cell.compareTo(MIN_CELL) < 0 || cell.compareTo(MAX_CELL) > 0) {
			throw new BadParameterException(CELL, "must be from " + MIN_CELL + " to " + MAX_CELL + " degrees but was "
					+ BadParameterException.quote(text));
		}
		return cell.stripTrailingZeros();
	}

	/**
	 * The bin width in {@code text}, month when absent.
	 * @throws BadParameterException when it is not day, week, month or year
	 */
	static GridBin bin(String text) {
		if (text == null) {
			return GridBin.MONTH;
		}
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "day" -> GridBin.DAY;
			case "week" -> GridBin.WEEK;
			case "month" -> GridBin.MONTH;
			case "year" -> GridBin.YEAR;
			default -> throw new BadParameterException(BIN,
					BadParameterException.quote(text) + " is not one of day, week, month, year");
		};
	}

	/** The cells read so far, with their centres worked out in decimal. */
	private static final class CellColumns {

		final ColumnSpool spool = new ColumnSpool(COLUMNS);

		final BigDecimal cell;

		final GridBin bin;

		long matched;

		CellColumns(BigDecimal cell, GridBin bin) {
			this.cell = cell;
			this.bin = bin;
		}

		void add(GridCell cell) {
			this.spool.add(LON, centre(cell.column()));
			this.spool.add(LAT, centre(cell.row()));
			this.spool.add(DAY, cell.firstDay().toEpochDay());
			this.spool.add(COUNT, cell.count());
			this.spool.add(KILLED, cell.killed());
			this.spool.add(REGIONAL, cell.regional());
			this.spool.endRow();
			this.matched += cell.count();
		}

		private BigDecimal centre(long index) {
			return BigDecimal.valueOf(index).add(HALF).multiply(this.cell).stripTrailingZeros();
		}

		void writeTo(OutputStream out) throws IOException {
			String header = "{\"cell\":" + this.cell.toPlainString() + ",\"bin\":\""
					+ this.bin.name().toLowerCase(Locale.ROOT) + "\",\"numberReturned\":" + this.spool.rows()
					+ ",\"numberMatched\":" + this.matched;
			out.write(header.getBytes(StandardCharsets.US_ASCII));
			this.spool.writeTo(out);
			out.write('}');
		}

	}

}
