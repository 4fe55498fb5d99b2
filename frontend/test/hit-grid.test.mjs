import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hitGrid } from '../js/hit-grid.js';

const xs = Float32Array.from([100, 104, 100, 500, NaN, -5]);
const ys = Float32Array.from([100, 100, 100, 300, 10, 10]);

test('finds every point under the pointer, nearest first, and only those', () => {
  const grid = hitGrid(xs, ys, 6, 640, 480, 32);
  assert.equal(grid.size, 4);
  assert.deepEqual(grid.near(103, 100, () => 5), [1, 0, 2]);
  assert.deepEqual(grid.near(500, 302, () => 5), [3]);
  assert.deepEqual(grid.near(300, 300, () => 5), []);
});

test('uses each point radius and the caller filter', () => {
  const grid = hitGrid(xs, ys, 6, 640, 480, 32);
  const radius = (row) => (row === 3 ? 20 : 3);
  assert.deepEqual(grid.near(518, 300, radius, () => true, 26), [3]);
  assert.deepEqual(grid.near(100, 100, radius, (row) => row !== 0), [2, 1]);
});

test('finds points across cell borders and ignores off-screen ones', () => {
  const grid = hitGrid(Float32Array.from([31, 33]), Float32Array.from([31, 33]), 2, 64, 64, 32);
  assert.deepEqual(grid.near(32, 32, () => 3), [0, 1]);
  assert.deepEqual(grid.near(NaN, 32, () => 3), []);
});
