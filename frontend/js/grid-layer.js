/**
 * The aggregate drawn when the view holds more incidents than the map loads one by one: one square per
 * grid cell, its area growing with the incidents the slider's time span holds there (against the busiest
 * cell of the whole range, so squares grow as time plays). Cells are projected once per view; each time
 * step only sums the bins in the span (grid-cells.js). Clicking a cell zooms in on it. Fires 'drawn'
 * {drawn, total, ms} like the points layer, counting incidents rather than squares. Without data or a time
 * it draws nothing.
 */
import { CanvasOverlay } from './canvas-overlay.js';
import { epochDay } from './incident-points.js';
import { sumCells } from './grid-cells.js';

export const GridLayer = CanvasOverlay.extend({
  options: {
    colour: 'rgba(176, 58, 46, 0.75)',
    edge: '#5c1a14',
    // The smallest square drawn, in CSS px, so a cell with one incident is still seen.
    minSide: 4,
  },

  initialize(model, options) {
    L.setOptions(this, options);
    this._model = model;
    this._onModelChange = () => this.redraw();
    this.setData(null);
  },

  /** Replaces the cells (a gridCells result, or null for none). */
  setData(grid) {
    this._grid = grid;
    const cells = grid?.cells ?? 0;
    this._sums = new Float64Array(cells);
    this._x = new Float32Array(cells);
    this._y = new Float32Array(cells);
    // The busiest cell over the whole range sets the scale, so a square's size means the same all along.
    const totals = new Float64Array(cells);
    if (grid) {
      sumCells(grid, -Infinity, Infinity, totals);
    }
    this._max = totals.reduce((max, total) => Math.max(max, total), 1);
    if (this._map) {
      this._reset();
    }
    return this;
  },

  /** The box around the cells, or null. */
  dataBounds() {
    const grid = this._grid;
    if (!grid || grid.cells === 0) {
      return null;
    }
    const bounds = L.latLngBounds([grid.lat[0], grid.lon[0]], [grid.lat[0], grid.lon[0]]);
    for (let c = 1; c < grid.cells; c++) {
      bounds.extend([grid.lat[c], grid.lon[c]]);
    }
    return bounds;
  },

  redraw() {
    if (this._map && this._x) {
      this._draw();
    }
    return this;
  },

  _reset() {
    const grid = this._grid;
    const world = this._worldSize;
    for (let c = 0; c < (grid?.cells ?? 0); c++) {
      this._x[c] = grid.mx[c] * world - this._origin.x;
      this._y[c] = grid.my[c] * world - this._origin.y;
    }
    // A cell's width on screen at this zoom (degrees of longitude → pixels).
    this._cellPixels = grid ? (grid.cell / 360) * world : 0;
    this._draw();
  },

  _draw() {
    const started = performance.now();
    const context = this._context();
    const ratio = this._ratio;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, this._size.x, this._size.y);
    const grid = this._grid;
    let drawn = 0;
    if (grid && Number.isFinite(this._model.time)) {
      const now = epochDay(this._model.time);
      const first = this._model.mode === 'window' ? now - (this._model.windowDays - 1) : -Infinity;
      drawn = sumCells(grid, first, now, this._sums);
      context.beginPath();
      for (let c = 0; c < grid.cells; c++) {
        const side = this._side(c);
        if (side > 0) {
          context.rect(this._x[c] - side / 2, this._y[c] - side / 2, side, side);
        }
      }
      context.fillStyle = this.options.colour;
      context.fill();
      context.lineWidth = 1;
      context.strokeStyle = this.options.edge;
      context.stroke();
    }
    this.fire('drawn', { drawn, total: grid?.total ?? 0, ms: performance.now() - started });
  },

  /** The square's side in CSS px: area proportional to the cell's count, the busiest cell filling its cell. */
  _side(c) {
    const sum = this._sums[c];
    return sum > 0 ? Math.max(this.options.minSide, this._cellPixels * Math.sqrt(sum / this._max)) : 0;
  },

  _onClick(event) {
    const grid = this._grid;
    if (!grid) {
      return;
    }
    const { x, y } = event.containerPoint;
    for (let c = 0; c < grid.cells; c++) {
      const half = Math.max(this._side(c), 12) / 2;
      if (Math.abs(this._x[c] - x) <= half && Math.abs(this._y[c] - y) <= half) {
        this._map.setView([grid.lat[c], grid.lon[c]], this._map.getZoom() + 2);
        return;
      }
    }
  },
});

export function gridLayer(model, options) {
  return new GridLayer(model, options);
}
