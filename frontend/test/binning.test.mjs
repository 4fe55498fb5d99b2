import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binStart, binStarts, chooseBin, countByBin, timeSpan, visibility } from '../js/binning.js';
import { isoDay, parseDay } from '../js/dates.js';

const day = parseDay;

test('chooses days for short ranges, weeks for a few years, months beyond', () => {
  assert.equal(chooseBin(day('2019-12-01'), day('2020-01-31')), 'day');
  assert.equal(chooseBin(day('2018-06-01'), day('2020-01-31')), 'week');
  assert.equal(chooseBin(day('2010-01-01'), day('2020-01-31')), 'month');
});

test('starts weeks on Monday and months on the first', () => {
  assert.equal(isoDay(binStart(day('2019-12-29'), 'week')), '2019-12-23'); // a Sunday
  assert.equal(isoDay(binStart(day('2019-12-23'), 'week')), '2019-12-23'); // a Monday
  assert.equal(isoDay(binStart(day('2019-12-27'), 'month')), '2019-12-01');
  assert.equal(isoDay(binStart(day('2019-12-27'), 'day')), '2019-12-27');
});

test('lists every bin of a range, including empty ones', () => {
  assert.deepEqual(binStarts(day('2019-11-15'), day('2020-01-02'), 'month').map(isoDay),
    ['2019-11-01', '2019-12-01', '2020-01-01']);
  assert.deepEqual(binStarts(day('2020-01-02'), day('2019-11-15'), 'month'), []);
});

test('counts days per bin and drops days outside the range', () => {
  const counts = countByBin([day('2019-12-27'), day('2019-12-29'), day('2019-12-31'), day('2020-03-01')],
    day('2019-12-23'), day('2020-01-05'), 'week');
  assert.deepEqual(counts.map((c) => [isoDay(c.start), c.count]), [['2019-12-23', 2], ['2019-12-30', 1]]);
});

test('cumulative mode shows everything that has started, at full strength', () => {
  assert.equal(visibility(day('2019-01-01'), day('2019-01-01'), day('2019-12-31'), 'cumulative', 30), 1);
  assert.equal(visibility(day('2020-01-01'), day('2020-01-01'), day('2019-12-31'), 'cumulative', 30), 0);
});

test('window mode fades incidents with age and hides those that ended before the window', () => {
  const now = day('2019-12-31');
  assert.equal(visibility(now, now, now, 'window', 7), 1);
  const older = visibility(day('2019-12-28'), day('2019-12-28'), now, 'window', 7);
  assert.ok(older < 1 && older > 0.25, `faded but visible, was ${older}`);
  assert.equal(visibility(day('2019-12-25'), day('2019-12-25'), now, 'window', 7), 0.25);
  assert.equal(visibility(day('2019-12-24'), day('2019-12-24'), now, 'window', 7), 0);
});

test('window mode keeps a long incident that still overlaps the window', () => {
  const now = day('2019-12-31');
  assert.equal(visibility(day('2019-12-01'), day('2019-12-31'), now, 'window', 7), 1);
});

test('the time span of window mode is the trailing window, of cumulative mode the range so far', () => {
  const now = day('2019-12-31');
  assert.deepEqual(timeSpan(now, 'window', 7, day('2019-01-01')), { start: day('2019-12-25'), end: now });
  assert.deepEqual(timeSpan(now, 'cumulative', 7, day('2019-01-01')), { start: day('2019-01-01'), end: now });
});
