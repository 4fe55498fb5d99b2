/**
 * Every loaded incident as a coloured marker on one canvas, drawn from the typed arrays of
 * incident-points.js: colour by sub-event type, size by killed + wounded, a dashed ring for "near the
 * place" and a hollow ring for a region. Markers are projected to the screen only when the view moves or zooms; each
 * time step finds its rows by binary search (rows are sorted by day) and copies precomputed marker pixels
 * into one ImageData — no allocation and no DOM work per frame (the fastest of the techniques measured,
 * see bench/README.md). A click is looked up in a screen grid built once per view: one incident fires
 * 'select' {id}; several under the pointer open a list to choose from. A mouse (not a touch screen) hovering
 * on a marker gets a tooltip with its date, type and place, looked up in the same grid on pointer moves
 * only. Fires 'drawn' {drawn, total, ms} after every draw. Without data or a time it draws nothing.
 */
import { visibility } from './binning.js';
import { CanvasOverlay } from './canvas-overlay.js';
import { DAY_MS } from './dates.js';
import { hitGrid } from './hit-grid.js';
import { epochDay, rowFacts, rowsBetween } from './incident-points.js';
import { compactDate, compactLabel } from './incident-text.js';
import { colourFor, radiusFor } from './marker-style.js';
import { placeList } from './place-list.js';
import { FILL, LEVELS, RIM, RING, levelFor, palette, stamp } from './point-stamps.js';
import { pointTooltip } from './point-tooltip.js';

/** Markers bigger than this (CSS px) are drawn first, so small ones on top of them stay visible. */
const BIG_RADIUS = 9;
/** Extra pixels a ring adds around a marker, for hit tests. */
const RING_REACH = 4;

