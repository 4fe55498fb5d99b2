import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { downloadUrl, fetchGrid, fetchIncidents, fetchPoints, fetchTimeline, POINTS_LIMIT } from '../js/api.js';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function serve(answer) {
  const requested = [];
  globalThis.fetch = async (url) => {
    requested.push(url);
    return { ok: true, status: 200, json: async () => answer };
  };
  return requested;
}

test('asks for the compact points of the filters with a limit, in one request', async () => {
  const answer = { numberReturned: 1, truncated: false, id: [7], lon: [44.3], lat: [35.5], day: [18257] };
  const requested = serve(answer);
  assert.deepEqual(await fetchPoints(new URLSearchParams({ q: 'k-1', bbox: '40,30,48,38' }), 500), answer);
  assert.deepEqual(requested, ['api/incidents/points?q=k-1&bbox=40%2C30%2C48%2C38&limit=500']);
  await fetchPoints(new URLSearchParams());
  assert.equal(requested[1], `api/incidents/points?limit=${POINTS_LIMIT}`);
});

test('asks for the grid with its cell and bin, and for one page of full incidents', async () => {
  const requested = serve({});
  await fetchGrid(new URLSearchParams({ event_type: 'Battles' }), 0.5, 'month');
  await fetchIncidents(new URLSearchParams({ actor: 'kataib' }), 500);
  assert.deepEqual(requested, ['api/incidents/grid?event_type=Battles&cell=0.5&bin=month',
    'api/incidents?actor=kataib&limit=500']);
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
