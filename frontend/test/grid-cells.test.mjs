import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binEnd, gridCells, sumCells } from '../js/grid-cells.js';
import { epochDay } from '../js/incident-points.js';
import { parseDay } from '../js/dates.js';

const day = (text) => epochDay(parseDay(text));

const answer = {
  cell: 0.5,
  bin: 'month',
  lon: [44.25, 44.25, 42.75, 42.75, 10],
  lat: [33.25, 33.25, 34.25, 34.25, null],
  day: [day('2020-01-01'), day('2019-12-01'), day('2019-12-01'), day('2020-02-01'), day('2020-01-01')],
  count: [3, 2, 5, 1, 9],
  killed: [4, 0, 7, 1, 0],
};

test('reads cells and bins, sorted by bin, one cell per centre, dropping rows without a place', () => {
  const grid = gridCells(answer);
  assert.equal(grid.rows, 4);
  assert.equal(grid.cells, 2);
  assert.equal(grid.total, 11);
  assert.deepEqual([...grid.day], [day('2019-12-01'), day('2019-12-01'), day('2020-01-01'), day('2020-02-01')]);
  assert.deepEqual([...grid.dayEnd].map((d) => d - day('2019-12-01')), [30, 30, 61, 90]);
});

test('sums each cell over the bins a time span overlaps', () => {
  const grid = gridCells(answer);
  const sums = new Float64Array(grid.cells);
  const baghdad = grid.lon[0] === 44.25 ? 0 : 1;
  assert.equal(sumCells(grid, -Infinity, day('2019-12-31'), sums), 7);
  assert.equal(sums[baghdad], 2);
  assert.equal(sumCells(grid, -Infinity, day('2020-12-31'), sums), 11);
  assert.equal(sums[baghdad], 5);
  // A window from mid-January to mid-February overlaps the January and February bins only.
  assert.equal(sumCells(grid, day('2020-01-15'), day('2020-02-15'), sums), 4);
  assert.equal(sums[1 - baghdad], 1);
  assert.equal(sumCells(gridCells(null), -Infinity, 0, new Float64Array(0)), 0);
});

test('ends bins on the last day of their day, week, month or year', () => {
  assert.equal(binEnd(day('2020-02-01'), 'month'), day('2020-02-29'));
  assert.equal(binEnd(day('2019-12-23'), 'week'), day('2019-12-29'));
  assert.equal(binEnd(day('2019-01-01'), 'year'), day('2019-12-31'));
  assert.equal(binEnd(day('2019-01-05'), 'day'), day('2019-01-05'));
});
