import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colourFor, precisionRing, radiusFor, TYPE_COLOURS } from '../js/marker-style.js';

test('colours known sub-event types from the palette and unknown ones stably', () => {
  assert.equal(colourFor('Air/drone strike'), TYPE_COLOURS['Air/drone strike']);
  assert.equal(colourFor('Something new'), colourFor('Something new'));
  assert.match(colourFor('Something new'), /^#[0-9a-f]{6}$/);
  assert.equal(colourFor(null), '#9e9e9e');
});

test('grows the radius with the square root of casualties and caps it', () => {
  assert.equal(radiusFor(0), 5);
  assert.equal(radiusFor(4), 10);
  assert.ok(radiusFor(100) > radiusFor(16));
  assert.equal(radiusFor(1e6), 26);
  assert.equal(radiusFor(NaN), 5);
});

test('draws a wider dashed ring the looser the place is known', () => {
  assert.equal(precisionRing(1, 8), null);
  assert.equal(precisionRing(undefined, 8), null);
  assert.ok(precisionRing(2, 8).radius > 8);
  assert.ok(precisionRing(3, 8).radius > precisionRing(2, 8).radius);
});
