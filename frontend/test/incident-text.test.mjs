import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionWords, incidentListLabel, incidentTitle, roleWords } from '../js/incident-text.js';

test('titles an incident by its most specific type and its date at its precision', () => {
  assert.equal(incidentTitle({ event_type: 'Riots', sub_event_type: 'Mob violence', date: '2019-12-31',
    date_precision: 'day' }), 'Mob violence, 31 Dec 2019');
  assert.equal(incidentTitle({ event_type: 'Battles', date: '2018-06-01', date_precision: 'month' }),
    'Battles, June 2018');
  assert.equal(incidentTitle({}), 'Incident');
});

test('adds reported casualties so incidents at one place can be told apart', () => {
  assert.equal(incidentListLabel({ sub_event_type: 'Air/drone strike', date: '2020-01-03', date_precision: 'day',
    killed: { value: 10, min: 7, max: 10 }, wounded: null }), 'Air/drone strike, 3 Jan 2020: 10 killed');
  assert.equal(incidentListLabel({ sub_event_type: 'Grenade' }), 'Grenade');
});

test('words attribution and role, and says nothing for unknown values', () => {
  assert.equal(attributionWords('CLAIMED'), 'claimed');
  assert.equal(attributionWords('SUSPECTED'), 'suspected');
  assert.equal(attributionWords('RUMOURED'), '');
  assert.equal(roleWords('TARGET'), 'target');
  assert.equal(roleWords(undefined), '');
});
