import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bboxParam, cellForZoom, clipToWorld, contains, needsRefetch, padBox } from '../js/view-loading.js';

const view = { west: 40, south: 30, east: 44, north: 32 };

test('pads the view by half its size on each side, within the world', () => {
  assert.deepEqual(padBox(view), { west: 38, south: 29, east: 46, north: 33 });
  assert.deepEqual(padBox({ west: -179, south: -89, east: 179, north: 89 }), { west: -180, south: -90, east: 180, north: 90 });
  assert.deepEqual(clipToWorld({ west: -200, south: -95, east: 200, north: 95 }), { west: -180, south: -90, east: 180, north: 90 });
});

test('asks again only when the view leaves what was loaded, or a truncated load changes zoom', () => {
  const loaded = { box: padBox(view), zoom: 7, truncated: false };
  assert.equal(needsRefetch(null, { box: view, zoom: 7 }), true);
  assert.equal(needsRefetch(loaded, { box: view, zoom: 7 }), false);
  assert.equal(needsRefetch(loaded, { box: { west: 41, south: 30.5, east: 43, north: 31.5 }, zoom: 9 }), false);
  assert.equal(needsRefetch(loaded, { box: { west: 45, south: 30, east: 49, north: 32 }, zoom: 7 }), true);
  assert.equal(needsRefetch({ ...loaded, truncated: true }, { box: view, zoom: 8 }), true);
  assert.equal(needsRefetch({ ...loaded, truncated: true }, { box: view, zoom: 7 }), false);
  assert.equal(needsRefetch({ box: null, zoom: 5, truncated: false }, { box: { west: -180, south: -90, east: 180, north: 90 }, zoom: 3 }), false);
  assert.equal(contains(null, view), true);
});

test('writes the box as the API reads it, rounded outward', () => {
  assert.equal(bboxParam({ west: 40.123456, south: -30.00001, east: 44.00001, north: 32 }), '40.1234,-30.0001,44.0001,32');
});

test('picks a coarser grid cell the further out the zoom, within the API limits', () => {
  assert.equal(cellForZoom(3), 5);
  assert.equal(cellForZoom(1), 10);
  assert.equal(cellForZoom(6), 1);
  assert.equal(cellForZoom(9), 0.1);
  assert.equal(cellForZoom(14), 0.01);
  assert.ok(cellForZoom(7) <= cellForZoom(6));
});
