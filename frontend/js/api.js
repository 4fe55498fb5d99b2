/**
 * The few calls the map makes to the Incident Map API. Every function resolves to parsed JSON or rejects
 * with an Error naming the URL and HTTP status; callers show that in the status line. Paths are relative
 * to the page, so the map works under any context path.
 */

/** The most incidents the map asks for one by one; past it the server answers `truncated` and the map a grid. */
export const POINTS_LIMIT = 150000;

/**
 * The incidents matching `params` in the map's compact columnar form ({numberReturned, truncated, id, lon,
 * lat, day, dayEnd, type, killed, geoPrecision, historical, subEventTypes}), at most `limit` of them.
 */
export function fetchPoints(params, limit = POINTS_LIMIT) {
  const query = new URLSearchParams(params);
  query.set('limit', String(limit));
  return getJson(`api/incidents/points?${query}`);
}

/** Counts of the incidents matching `params` per grid cell (degrees) and time bin. */
export function fetchGrid(params, cell, bin) {
  const query = new URLSearchParams(params);
  query.set('cell', String(cell));
  query.set('bin', bin);
  return getJson(`api/incidents/grid?${query}`);
}

/** One page of incidents with every property: { features, numberMatched }. */
export function fetchIncidents(params, limit) {
  const query = new URLSearchParams(params);
  query.set('limit', String(limit));
  return getJson(`api/incidents?${query}`);
}

/** Counts per bin: { bin, bins: [{start, count}] }. */
export function fetchTimeline(bin, params = new URLSearchParams()) {
  const query = new URLSearchParams(params);
  query.set('bin', bin);
  return getJson(`api/timeline?${query}`);
}

/** One incident as a Feature. */
export function fetchIncident(id) {
  return getJson(`api/incidents/${encodeURIComponent(id)}`);
}

/** The download URL of all matches in a format ('geojson' or 'csv'). */
export function downloadUrl(format, params) {
  const query = params.toString();
  return `api/incidents.${format}${query ? `?${query}` : ''}`;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/geo+json, application/json' } });
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
  return response.json();
}
