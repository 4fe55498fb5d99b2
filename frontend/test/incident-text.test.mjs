import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionWords, compactLabel, roleWords } from '../js/incident-text.js';
import { DAY_MS, parseDay } from '../js/dates.js';

test('titles an incident by its type and its dates at the precision they suggest', () => {
  const day = (text) => parseDay(text) / DAY_MS;
  assert.equal(compactLabel('Mob violence', day('2019-12-31'), day('2019-12-31'), -1), 'Mob violence, 31 Dec 2019');
  assert.equal(compactLabel('Attack', day('2018-06-01'), day('2018-06-30'), -1), 'Attack, June 2018');
  assert.equal(compactLabel('Attack', day('2018-01-01'), day('2018-12-31'), -1), 'Attack, 2018');
  assert.equal(compactLabel('Armed clash', day('2019-12-27'), day('2019-12-29'), -1), 'Armed clash, 27–29 Dec 2019');
  assert.equal(compactLabel('', NaN, NaN, -1), 'Incident');
});

test('adds the killed figure so incidents at one place can be told apart, and none when not stated', () => {
  const day = parseDay('2020-01-03') / DAY_MS;
  assert.equal(compactLabel('Air/drone strike', day, day, 10), 'Air/drone strike, 3 Jan 2020: 10 killed');
  assert.equal(compactLabel('Air/drone strike', day, day, 0), 'Air/drone strike, 3 Jan 2020: 0 killed');
  assert.equal(compactLabel('Grenade', day, day, -1), 'Grenade, 3 Jan 2020');
});

test('words attribution and role, and says nothing for unknown values', () => {
  assert.equal(attributionWords('CLAIMED'), 'claimed');
  assert.equal(attributionWords('SUSPECTED'), 'suspected');
  assert.equal(attributionWords('RUMOURED'), '');
  assert.equal(roleWords('TARGET'), 'target');
  assert.equal(roleWords(undefined), '');
});
