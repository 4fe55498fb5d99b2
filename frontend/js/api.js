/**
 * The few calls the map makes to the Incident Map API. Every function resolves to parsed JSON or rejects
 * with an Error naming the URL and HTTP status; callers show that in the status line. Paths are relative
 * to the page, so the map works under any context path.
 */

const PAGE_SIZE = 5000;
/** A guard against a server that keeps returning full pages: 50 pages is far beyond the data we expect. */
const MAX_PAGES = 50;

/** Every incident the API has, fetched page by page: { features, numberMatched }. */
export async function fetchAllIncidents(params = new URLSearchParams()) {
  const features = [];
  let numberMatched = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams(params);
    query.set('limit', String(PAGE_SIZE));
    query.set('offset', String(page * PAGE_SIZE));
    const collection = await getJson(`api/incidents?${query}`);
    const batch = Array.isArray(collection.features) ? collection.features : [];
    features.push(...batch);
    if (Number.isFinite(collection.numberMatched)) {
      numberMatched = collection.numberMatched;
    }
    if (batch.length < PAGE_SIZE || (numberMatched !== null && features.length >= numberMatched)) {
      break;
    }
  }
  return { features, numberMatched: numberMatched ?? features.length };
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
