import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionWords, compactDate, compactLabel, roleWords } from '../js/incident-text.js';
import { DAY_MS, parseDay } from '../js/dates.js';

const day = (text) => parseDay(text) / DAY_MS;

test('titles an incident by its type and its dates at the precision they suggest when none is given', () => {
  const label = (type, first, last) => compactLabel({
    type, day: day(first), dayEnd: day(last), killed: -1, wounded: -1,
  });
  assert.equal(label('Mob violence', '2019-12-31', '2019-12-31'), 'Mob violence, 31 Dec 2019');
  assert.equal(label('Attack', '2018-06-01', '2018-06-30'), 'Attack, June 2018');
  assert.equal(label('Attack', '2018-01-01', '2018-12-31'), 'Attack, 2018');
  assert.equal(label('Armed clash', '2019-12-27', '2019-12-29'), 'Armed clash, 27–29 Dec 2019');
  assert.equal(compactLabel({ type: '', day: NaN, dayEnd: NaN, killed: -1, wounded: -1 }), 'Incident');
  assert.equal(compactLabel(), 'Incident');
});

test('prints the date at its stated precision, not at what the first and last day suggest', () => {
  const date = (first, last, precision) => compactDate({ day: day(first), dayEnd: day(last), precision });
  assert.equal(date('2019-12-23', '2019-12-29', 'week'), 'week of 23 Dec 2019');
  assert.equal(date('2018-06-01', '2018-06-30', 'month'), 'June 2018');
  // A month-precise incident whose sources narrow it to the first half is still 'June 2018'.
  assert.equal(date('2018-06-01', '2018-06-15', 'month'), 'June 2018');
  assert.equal(date('2018-01-01', '2018-12-31', 'year'), '2018');
  assert.equal(date('2018-01-01', '2018-12-31', 'day'), '1 Jan – 31 Dec 2018');
  assert.equal(date('2019-12-27', '2019-12-27', 'day'), '27 Dec 2019');
  assert.equal(date('2018-06-01', '2018-06-30', ''), 'June 2018');
  assert.equal(compactDate({ day: NaN, precision: 'day' }), '');
});

test('adds the place and the stated killed and wounded figures, so incidents at one place can be told apart', () => {
  const facts = { type: 'Shelling/artillery/missile attack', place: 'Camp Taji', day: day('2020-03-11'),
    dayEnd: day('2020-03-11'), precision: 'day', killed: 3, wounded: 14 };
  assert.equal(compactLabel(facts),
    'Shelling/artillery/missile attack, 11 Mar 2020 — Camp Taji: 3 killed, 14 wounded');
  assert.equal(compactLabel({ ...facts, killed: -1 }),
    'Shelling/artillery/missile attack, 11 Mar 2020 — Camp Taji: 14 wounded');
  assert.equal(compactLabel({ ...facts, wounded: -1, killed: 0 }),
    'Shelling/artillery/missile attack, 11 Mar 2020 — Camp Taji: 0 killed');
  assert.equal(compactLabel({ ...facts, type: 'Mob violence', place: 'US Embassy, Baghdad', killed: -1, wounded: -1 }),
    'Mob violence, 11 Mar 2020 — US Embassy, Baghdad');
  assert.equal(compactLabel({ ...facts, place: '', killed: 10, wounded: -1 }),
    'Shelling/artillery/missile attack, 11 Mar 2020: 10 killed');
});

test('words attribution and role, and says nothing for unknown values', () => {
  assert.equal(attributionWords('CLAIMED'), 'claimed');
  assert.equal(attributionWords('SUSPECTED'), 'suspected');
  assert.equal(attributionWords('RUMOURED'), '');
  assert.equal(roleWords('TARGET'), 'target');
  assert.equal(roleWords(undefined), '');
});
