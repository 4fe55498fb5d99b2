import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { downloadUrl, fetchAllIncidents, fetchTimeline } from '../js/api.js';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function serve(total) {
  const requested = [];
  globalThis.fetch = async (url) => {
    requested.push(url);
    const params = new URLSearchParams(url.split('?')[1]);
    const offset = Number(params.get('offset'));
    const limit = Number(params.get('limit'));
    const features = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) },
      (_, i) => ({ type: 'Feature', id: offset + i }));
    return { ok: true, status: 200, json: async () => ({ type: 'FeatureCollection', numberMatched: total, features }) };
  };
  return requested;
}

test('fetches every page until numberMatched incidents have arrived', async () => {
  const requested = serve(12001);
  const { features, numberMatched } = await fetchAllIncidents();
  assert.equal(features.length, 12001);
  assert.equal(numberMatched, 12001);
  assert.equal(requested.length, 3);
  assert.deepEqual(features.slice(4999, 5001).map((f) => f.id), [4999, 5000]);
});

test('stops after one request when everything fits in a page', async () => {
  const requested = serve(3);
  const { features } = await fetchAllIncidents(new URLSearchParams({ q: 'k-1' }));
  assert.equal(features.length, 3);
  assert.equal(requested.length, 1);
  assert.match(requested[0], /^api\/incidents\?q=k-1&limit=\d+&offset=0$/);
});

test('rejects with the URL and status when the API fails', async () => {
  globalThis.fetch = async () => ({ ok: false, status: 503, json: async () => ({}) });
  await assert.rejects(fetchTimeline('week'), /api\/timeline\?bin=week answered 503/);
});

test('builds download URLs relative to the page with the given parameters', () => {
  assert.equal(downloadUrl('csv', new URLSearchParams({ start: '2019-12-01', end: '2019-12-31' })),
    'api/incidents.csv?start=2019-12-01&end=2019-12-31');
  assert.equal(downloadUrl('geojson', new URLSearchParams()), 'api/incidents.geojson');
});
