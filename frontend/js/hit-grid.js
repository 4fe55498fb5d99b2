/**
 * Which drawn points lie under the pointer, without a scan of every point: screen positions bucketed into
 * square cells once per view (a counting sort into two typed arrays, no object per point), then a click
 * looks only at the cells around it. DOM-free. Points off the grid (NaN or outside width × height) are
 * not indexed; a query off the grid finds nothing.
 */

export class HitGrid {
  /**
   * xs, ys: screen positions of rows 0..count-1; width, height: the screen; cellSize in pixels
   * (about the largest marker radius, so a click looks at 3 × 3 cells or a few more).
   */
  constructor(xs, ys, count, width, height, cellSize = 32) {
    this._cell = cellSize;
    this._columns = Math.max(1, Math.ceil(width / cellSize));
    this._rows = Math.max(1, Math.ceil(height / cellSize));
    this._xs = xs;
    this._ys = ys;
    const cells = this._columns * this._rows;
    const cellOf = new Int32Array(count);
    this._start = new Int32Array(cells + 1);
    for (let i = 0; i < count; i++) {
      const cell = this._cellAt(xs[i], ys[i]);
      cellOf[i] = cell;
      if (cell >= 0) {
        this._start[cell + 1]++;
      }
    }
    for (let c = 0; c < cells; c++) {
      this._start[c + 1] += this._start[c];
    }
    this._rowsInCells = new Int32Array(this._start[cells]);
    const fill = this._start.slice(0, cells);
    for (let i = 0; i < count; i++) {
      if (cellOf[i] >= 0) {
        this._rowsInCells[fill[cellOf[i]]++] = i;
      }
    }
  }

  /** How many points are indexed. */
  get size() {
    return this._rowsInCells.length;
  }

  /**
   * Rows within `radiusOf(row) + slack` pixels of (x, y) for which `accept(row)` holds, nearest first.
   * `maxRadius` bounds radiusOf, so only the cells it can reach are looked at.
   */
  near(x, y, radiusOf, accept = () => true, maxRadius = this._cell, slack = 2) {
    const found = [];
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      return found;
    }
    const reach = maxRadius + slack;
    const c0 = Math.max(0, Math.floor((x - reach) / this._cell));
    const c1 = Math.min(this._columns - 1, Math.floor((x + reach) / this._cell));
    const r0 = Math.max(0, Math.floor((y - reach) / this._cell));
    const r1 = Math.min(this._rows - 1, Math.floor((y + reach) / this._cell));
    const distances = new Map();
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = r * this._columns + c;
        for (let k = this._start[cell]; k < this._start[cell + 1]; k++) {
          const row = this._rowsInCells[k];
          const d = Math.hypot(this._xs[row] - x, this._ys[row] - y);
          if (d <= radiusOf(row) + slack && accept(row)) {
            found.push(row);
            distances.set(row, d);
          }
        }
      }
    }
    return found.sort((a, b) => distances.get(a) - distances.get(b) || a - b);
  }

  _cellAt(x, y) {
    if (!(x >= 0 && y >= 0)) {
      return -1;
    }
    const c = Math.floor(x / this._cell);
    const r = Math.floor(y / this._cell);
    return c < this._columns && r < this._rows ? r * this._columns + c : -1;
  }
}

export function hitGrid(xs, ys, count, width, height, cellSize) {
  return new HitGrid(xs, ys, count, width, height, cellSize);
}
