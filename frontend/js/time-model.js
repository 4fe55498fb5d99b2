/**
 * The slider's state and clock, without any DOM: current day, range, window length or cumulative mode,
 * playing, speed and loop. Every change is announced as an event, so the slider control and the incident
 * layer never call each other:
 *   'timechange'  {time}              the current day moved
 *   'rangechange' {start, end}        the days the slider spans changed
 *   'modechange'  {mode, windowDays}  window length or mode changed
 *   'playchange'  {playing, speed, loop}
 * Times are UTC midnight ms. Setters clamp to the range and ignore NaN; setting an equal value emits nothing.
 */
import { addDays } from './dates.js';

export const SPEEDS = [1, 2, 4, 8, 16];

export class TimeModel extends EventTarget {
  /**
   * options: start, end, time (default end), mode 'window'|'cumulative' (default 'cumulative'),
   * windowDays (30), speed in steps per second (4), stepDays (1), loop (false),
   * setInterval/clearInterval (the global ones; tests pass their own).
   */
  constructor(options = {}) {
    super();
    this._start = Number.isFinite(options.start) ? options.start : NaN;
    this._end = Number.isFinite(options.end) ? options.end : this._start;
    this._time = NaN;
    this._time = this._clamp(Number.isFinite(options.time) ? options.time : this._end);
    this._mode = options.mode === 'window' ? 'window' : 'cumulative';
    this._windowDays = validWindow(options.windowDays) ?? 30;
    this._speed = SPEEDS.includes(options.speed) ? options.speed : 4;
    this._stepDays = options.stepDays > 0 ? options.stepDays : 1;
    this._loop = Boolean(options.loop);
    this._playing = false;
    this._timer = null;
    this._setInterval = options.setInterval ?? ((fn, ms) => setInterval(fn, ms));
    this._clearInterval = options.clearInterval ?? ((id) => clearInterval(id));
  }

  get time() { return this._time; }
  get start() { return this._start; }
  get end() { return this._end; }
  get mode() { return this._mode; }
  get windowDays() { return this._windowDays; }
  get speed() { return this._speed; }
  get stepDays() { return this._stepDays; }
  get loop() { return this._loop; }
  get playing() { return this._playing; }

  setTime(ms) {
    const time = this._clamp(ms);
    if (Number.isFinite(time) && time !== this._time) {
      this._time = time;
      this._emit('timechange', { time });
    }
    return this;
  }

  /** New span; the current day is clamped into it. stepDays may change with the span's length. */
  setRange(start, end, stepDays) {
    if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) {
      return this;
    }
    if (stepDays > 0) {
      this._stepDays = stepDays;
    }
    if (start !== this._start || end !== this._end) {
      this._start = start;
      this._end = end;
      this._emit('rangechange', { start, end });
    }
    const time = this._clamp(Number.isFinite(this._time) ? this._time : end);
    if (time !== this._time) {
      this._time = time;
      this._emit('timechange', { time });
    }
    return this;
  }

  setMode(mode) {
    if ((mode === 'window' || mode === 'cumulative') && mode !== this._mode) {
      this._mode = mode;
      this._emit('modechange', { mode, windowDays: this._windowDays });
    }
    return this;
  }

  setWindowDays(days) {
    const valid = validWindow(days);
    if (valid && valid !== this._windowDays) {
      this._windowDays = valid;
      this._emit('modechange', { mode: this._mode, windowDays: valid });
    }
    return this;
  }

  setSpeed(speed) {
    if (SPEEDS.includes(speed) && speed !== this._speed) {
      this._speed = speed;
      if (this._playing) {
        this._restartTimer();
      }
      this._emitPlay();
    }
    return this;
  }

  setLoop(loop) {
    if (Boolean(loop) !== this._loop) {
      this._loop = Boolean(loop);
      this._emitPlay();
    }
    return this;
  }

  /** Starts the clock; playing from the last day starts over from the first. */
  play() {
    if (this._playing || !Number.isFinite(this._start)) {
      return this;
    }
    if (this._time >= this._end) {
      this.setTime(this._start);
    }
    this._playing = true;
    this._restartTimer();
    this._emitPlay();
    return this;
  }

  pause() {
    if (this._playing) {
      this._playing = false;
      this._clearInterval(this._timer);
      this._timer = null;
      this._emitPlay();
    }
    return this;
  }

  toggle() {
    return this._playing ? this.pause() : this.play();
  }

  /** One step forward; past the end it loops to the start or stops playing. */
  stepForward() {
    if (this._time >= this._end) {
      if (this._loop && this._playing) {
        this.setTime(this._start);
      }
      else {
        this.pause();
      }
      return this;
    }
    return this.setTime(Math.min(this._end, addDays(this._time, this._stepDays)));
  }

  stepBack() {
    return this.setTime(Math.max(this._start, addDays(this._time, -this._stepDays)));
  }

  /** The clock's tick; public so a test can drive the model without timers. */
  tick() {
    this.stepForward();
  }

  _restartTimer() {
    if (this._timer !== null) {
      this._clearInterval(this._timer);
    }
    this._timer = this._setInterval(() => this.tick(), 1000 / this._speed);
  }

  _clamp(ms) {
    if (!Number.isFinite(ms) || !Number.isFinite(this._start)) {
      return Number.isFinite(ms) ? ms : this._time;
    }
    return Math.min(this._end, Math.max(this._start, ms));
  }

  _emitPlay() {
    this._emit('playchange', { playing: this._playing, speed: this._speed, loop: this._loop });
  }

  _emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

export function timeModel(options) {
  return new TimeModel(options);
}

function validWindow(days) {
  const n = Number(days);
  return Number.isInteger(n) && n >= 1 && n <= 3660 ? n : null;
}
