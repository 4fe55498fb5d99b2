/**
 * The time slider control: a histogram of incidents per bin, a range input for the current day, the day in
 * words, play/pause, step buttons, speed, loop, and window-or-cumulative mode. It only talks to a TimeModel:
 * user input calls the model's setters, and the model's events update the control. Space plays and pauses
 * unless focus is in a control that uses Space itself. Until the model has a range, the inputs are disabled.
 */
import { addDays, dayInWords, daysBetween, DAY_MS } from './dates.js';
import { nextBin, timeSpan } from './binning.js';
import { SPEEDS } from './time-model.js';

const WINDOW_CHOICES = [1, 7, 14, 30, 90, 365];

export const TimeSlider = L.Control.extend({
  options: {
    position: 'bottomleft',
  },

  initialize(model, options) {
    L.setOptions(this, options);
    this._model = model;
    this._bins = [];
    this._bin = 'day';
    this._frame = null;
    this._onTime = () => this._showTime();
    this._onRange = () => this._showRange();
    this._onMode = () => this._showMode();
    this._onPlay = () => this._showPlay();
  },

  onAdd(map) {
    const container = L.DomUtil.create('div', 'time-slider');
    container.id = 'time-slider';
    container.dataset.testid = 'time-slider';
    container.setAttribute('role', 'group');
    container.setAttribute('aria-label', 'Time');
    this._build(container);
    for (const [type, handler] of this._modelHandlers()) {
      this._model.addEventListener(type, handler);
    }
    L.DomEvent.on(document, 'keydown', this._onKey, this);
    L.DomEvent.on(window, 'resize', this._scheduleHistogram, this);
    L.DomEvent.disableClickPropagation(container);
    L.DomEvent.disableScrollPropagation(container);
    this._showRange();
    this._showMode();
    this._showPlay();
    return container;
  },

  onRemove() {
    for (const [type, handler] of this._modelHandlers()) {
      this._model.removeEventListener(type, handler);
    }
    L.DomEvent.off(document, 'keydown', this._onKey, this);
    L.DomEvent.off(window, 'resize', this._scheduleHistogram, this);
  },

  /** Counts per bin ([{start: ms, count}]) for the histogram, and the bin size they were counted in. */
  setHistogram(bins, bin) {
    this._bins = bins;
    this._bin = bin;
    this._histogramLabel.textContent = `Incidents per ${bin}`;
    this._scheduleHistogram();
    return this;
  },

  _modelHandlers() {
    return [['timechange', this._onTime], ['rangechange', this._onRange], ['modechange', this._onMode],
      ['playchange', this._onPlay]];
  },

  _build(container) {
    const histogram = L.DomUtil.create('div', 'time-histogram', container);
    this._histogramLabel = L.DomUtil.create('span', 'visually-hidden', histogram);
    this._canvas = L.DomUtil.create('canvas', 'time-histogram-canvas', histogram);
    this._canvas.id = 'time-histogram';
    this._canvas.setAttribute('aria-hidden', 'true');
    // A click on the histogram jumps there; the range input below is the keyboard's way to do the same.
    L.DomEvent.on(this._canvas, 'click', (event) => {
      const model = this._model;
      const box = this._canvas.getBoundingClientRect();
      if (Number.isFinite(model.start) && box.width > 0) {
        const days = daysBetween(model.start, model.end) + 1;
        model.setTime(addDays(model.start, Math.floor(((event.clientX - box.left) / box.width) * days)));
      }
    });

    this._range = L.DomUtil.create('input', 'time-range', container);
    Object.assign(this._range, { type: 'range', id: 'time-range', min: '0', max: '0', step: '1', value: '0' });
    this._range.setAttribute('aria-label', 'Date');
    this._range.dataset.testid = 'time-range';
    L.DomEvent.on(this._range, 'input', () => {
      this._model.setTime(addDays(this._model.start, Number(this._range.value)));
    });

    const row = L.DomUtil.create('div', 'time-controls', container);
    this._back = this._button(row, 'step-back', 'icon-back', 'Step back', () => this._model.stepBack());
    this._play = this._button(row, 'play-pause', 'icon-play', 'Play', () => this._model.toggle());
    this._forward = this._button(row, 'step-forward', 'icon-forward', 'Step forward', () => this._model.stepForward());

    this._date = L.DomUtil.create('output', 'time-current', row);
    this._date.id = 'current-date';
    this._date.dataset.testid = 'current-date';
    this._date.setAttribute('for', 'time-range');

    const options = L.DomUtil.create('div', 'time-options', row);
    this._mode = this._select(options, 'time-mode', 'Show',
      [['cumulative', 'all up to the date'], ['window', 'trailing window']],
      (value) => this._model.setMode(value));
    this._window = this._select(options, 'window-days', 'Window',
      WINDOW_CHOICES.map((d) => [String(d), d === 1 ? '1 day' : `${d} days`]),
      (value) => this._model.setWindowDays(Number(value)));
    this._speed = this._select(options, 'speed', 'Speed',
      SPEEDS.map((s) => [String(s), `${s} steps/s`]),
      (value) => this._model.setSpeed(Number(value)));
    const loopLabel = L.DomUtil.create('label', 'time-option', options);
    this._loop = L.DomUtil.create('input', '', loopLabel);
    Object.assign(this._loop, { type: 'checkbox', id: 'loop' });
    loopLabel.append(' Loop');
    L.DomEvent.on(this._loop, 'change', () => this._model.setLoop(this._loop.checked));
  },

  /** A button whose icon is drawn by CSS (icon fonts and media-control glyphs are not everywhere). */
  _button(parent, id, icon, label, action) {
    const button = L.DomUtil.create('button', 'time-button', parent);
    button.type = 'button';
    button.id = id;
    button.dataset.testid = id;
    L.DomUtil.create('span', `icon ${icon}`, button).setAttribute('aria-hidden', 'true');
    button.setAttribute('aria-label', label);
    button.title = label;
    L.DomEvent.on(button, 'click', action);
    return button;
  },

  _select(parent, id, labelText, choices, onChange) {
    const label = L.DomUtil.create('label', 'time-option', parent);
    label.htmlFor = id;
    label.textContent = `${labelText} `;
    const select = L.DomUtil.create('select', '', label);
    select.id = id;
    for (const [value, text] of choices) {
      select.append(new Option(text, value));
    }
    L.DomEvent.on(select, 'change', () => onChange(select.value));
    return select;
  },

  _showRange() {
    const model = this._model;
    const ready = Number.isFinite(model.start) && Number.isFinite(model.end);
    for (const input of [this._range, this._back, this._play, this._forward]) {
      input.disabled = !ready;
    }
    this._range.max = ready ? String(daysBetween(model.start, model.end)) : '0';
    this._showTime();
  },

  _showTime() {
    const model = this._model;
    if (!Number.isFinite(model.time) || !Number.isFinite(model.start)) {
      this._date.textContent = 'No incidents';
      return;
    }
    this._range.value = String(daysBetween(model.start, model.time));
    const words = dayInWords(model.time);
    const span = timeSpan(model.time, model.mode, model.windowDays, model.start);
    const spanWords = model.mode === 'window' && model.windowDays > 1
      ? `${dayInWords(span.start)} – ${words}` : model.mode === 'window' ? words : `up to ${words}`;
    this._range.setAttribute('aria-valuetext', spanWords);
    this._date.textContent = spanWords;
    this._scheduleHistogram();
  },

  _showMode() {
    this._mode.value = this._model.mode;
    this._window.value = String(this._model.windowDays);
    this._window.disabled = this._model.mode !== 'window';
    if (!WINDOW_CHOICES.includes(this._model.windowDays)) {
      this._window.append(new Option(`${this._model.windowDays} days`, String(this._model.windowDays)));
      this._window.value = String(this._model.windowDays);
    }
    this._showTime();
  },

  _showPlay() {
    const playing = this._model.playing;
    this._play.firstChild.className = `icon ${playing ? 'icon-pause' : 'icon-play'}`;
    this._play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    this._play.title = playing ? 'Pause (Space)' : 'Play (Space)';
    this._play.setAttribute('aria-pressed', String(playing));
    this._speed.value = String(this._model.speed);
    this._loop.checked = this._model.loop;
  },

  _onKey(event) {
    if (event.key !== ' ' || event.ctrlKey || event.altKey || event.metaKey || usesSpace(event.target)) {
      return;
    }
    event.preventDefault();
    this._model.toggle();
  },

  // Several model events can arrive in one frame; the histogram is drawn once per frame at most.
  _scheduleHistogram() {
    if (this._frame === null) {
      this._frame = requestAnimationFrame(() => {
        this._frame = null;
        this._drawHistogram();
      });
    }
  },

  _drawHistogram() {
    const canvas = this._canvas;
    const model = this._model;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (!width || !height) {
      return;
    }
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const context = canvas.getContext('2d');
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    if (!Number.isFinite(model.start) || this._bins.length === 0) {
      return;
    }
    // The x axis is the slider's: day 0 at the thumb's left end, the last day at its right end.
    const first = model.start;
    const last = model.end + DAY_MS;
    const x = (ms) => ((ms - first) / (last - first)) * width;
    const max = Math.max(1, ...this._bins.map((b) => b.count));
    const span = timeSpan(model.time, model.mode, model.windowDays, model.start);
    for (const { start, count } of this._bins) {
      if (count === 0) {
        continue;
      }
      const end = nextBin(start, this._bin);
      const left = Math.max(0, x(start));
      const right = Math.min(width, x(end));
      if (right <= left) {
        continue;
      }
      const barHeight = Math.max(2, (count / max) * (height - 2));
      const active = end > span.start && start <= span.end;
      context.fillStyle = active ? '#c0392b' : '#b9b4ab';
      context.fillRect(left, height - barHeight, Math.max(1, right - left - 1), barHeight);
    }
  },
});

export function timeSlider(model, options) {
  return new TimeSlider(model, options);
}

function usesSpace(target) {
  if (!(target instanceof Element)) {
    return false;
  }
  if (target.isContentEditable || target.closest('textarea, select, button, a[href], summary')) {
    return true;
  }
  return target instanceof HTMLInputElement && target.type !== 'range';
}
