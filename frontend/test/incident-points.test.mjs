import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  epochDay, incidentPoints, mercatorX, mercatorY, placeName, presentTypes, rowFacts, rowsBetween, typeName,
} from '../js/incident-points.js';
import { parseDay } from '../js/dates.js';

const day = (text) => epochDay(parseDay(text));

// Three incidents as /api/incidents/points answers them, plus one without coordinates.
const answer = {
  numberReturned: 4,
  truncated: false,
  id: [11, 12, 13, 14],
  lon: [44.28, 42.44, 44.59, null],
  lat: [35.51, 33.8, 34.72, 33.3],
  day: [day('2019-12-27'), day('2020-01-08'), day('2018-06-01'), day('2019-01-01')],
  dayEnd: [day('2019-12-27'), day('2020-01-08'), day('2018-06-30'), day('2019-01-01')],
  type: [1, 1, 0, 0],
  killed: [1, -1, 3, 0],
  geoPrecision: [1, 1, 2, 1],
  historical: [0, 0, 0, 1],
  subEventTypes: ['Attack', 'Shelling/artillery/missile attack', 'Air/drone strike'],
  place: [0, 1, 1, 2],
  wounded: [4, 2, -1, 0],
  datePrecision: [1, 1, 3, 4],
  places: ['K-1 Air Base', 'Al-Qa\'im', 'Baghdad'],
};

test('reads the columns into typed arrays sorted by first day, dropping rows without a place', () => {
  const points = incidentPoints(answer);
  assert.equal(points.count, 3);
  assert.equal(points.truncated, false);
  assert.deepEqual([...points.id], [13, 11, 12]);
  assert.deepEqual([...points.killed], [3, 1, -1]);
  assert.deepEqual([...points.precision], [2, 1, 1]);
  assert.equal(typeName(points, 0), 'Attack');
  assert.equal(typeName(points, 1), 'Shelling/artillery/missile attack');
  assert.equal(points.index(12), 2);
  assert.equal(points.index(99), -1);
  assert.deepEqual(presentTypes(points), ['Attack', 'Shelling/artillery/missile attack']);
  assert.equal(placeName(points, 0), 'Al-Qa\'im');
  assert.equal(placeName(points, 1), 'K-1 Air Base');
  assert.deepEqual([...points.wounded], [-1, 4, 2]);
  assert.deepEqual([...points.datePrecision], [3, 1, 1]);
});

test('adds killed and wounded into casualties, counting a figure no source states as none', () => {
  const points = incidentPoints(answer);
  assert.deepEqual([...points.casualties], [3, 5, 2]);
});

test('gives the facts a label needs for a row, with the date precision by name', () => {
  const points = incidentPoints(answer);
  assert.deepEqual(rowFacts(points, 0), {
    type: 'Attack', place: 'Al-Qa\'im', day: day('2018-06-01'), dayEnd: day('2018-06-30'), precision: 'month',
    killed: 3, wounded: -1,
  });
  assert.equal(rowFacts(points, 1).precision, 'day');
});

test('reads an answer without the place, wounded and date precision columns as an older server sent it', () => {
  const { place, wounded, datePrecision, places, ...older } = answer;
  const points = incidentPoints(older);
  assert.equal(points.count, 3);
  assert.equal(placeName(points, 0), '');
  assert.deepEqual([...points.wounded], [-1, -1, -1]);
  assert.deepEqual([...points.casualties], [3, 1, 0]);
  assert.equal(rowFacts(points, 0).precision, '');
});

test('treats missing columns and malformed values as absent, not as errors', () => {
  const points = incidentPoints({ id: [1], lon: [40], lat: [30], day: [100], type: [900], geoPrecision: [7],
    place: [3], places: ['Only'], wounded: [-7], datePrecision: [9] });
  assert.equal(points.count, 1);
  assert.equal(placeName(points, 0), '');
  assert.equal(points.wounded[0], -1);
  assert.equal(points.datePrecision[0], 0);
  assert.equal(points.dayEnd[0], 100);
  assert.equal(points.killed[0], -1);
  assert.equal(points.precision[0], 1);
  assert.equal(typeName(points, 0), '');
  assert.equal(incidentPoints(null).count, 0);
  assert.equal(incidentPoints({ truncated: true }).truncated, true);
});

test('finds the rows a cumulative time shows by binary search on the first day', () => {
  const points = incidentPoints(answer);
  assert.deepEqual(rowsBetween(points, -Infinity, day('2018-05-31')), [0, 0]);
  assert.deepEqual(rowsBetween(points, -Infinity, day('2019-12-27')), [0, 2]);
  assert.deepEqual(rowsBetween(points, -Infinity, day('2021-01-01')), [0, 3]);
});

test('starts a trailing window after every row that ended before it, long rows included', () => {
  const days = Array.from({ length: 1000 }, (_, i) => 1000 + i);
  const ends = days.map((d) => d);
  ends[10] = 1500; // one long incident early on keeps the window open back to it
  const points = incidentPoints({ id: days, lon: days.map(() => 40), lat: days.map(() => 30), day: days, dayEnd: ends });
  const [from, to] = rowsBetween(points, 1400, 1409);
  assert.equal(to, 410);
  assert.equal(from, 10);
  const [from2] = rowsBetween(points, 1600, 1609);
  assert.equal(from2, 600);
  // Every row that overlaps the window lies inside [from, to).
  for (let i = 0; i < points.count; i++) {
    const overlaps = points.day[i] <= 1409 && points.dayEnd[i] >= 1400;
    assert.ok(!overlaps || (i >= from && i < to), `row ${i}`);
  }
});

test('projects to Web Mercator as Leaflet does, clamping the poles', () => {
  assert.equal(mercatorX(-180), 0);
  assert.equal(mercatorX(0), 0.5);
  assert.equal(mercatorY(0), 0.5);
  assert.ok(mercatorY(60) < mercatorY(30));
  assert.equal(mercatorY(90), mercatorY(85.0511287798));
  assert.ok(Math.abs(mercatorY(85.0511287798)) < 1e-9);
});
