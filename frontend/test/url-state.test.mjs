import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeState, encodeState } from '../js/url-state.js';
import { parseDay } from '../js/dates.js';

const full = {
  view: { lat: 35.4681, lon: 44.3922, zoom: 9 },
  time: parseDay('2019-12-27'),
  mode: 'window',
  windowDays: 14,
  filters: { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', actor: 'Kata’ib Hizballah',
    q: 'K-1 & base', historical: true },
  incident: 'inc-42',
};

test('a full state survives encoding and decoding', () => {
  assert.deepEqual(decodeState(encodeState(full)), full);
});

test('encodes as readable URLSearchParams text and accepts a leading #', () => {
  const hash = encodeState(full);
  assert.match(hash, /^lat=35\.4681&lon=44\.3922&z=9&t=2019-12-27&mode=window&w=14&/);
  assert.deepEqual(decodeState(`#${hash}`), full);
});

test('omits empty filters and an unset view', () => {
  assert.equal(encodeState({ mode: 'cumulative', filters: { q: '  ', actor: '' } }), 'mode=cumulative');
});

test('ignores malformed and out-of-range values instead of failing', () => {
  const state = decodeState('lat=95&lon=44&z=7&t=2019-02-30&mode=sideways&w=-3&id=');
  assert.deepEqual(state, { filters: {} });
  assert.deepEqual(decodeState('lat=abc&lon=44&z=7'), { filters: {} });
  assert.deepEqual(decodeState(''), { filters: {} });
  assert.deepEqual(decodeState(undefined), { filters: {} });
});

test('keeps text that looks like markup as plain text', () => {
  const state = decodeState(encodeState({ filters: { q: '<img src=x onerror=alert(1)>' } }));
  assert.equal(state.filters.q, '<img src=x onerror=alert(1)>');
});