export const PointsLayer = CanvasOverlay.extend({
  options: {
    // Above these many loaded incidents markers are drawn at 3/4 and 2/5 size (an incident with none killed
    // or wounded 2 px in radius): a dense view stays legible, and 100k markers cost a third of the pixels.
    denseAt: [4000, 20000],
  },

  initialize(model, options) {
    L.setOptions(this, options);
    this._model = model;
    this._points = null;
    this._showHistorical = false;
    this._highlight = -1;
    this._onModelChange = () => {
      // What is under a still pointer may change with the time: the tooltip goes until the pointer moves.
      this._tooltip?.hide();
      this.redraw();
    };
    this.setData(null);
  },

  onAdd(map) {
    CanvasOverlay.prototype.onAdd.call(this, map);
    map.on('mousemove', this._onHover, this);
    // A touch screen has no hover: a tap would leave a tooltip behind next to the popup or the details.
    if (window.matchMedia('(hover: hover) and (pointer: fine)').matches) {
      this._tooltip = pointTooltip(map.getContainer());
      map.on('mouseout movestart zoomstart', this._hideTooltip, this);
    }
  },

  onRemove(map) {
    map.off('mousemove', this._onHover, this);
    map.off('mouseout movestart zoomstart', this._hideTooltip, this);
    this._tooltip?.remove();
    this._tooltip = null;
    L.DomUtil.removeClass(map.getContainer(), 'incident-hover');
    CanvasOverlay.prototype.onRemove.call(this, map);
  },

  /** Replaces the incidents (an incidentPoints result, or null for none). */
  setData(points) {
    this._points = points;
    const n = points?.count ?? 0;
    this._x = new Float32Array(n);
    this._y = new Float32Array(n);
    this._radius = new Uint8Array(n);
    this._deviceRadius = new Uint8Array(n);
    this._hasBig = false;
    const scale = n > this.options.denseAt[1] ? 0.4 : n > this.options.denseAt[0] ? 0.75 : 1;
    for (let i = 0; i < n; i++) {
      this._radius[i] = Math.max(2, Math.round(radiusFor(points.casualties[i]) * scale));
      this._hasBig ||= this._radius[i] > BIG_RADIUS;
    }
    const colours = points ? points.subEventTypes.map((name) => colourFor(name)) : [];
    // Index 255 is "no type": grey.
    this._palette = palette([...colours, ...Array(256 - colours.length).fill(colourFor(''))]);
    this._highlight = -1;
    this._tooltip?.hide();
    if (this._map) {
      this._reset();
    }
    return this;
  },

  /** Whether historical incidents are drawn (they are loaded either way). */
  setHistorical(show) {
    this._showHistorical = Boolean(show);
    return this.redraw();
  },

  /** Rings the incident with this id if it is loaded; null clears. */
  highlight(id) {
    this._highlight = id == null || !this._points ? -1 : this._points.index(id);
    return this.redraw();
  },

  /** The incidents drawn now on screen, latest first: { rows (at most limit), count }. */
  visibleRows(limit) {
    const rows = [];
    let count = 0;
    const [from, to, first] = this._span();
    for (let i = to - 1; i >= from; i--) {
      if (this._strength(i, first) > 0 && this._onScreen(i)) {
        count++;
        if (rows.length < limit) {
          rows.push(i);
        }
      }
    }
    return { rows, count };
  },

  /** The first days of the loaded incidents (epoch days). */
  days() {
    return this._points ? Array.from(this._points.day) : [];
  },

  /** The box around the incidents drawn at some time (historical ones only when shown), or null. */
  dataBounds() {
    const p = this._points;
    let bounds = null;
    for (let i = 0; i < (p?.count ?? 0); i++) {
      if (this._showHistorical || p.historical[i] === 0) {
        bounds = bounds ? bounds.extend([p.lat[i], p.lon[i]]) : L.latLngBounds([p.lat[i], p.lon[i]], [p.lat[i], p.lon[i]]);
      }
    }
    return bounds;
  },

  /** 'Air/drone strike, 3 Jan 2020 — Baghdad International Airport: 10 killed' for a row. */
  label(row) {
    return compactLabel(rowFacts(this._points, row));
  },

  /** The incident id of a row. */
  idOf(row) {
    return this._points.id[row];
  },

  redraw() {
    if (this._map && this._pixels) {
      this._draw();
    }
    return this;
  },

  _reset() {
    const context = this._context();
    const { width, height } = this._canvas;
    if (!this._image || this._image.width !== width || this._image.height !== height) {
      this._image = context.createImageData(width, height);
      this._pixels = new Uint32Array(this._image.data.buffer);
      this._stamps = [];
    }
    this._project();
    this._draw();
  },

  /** Screen positions (CSS px) of every row; rows far off screen get NaN, so draws and hit tests skip them. */
  _project() {
    const p = this._points;
    const n = p?.count ?? 0;
    const world = this._worldSize;
    const { x: left, y: top } = this._origin;
    const margin = 40;
    const right = this._size.x + margin;
    const bottom = this._size.y + margin;
    for (let i = 0; i < n; i++) {
      const x = p.mx[i] * world - left;
      const y = p.my[i] * world - top;
      const inside = x > -margin && x < right && y > -margin && y < bottom;
      this._x[i] = inside ? x : NaN;
      this._y[i] = inside ? y : NaN;
    }
    this._grid = hitGrid(this._x, this._y, n, this._size.x, this._size.y, 32);
    const ratio = this._ratio;
    for (let i = 0; i < n; i++) {
      this._deviceRadius[i] = Math.min(60, Math.round(this._radius[i] * ratio));
    }
  },

  _draw() {
    const started = performance.now();
    const pixels = this._pixels;
    pixels.fill(0);
    let drawn = 0;
    if (this._points && Number.isFinite(this._model.time)) {
      if (this._hasBig) {
        this._pass(true);
      }
      drawn = this._pass(false);
    }
    const context = this._context();
    context.putImageData(this._image, 0, 0);
    this._drawHighlight(context);
    this.fire('drawn', { drawn, total: this._points?.count ?? 0, ms: performance.now() - started });
  },

  /** Draws the rows visible now, big ones or the others; returns how many are visible (on screen or not). */
  _pass(big) {
    const p = this._points;
    const [from, to, first] = this._span();
    // Locals, not `this.` lookups, in the loop that runs for every incident of every frame.
    const pixels = this._pixels;
    const width = this._image.width;
    const height = this._image.height;
    const ratio = this._ratio;
    const { fill, ring, rim } = this._palette;
    const xs = this._x;
    const ys = this._y;
    const radius = this._radius;
    const deviceRadius = this._deviceRadius;
    const types = p.type;
    const precision = p.precision;
    const historical = p.historical;
    const hideHistorical = !this._showHistorical;
    const windowed = first !== -Infinity;
    const stamps = this._stamps;
    let visible = 0;
    for (let i = from; i < to; i++) {
      if (hideHistorical && historical[i] === 1) {
        continue;
      }
      const strength = windowed ? this._strength(i, first) : 1;
      if (strength === 0) {
        continue;
      }
      visible++;
      const x = xs[i];
      if (x !== x || (radius[i] > BIG_RADIUS) !== big) {
        continue;
      }
      const level = windowed ? levelFor(strength) : LEVELS - 1;
      const colour = types[i] * LEVELS + level;
      const fillColour = fill[colour];
      const ringColour = ring[colour];
      const rimColour = rim[level];
      const s = stamps[deviceRadius[i] * 4 + precision[i]] ?? this._stamp(deviceRadius[i], precision[i], width);
      const px = (x * ratio) | 0;
      const py = (ys[i] * ratio) | 0;
      const { offset, ends, reach } = s;
      if (px >= reach && py >= reach && px < width - reach && py < height - reach) {
        const base = py * width + px;
        const fillEnd = ends[FILL];
        const rimEnd = ends[RIM];
        const ringEnd = ends[RING];
        for (let k = 0; k < fillEnd; k++) {
          pixels[base + offset[k]] = fillColour;
        }
        for (let k = fillEnd; k < rimEnd; k++) {
          pixels[base + offset[k]] = rimColour;
        }
        for (let k = rimEnd; k < ringEnd; k++) {
          pixels[base + offset[k]] = ringColour;
        }
      }
      else {
        const { dx, dy, kind } = s;
        for (let k = 0; k < offset.length; k++) {
          const qx = px + dx[k];
          const qy = py + dy[k];
          if (qx >= 0 && qy >= 0 && qx < width && qy < height) {
            const which = kind[k];
            pixels[qy * width + qx] = which === FILL ? fillColour : which === RIM ? rimColour : ringColour;
          }
        }
      }
    }
    return visible;
  },

  /** [from, to, firstDay]: the rows the time can show, and the window's first day (-Infinity: none). */
  _span() {
    const p = this._points;
    const model = this._model;
    if (!p || !Number.isFinite(model.time)) {
      return [0, 0, -Infinity];
    }
    const now = epochDay(model.time);
    const first = model.mode === 'window' ? now - (model.windowDays - 1) : -Infinity;
    const [from, to] = rowsBetween(p, first, now);
    return [from, to, first];
  },

  /** 0 hidden, up to 1 full (binning.visibility) for a row in the span; `first` -Infinity skips the window. */
  _strength(i, first) {
    const p = this._points;
    if (p.historical[i] === 1 && !this._showHistorical) {
      return 0;
    }
    if (first === -Infinity) {
      return 1;
    }
    const model = this._model;
    return visibility(p.day[i] * DAY_MS, p.dayEnd[i] * DAY_MS, model.time, model.mode, model.windowDays);
  },

  _stamp(radius, precision, width) {
    const key = radius * 4 + precision;
    return this._stamps[key] ??= stamp(radius, precision, width);
  },

  _drawHighlight(context) {
    const i = this._highlight;
    if (i < 0 || this._x[i] !== this._x[i]) {
      return;
    }
    const ratio = this._ratio;
    context.beginPath();
    context.arc(this._x[i] * ratio, this._y[i] * ratio, (this._radius[i] + RING_REACH + 2) * ratio, 0, 2 * Math.PI);
    context.lineWidth = 3 * ratio;
    context.strokeStyle = '#000';
    context.stroke();
  },

  _onScreen(i) {
    const x = this._x[i];
    const y = this._y[i];
    return x >= 0 && y >= 0 && x <= this._size.x && y <= this._size.y;
  },

  /** Rows drawn now under a container point, nearest first. */
  _rowsAt(point) {
    if (!this._grid || !this._points) {
      return [];
    }
    const [from, to, first] = this._span();
    return this._grid.near(point.x, point.y, (i) => this._radius[i] + (this._points.precision[i] === 2 ? RING_REACH : 0),
      (i) => i >= from && i < to && this._strength(i, first) > 0, 26 + RING_REACH);
  },

  _onHover(event) {
    const rows = this._rowsAt(event.containerPoint);
    const over = rows.length > 0;
    const container = this._map.getContainer();
    if (over !== L.DomUtil.hasClass(container, 'incident-hover')) {
      (over ? L.DomUtil.addClass : L.DomUtil.removeClass)(container, 'incident-hover');
    }
    if (this._tooltip) {
      this._showTooltip(rows);
    }
  },

  /** Date, type and place of the marker nearest the pointer, and how many more lie under it. */
  _showTooltip(rows) {
    if (!rows.length) {
      this._tooltip.hide();
      return;
    }
    const row = rows[0];
    const facts = rowFacts(this._points, row);
    const lines = [compactDate(facts), facts.type, facts.place].filter(Boolean);
    if (rows.length > 1) {
      lines.push(`and ${rows.length - 1} more here: click to list them`);
    }
    const key = `${row}:${rows.length}`;
    this._tooltip.show(key, lines, this._x[row], this._y[row], this._radius[row] + 6);
  },

  _hideTooltip() {
    this._tooltip?.hide();
  },

  /**
   * One incident under the pointer is selected; several (incidents at one gazetteer place lie exactly on
   * top of each other) are listed in a popup, latest first, to choose from.
   */
  _onClick(event) {
    const rows = this._rowsAt(event.containerPoint);
    if (rows.length === 1) {
      this.fire('select', { id: this.idOf(rows[0]) });
    }
    else if (rows.length > 1) {
      rows.sort((a, b) => this._points.day[b] - this._points.day[a] || a - b);
      L.popup({ className: 'place-list-popup', maxHeight: 260 })
        .setLatLng(event.latlng)
        .setContent(placeList(rows.map((row) => ({ id: this.idOf(row), label: this.label(row) })), (id) => {
          this._map.closePopup();
          this.fire('select', { id });
        }))
        .openOn(this._map);
    }
  },
});

export function pointsLayer(model, options) {
  return new PointsLayer(model, options);
}
