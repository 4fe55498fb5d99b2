import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACLED_TYPES, actorOptions, apiParams, eventTypeOf, typeOptions } from '../js/incident-filter.js';
import { parseDay } from '../js/dates.js';

const strike = {
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Air/drone strike',
  place: 'Al-Qa’im',
  summary: 'US strikes on Kata’ib Hizballah facilities near the border',
  actors: [{ name: 'United States', role: 'PERPETRATOR' }, { name: 'Kata’ib Hizballah', role: 'TARGET' }],
  historical: false,
};
const rocket = {
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Shelling/artillery/missile attack',
  place: 'K-1 air base',
  summary: 'Rockets hit the K-1 base near Kirkuk',
  actors: [],
};
const old = { event_type: 'Battles', sub_event_type: 'Armed clash', summary: 'Older fighting', historical: true };

test('knows the ACLED event type of each sub-event type, and none for others', () => {
  assert.equal(eventTypeOf('Air/drone strike'), 'Explosions/Remote violence');
  assert.equal(eventTypeOf('Armed clash'), 'Battles');
  assert.equal(eventTypeOf('Other'), 'Strategic developments');
  assert.equal(eventTypeOf('Something new'), '');
  const all = Object.values(ACLED_TYPES).flat();
  assert.equal(new Set(all).size, all.length, 'a sub-event type belongs to one event type');
});

test('offers the types and actors present in the data, sorted', () => {
  assert.deepEqual(typeOptions([strike, rocket, old, {}]), [
    { eventType: 'Battles', subEventTypes: ['Armed clash'] },
    { eventType: 'Explosions/Remote violence', subEventTypes: ['Air/drone strike', 'Shelling/artillery/missile attack'] },
  ]);
  assert.deepEqual(actorOptions([strike, rocket, { actors: null }]), ['Kata’ib Hizballah', 'United States']);
});

test('builds API parameters from the filters and the time span, leaving out empty ones', () => {
  const params = apiParams({ eventType: 'Battles', actor: '', q: ' base ' },
    { start: parseDay('2019-12-01'), end: parseDay('2019-12-31') });
  assert.equal(params.toString(), 'start=2019-12-01&end=2019-12-31&event_type=Battles&q=base');
  assert.equal(apiParams({}, null).toString(), '');
  assert.equal(apiParams({ historical: true }, null).toString(), 'include_historical=true');
});
