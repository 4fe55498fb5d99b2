import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colourFor, radiusFor, TYPE_COLOURS } from '../js/marker-style.js';

test('colours known sub-event types from the palette and unknown ones stably', () => {
  assert.equal(colourFor('Air/drone strike'), TYPE_COLOURS['Air/drone strike']);
  assert.equal(colourFor('Something new'), colourFor('Something new'));
  assert.match(colourFor('Something new'), /^#[0-9a-f]{6}$/);
  assert.equal(colourFor(null), '#9e9e9e');
});

test('grows the radius with the square root of the casualties (killed + wounded) and caps it', () => {
  assert.equal(radiusFor(0), 5);
  assert.equal(radiusFor(4), 10);
  assert.ok(radiusFor(100) > radiusFor(16));
  assert.equal(radiusFor(1e6), 26);
  assert.equal(radiusFor(NaN), 5);
  assert.equal(radiusFor(-1), 5);
});
