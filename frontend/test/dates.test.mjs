import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayInWords, formatIncidentDate, incidentEnd, isoDay, parseDay } from '../js/dates.js';

test('parses an ISO day to UTC midnight and back', () => {
  const ms = parseDay('2019-12-27');
  assert.equal(ms, Date.UTC(2019, 11, 27));
  assert.equal(isoDay(ms), '2019-12-27');
});

test('rejects impossible and malformed days', () => {
  assert.ok(Number.isNaN(parseDay('2019-02-30')));
  assert.ok(Number.isNaN(parseDay('27/12/2019')));
  assert.ok(Number.isNaN(parseDay(null)));
  assert.equal(isoDay(NaN), '');
});

test('prints each precision no more exactly than it is known', () => {
  assert.equal(formatIncidentDate('2019-12-27', 'day'), '27 Dec 2019');
  assert.equal(formatIncidentDate('2019-12-23', 'week'), 'week of 23 Dec 2019');
  assert.equal(formatIncidentDate('2018-06-01', 'month'), 'June 2018');
  assert.equal(formatIncidentDate('2018-01-01', 'year'), '2018');
});

test('prints a multi-day incident as a span', () => {
  assert.equal(formatIncidentDate('2019-12-27', 'day', '2019-12-29'), '27–29 Dec 2019');
  assert.equal(formatIncidentDate('2019-12-30', 'day', '2020-01-02'), '30 Dec 2019 – 2 Jan 2020');
  assert.equal(formatIncidentDate('2019-11-30', 'day', '2019-12-01'), '30 Nov – 1 Dec 2019');
  assert.equal(formatIncidentDate('2019-12-27', 'day', '2019-12-27'), '27 Dec 2019');
});

test('falls back to the day for an unknown precision and to empty text for a bad date', () => {
  assert.equal(formatIncidentDate('2020-01-03', undefined), '3 Jan 2020');
  assert.equal(formatIncidentDate('soon', 'day'), '');
  assert.equal(dayInWords(Date.UTC(2020, 0, 3)), '3 Jan 2020');
});

test('an imprecise incident lasts until the end of its period, or a later date_end', () => {
  assert.equal(isoDay(incidentEnd('2018-06-01', 'month')), '2018-06-30');
  assert.equal(isoDay(incidentEnd('2020-02-01', 'month')), '2020-02-29');
  assert.equal(isoDay(incidentEnd('2018-01-01', 'year')), '2018-12-31');
  assert.equal(isoDay(incidentEnd('2019-12-23', 'week')), '2019-12-29');
  assert.equal(isoDay(incidentEnd('2019-12-27', 'day')), '2019-12-27');
  assert.equal(isoDay(incidentEnd('2019-12-23', 'week', '2019-12-23')), '2019-12-29');
  assert.equal(isoDay(incidentEnd('2019-12-27', 'day', '2019-12-29')), '2019-12-29');
  assert.ok(Number.isNaN(incidentEnd('later', 'day')));
});
