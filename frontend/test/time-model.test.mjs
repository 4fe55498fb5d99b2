import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TimeModel } from '../js/time-model.js';
import { isoDay, parseDay } from '../js/dates.js';

function fakeTimers() {
  const timers = { active: new Map(), next: 1 };
  timers.setInterval = (fn, ms) => {
    timers.active.set(timers.next, { fn, ms });
    return timers.next++;
  };
  timers.clearInterval = (id) => timers.active.delete(id);
  return timers;
}

function record(model) {
  const events = [];
  for (const type of ['timechange', 'rangechange', 'modechange', 'playchange']) {
    model.addEventListener(type, (e) => events.push([type, e.detail]));
  }
  return events;
}

const start = parseDay('2019-12-25');
const end = parseDay('2019-12-31');

test('starts at the end of its range in cumulative mode', () => {
  const model = new TimeModel({ start, end });
  assert.equal(model.time, end);
  assert.equal(model.mode, 'cumulative');
});

test('clamps the time into the range and announces only real changes', () => {
  const model = new TimeModel({ start, end });
  const events = record(model);
  model.setTime(parseDay('2020-06-01'));
  model.setTime(parseDay('2019-12-27'));
  model.setTime(parseDay('2019-12-27'));
  model.setTime(NaN);
  assert.deepEqual(events, [['timechange', { time: parseDay('2019-12-27') }]]);
});

test('plays step by step at its speed and stops at the end without loop', () => {
  const timers = fakeTimers();
  const model = new TimeModel({ start, end, time: parseDay('2019-12-30'), speed: 4, ...timers });
  model.play();
  assert.equal(model.playing, true);
  const [{ fn, ms }] = timers.active.values();
  assert.equal(ms, 250);
  fn();
  assert.equal(isoDay(model.time), '2019-12-31');
  fn();
  assert.equal(model.playing, false);
  assert.equal(timers.active.size, 0);
});

test('playing from the last day starts over, and loop wraps around', () => {
  const timers = fakeTimers();
  const model = new TimeModel({ start, end, loop: true, ...timers });
  model.play();
  assert.equal(model.time, start);
  model.setTime(end);
  model.tick();
  assert.equal(model.time, start);
  assert.equal(model.playing, true);
  model.toggle();
  assert.equal(model.playing, false);
});

test('changing speed while playing restarts the clock at the new rate', () => {
  const timers = fakeTimers();
  const model = new TimeModel({ start, end, time: start, ...timers });
  model.play();
  model.setSpeed(16);
  assert.equal(timers.active.size, 1);
  assert.equal([...timers.active.values()][0].ms, 62.5);
  model.setSpeed(3);
  assert.equal(model.speed, 16);
});

test('steps by stepDays and never past the range', () => {
  const model = new TimeModel({ start, end, time: start, stepDays: 7 });
  model.stepForward();
  assert.equal(model.time, end);
  model.stepBack();
  assert.equal(model.time, start);
});

test('window and mode changes are announced together', () => {
  const model = new TimeModel({ start, end });
  const events = record(model);
  model.setMode('window');
  model.setWindowDays(7);
  model.setWindowDays(0);
  model.setMode('sideways');
  assert.deepEqual(events, [
    ['modechange', { mode: 'window', windowDays: 30 }],
    ['modechange', { mode: 'window', windowDays: 7 }],
  ]);
});

test('a new range pulls the current time inside it', () => {
  const model = new TimeModel({ start, end });
  const events = record(model);
  model.setRange(parseDay('2019-12-01'), parseDay('2019-12-10'), 1);
  assert.equal(isoDay(model.time), '2019-12-10');
  assert.deepEqual(events.map((e) => e[0]), ['rangechange', 'timechange']);
  model.setRange(parseDay('2019-12-10'), parseDay('2019-12-01'));
  assert.equal(isoDay(model.end), '2019-12-10');
});
