/**
 * The map's compact incidents: the columnar answer of `/api/incidents/points` as typed arrays, sorted by
 * first day, with what the layer needs per frame precomputed once — Web Mercator world coordinates, the
 * running maximum of last days (so a trailing window is found by binary search, not by a scan) and an id
 * index. DOM-free. Rows with a missing coordinate or day are dropped; missing arrays count as empty;
 * unsorted input is sorted (stable by the input order).
 */
import { DAY_MS } from './dates.js';

/** Latitude beyond which Web Mercator is cut off, as Leaflet does. */
const MAX_LATITUDE = 85.0511287798;

/** Names of the `datePrecision` codes of the points API (API.md); code 0, or any other, is unknown. */
export const DATE_PRECISIONS = ['', 'day', 'week', 'month', 'year'];

/**
 * The parsed response: { count, truncated, id, lon, lat, mx, my, day, dayEnd, endMax, type, killed,
 * wounded, casualties (killed + wounded, figures not stated count 0), precision (geo), datePrecision
 * (a DATE_PRECISIONS index), place (-1: none), historical, subEventTypes, places, index(id) }.
 */
export function incidentPoints(json) {
  const source = json ?? {};
  const length = Math.min(...['id', 'lon', 'lat', 'day'].map((key) => arrayLength(source[key])));
  const keep = [];
  for (let i = 0; i < length; i++) {
    if (Number.isFinite(source.lon[i]) && Number.isFinite(source.lat[i]) && Number.isInteger(source.day[i])) {
      keep.push(i);
    }
  }
  // The server sends date order; a stable sort keeps its tie order and costs nothing when already sorted.
  if (!isSorted(keep, source.day)) {
    keep.sort((a, b) => source.day[a] - source.day[b] || a - b);
  }
  const n = keep.length;
  const points = {
    count: n,
    truncated: source.truncated === true,
    subEventTypes: Array.isArray(source.subEventTypes) ? source.subEventTypes.map(String) : [],
    places: Array.isArray(source.places) ? source.places.map(String) : [],
    id: new Float64Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    mx: new Float64Array(n),
    my: new Float64Array(n),
    day: new Int32Array(n),
    dayEnd: new Int32Array(n),
    endMax: new Int32Array(n),
    type: new Uint8Array(n),
    killed: new Int32Array(n),
    wounded: new Int32Array(n),
    casualties: new Int32Array(n),
    precision: new Uint8Array(n),
    datePrecision: new Uint8Array(n),
    place: new Int32Array(n),
    historical: new Uint8Array(n),
  };
  let runningEnd = -Infinity;
  for (let k = 0; k < n; k++) {
    const i = keep[k];
    points.id[k] = Number(source.id[i]);
    points.lon[k] = source.lon[i];
    points.lat[k] = source.lat[i];
    points.mx[k] = mercatorX(source.lon[i]);
    points.my[k] = mercatorY(source.lat[i]);
    points.day[k] = source.day[i];
    const end = valueAt(source.dayEnd, i);
    points.dayEnd[k] = Number.isInteger(end) && end > source.day[i] ? end : source.day[i];
    runningEnd = Math.max(runningEnd, points.dayEnd[k]);
    points.endMax[k] = runningEnd;
    const type = valueAt(source.type, i);
    points.type[k] = Number.isInteger(type) && type >= 0 && type < 255 ? type : 255;
    const killed = valueAt(source.killed, i);
    points.killed[k] = Number.isInteger(killed) && killed >= 0 ? killed : -1;
    const wounded = valueAt(source.wounded, i);
    points.wounded[k] = Number.isInteger(wounded) && wounded >= 0 ? wounded : -1;
    points.casualties[k] = Math.max(0, points.killed[k]) + Math.max(0, points.wounded[k]);
    const datePrecision = valueAt(source.datePrecision, i);
    points.datePrecision[k] = Number.isInteger(datePrecision) && datePrecision > 0
      && datePrecision < DATE_PRECISIONS.length ? datePrecision : 0;
    const place = valueAt(source.place, i);
    points.place[k] = Number.isInteger(place) && place >= 0 && place < points.places.length ? place : -1;
    const precision = valueAt(source.geoPrecision, i);
    points.precision[k] = precision === 2 || precision === 3 ? precision : 1;
    points.historical[k] = valueAt(source.historical, i) === 1 || valueAt(source.historical, i) === true ? 1 : 0;
  }
  const byId = new Map();
  for (let k = 0; k < n; k++) {
    byId.set(points.id[k], k);
  }
  points.index = (id) => byId.get(Number(id)) ?? -1;
  return points;
}

/**
 * The rows a day range can show, as [from, to): rows that start on or before `lastDay` and whose last day
 * is on or after `firstDay` all lie inside it (a row inside may still end too early; the caller checks
 * dayEnd). Binary searches on `day` and on the running maximum of `dayEnd`.
 */
export function rowsBetween(points, firstDay, lastDay) {
  const to = upperBound(points.day, points.count, lastDay);
  const from = Number.isFinite(firstDay) ? lowerBound(points.endMax, to, firstDay) : 0;
  return [from, to];
}

/** The sub-event type name of a row, or '' when the row has none. */
export function typeName(points, row) {
  return points.subEventTypes[points.type[row]] ?? '';
}

/** The place name of a row, or '' when the row has none. */
export function placeName(points, row) {
  return points.places[points.place[row]] ?? '';
}

/**
 * What the map's lists and tooltips say about a row: { type, place, day, dayEnd, precision (a date
 * precision name, '' when unknown), killed, wounded (-1: not stated) }.
 */
export function rowFacts(points, row) {
  return {
    type: typeName(points, row),
    place: placeName(points, row),
    day: points.day[row],
    dayEnd: points.dayEnd[row],
    precision: DATE_PRECISIONS[points.datePrecision[row]],
    killed: points.killed[row],
    wounded: points.wounded[row],
  };
}

/** The sub-event type names that at least one row has. */
export function presentTypes(points) {
  const seen = new Uint8Array(256);
  for (let i = 0; i < points.count; i++) {
    seen[points.type[i]] = 1;
  }
  return points.subEventTypes.filter((name, t) => seen[t] === 1 && name !== '');
}

/** The epoch day of a UTC ms time (the day that contains it). */
export function epochDay(ms) {
  return Math.floor(ms / DAY_MS);
}

/** Longitude → Web Mercator x in [0, 1] (0 at 180° W). */
export function mercatorX(lon) {
  return 0.5 + lon / 360;
}

/** Latitude → Web Mercator y in [0, 1] (0 at the top), clamped as Leaflet's EPSG:3857 does. */
export function mercatorY(lat) {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/** The first index in sorted[0, length) whose value is greater than `value`. */
function upperBound(sorted, length, value) {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) {
      lo = mid + 1;
    }
    else {
      hi = mid;
    }
  }
  return lo;
}

/** The first index in sorted[0, length) whose value is at least `value`. */
function lowerBound(sorted, length, value) {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) {
      lo = mid + 1;
    }
    else {
      hi = mid;
    }
  }
  return lo;
}

function isSorted(rows, days) {
  for (let k = 1; k < rows.length; k++) {
    if (days[rows[k]] < days[rows[k - 1]]) {
      return false;
    }
  }
  return true;
}

function arrayLength(values) {
  return Array.isArray(values) ? values.length : 0;
}

function valueAt(values, i) {
  return Array.isArray(values) ? values[i] : undefined;
}
