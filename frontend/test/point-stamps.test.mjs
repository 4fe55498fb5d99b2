import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FILL, LEVELS, RIM, RING, levelFor, pack, palette, stamp } from '../js/point-stamps.js';

const kinds = (s) => [FILL, RIM, RING].map((k) => [...s.kind].filter((x) => x === k).length);

test('draws an exact place as a filled disc with a rim, and nothing outside its radius', () => {
  const s = stamp(5, 1, 100);
  const [fill, rim, ring] = kinds(s);
  assert.ok(fill > 50 && rim > 20);
  assert.equal(ring, 0);
  assert.equal(s.reach, 5);
  for (let k = 0; k < s.dx.length; k++) {
    assert.ok(Math.hypot(s.dx[k], s.dy[k]) <= 5.5);
    assert.equal(s.offset[k], s.dy[k] * 100 + s.dx[k]);
  }
});

test('adds a dashed ring for near places and draws regions hollow', () => {
  const near = stamp(5, 2, 100);
  assert.ok(near.reach > 5);
  assert.ok(kinds(near)[2] > 0);
  const region = stamp(5, 3, 100);
  const [fill, rim, ring] = kinds(region);
  assert.equal(fill + rim, 0);
  assert.ok(ring > 20);
  assert.ok(!region.dx.some((x, k) => x === 0 && region.dy[k] === 0), 'the centre of a region marker is empty');
});

test('keeps each kind of pixel together, so each is one loop', () => {
  const s = stamp(6, 2, 64);
  assert.deepEqual([...s.kind], [...s.kind].sort((a, b) => a - b));
  assert.equal(s.ends[RING], s.kind.length);
  assert.equal(s.ends[FILL], kinds(s)[0]);
});

test('packs colours as ImageData words at a few opacity levels', () => {
  assert.equal(pack([0x11, 0x22, 0x33], 1), 0xff332211);
  const { fill, ring, rim } = palette(['#2166ac', 'not a colour']);
  assert.equal(ring[LEVELS - 1], 0xffac6621);
  assert.equal(ring[LEVELS + LEVELS - 1], 0xff9e9e9e);
  assert.ok(fill[LEVELS - 1] >>> 24 < 255, 'fills let the basemap show through');
  assert.ok(rim[0] >>> 24 < rim[LEVELS - 1] >>> 24);
  assert.equal(levelFor(1), LEVELS - 1);
  assert.equal(levelFor(0.01), 0);
});
