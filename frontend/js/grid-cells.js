/**
 * The aggregate the map draws when a view holds more incidents than it loads one by one: the columnar
 * answer of `/api/incidents/grid` (one row per cell and time bin) as typed arrays sorted by bin, and the
 * per-cell totals of a time span, summed into a reused array. DOM-free. Rows with a missing coordinate, day
 * or count are dropped; an unknown bin counts as a day.
 */
import { DAY_MS } from './dates.js';
import { mercatorX, mercatorY } from './incident-points.js';

/**
 * { cell (degrees), bin, rows, cells, cellOf, day, dayEnd, count, killed, mx, my (per cell),
 *   lon, lat (per cell), total }.
 */
export function gridCells(json) {
  const source = json ?? {};
  const bin = ['day', 'week', 'month', 'year'].includes(source.bin) ? source.bin : 'day';
  const length = Math.min(...['lon', 'lat', 'day', 'count'].map((k) => (Array.isArray(source[k]) ? source[k].length : 0)));
  const keep = [];
  for (let i = 0; i < length; i++) {
    if (Number.isFinite(source.lon[i]) && Number.isFinite(source.lat[i]) && Number.isInteger(source.day[i])
      && source.count[i] > 0) {
      keep.push(i);
    }
  }
  keep.sort((a, b) => source.day[a] - source.day[b] || a - b);
  const rows = keep.length;
  const cellIndex = new Map();
  const lon = [];
  const lat = [];
  const grid = {
    cell: Number(source.cell) || 0,
    bin,
    rows,
    cellOf: new Int32Array(rows),
    day: new Int32Array(rows),
    dayEnd: new Int32Array(rows),
    count: new Float64Array(rows),
    killed: new Float64Array(rows),
    total: 0,
  };
  keep.forEach((i, k) => {
    const key = `${source.lon[i]},${source.lat[i]}`;
    if (!cellIndex.has(key)) {
      cellIndex.set(key, lon.length);
      lon.push(source.lon[i]);
      lat.push(source.lat[i]);
    }
    grid.cellOf[k] = cellIndex.get(key);
    grid.day[k] = source.day[i];
    grid.dayEnd[k] = binEnd(source.day[i], bin);
    grid.count[k] = source.count[i];
    grid.killed[k] = Array.isArray(source.killed) && source.killed[i] > 0 ? source.killed[i] : 0;
    grid.total += source.count[i];
  });
  grid.cells = lon.length;
  grid.lon = Float64Array.from(lon);
  grid.lat = Float64Array.from(lat);
  grid.mx = Float64Array.from(lon, mercatorX);
  grid.my = Float64Array.from(lat, mercatorY);
  return grid;
}

/**
 * Per-cell counts of the bins that overlap [firstDay, lastDay] (firstDay -Infinity: every bin up to
 * lastDay), written into `sums` (length ≥ cells, zeroed here); returns their total.
 */
export function sumCells(grid, firstDay, lastDay, sums) {
  sums.fill(0);
  let total = 0;
  for (let k = 0; k < grid.rows && grid.day[k] <= lastDay; k++) {
    if (grid.dayEnd[k] >= firstDay) {
      sums[grid.cellOf[k]] += grid.count[k];
      total += grid.count[k];
    }
  }
  return total;
}

/** The last epoch day of the bin that starts on `day`. */
export function binEnd(day, bin) {
  const d = new Date(day * DAY_MS);
  switch (bin) {
    case 'week':
      return day + 6;
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / DAY_MS;
    case 'year':
      return Date.UTC(d.getUTCFullYear(), 11, 31) / DAY_MS;
    default:
      return day;
  }
}
