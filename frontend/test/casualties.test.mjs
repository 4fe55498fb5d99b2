import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCount } from '../js/casualties.js';

test('prints an exact count as a bare number', () => {
  assert.equal(formatCount({ value: 3, min: 3, max: 3 }), '3');
  assert.equal(formatCount({ value: 0 }), '0');
});

test('prints a range after the best value', () => {
  assert.equal(formatCount({ value: 1, min: 1, max: 2 }), '1 (1–2)');
});

test('prints an open-ended count as "or more"', () => {
  assert.equal(formatCount({ value: 5, min: 5, max: null }), '5 (5 or more)');
  assert.equal(formatCount({ value: null, min: 5, max: null }), 'at least 5');
  assert.equal(formatCount({ value: null, min: 2, max: 4 }), '2–4');
});

test('says when a count is missing or malformed', () => {
  assert.equal(formatCount(null), 'not reported');
  assert.equal(formatCount('seven'), 'not reported');
  assert.equal(formatCount({ value: 'x' }), 'not reported');
});
