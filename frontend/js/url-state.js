/**
 * The map's shareable state ⇄ the URL hash, URLSearchParams-style:
 * `#lat=33.31&lon=44.37&z=7&t=2019-12-27&mode=window&w=30&type=Battles&sub=Air%2Fdrone+strike&actor=…&q=…&hist=1&id=…`.
 * DOM-free. Decoding is forgiving: a missing, malformed or out-of-range value is left out of the result
 * (the caller keeps its default), never an error.
 */
import { isoDay, parseDay } from './dates.js';

export const MODES = ['window', 'cumulative'];

/** State → hash text without the '#'. Keys with empty or absent values are omitted. */
export function encodeState(state) {
  const params = new URLSearchParams();
  if (state.view) {
    params.set('lat', state.view.lat.toFixed(4));
    params.set('lon', state.view.lon.toFixed(4));
    params.set('z', String(Math.round(state.view.zoom)));
  }
  if (Number.isFinite(state.time)) {
    params.set('t', isoDay(state.time));
  }
  if (state.mode) {
    params.set('mode', state.mode);
  }
  if (state.windowDays) {
    params.set('w', String(state.windowDays));
  }
  const filters = state.filters || {};
  setIf(params, 'type', filters.eventType);
  setIf(params, 'sub', filters.subEventType);
  setIf(params, 'actor', filters.actor);
  setIf(params, 'q', filters.q);
  if (filters.historical) {
    params.set('hist', '1');
  }
  setIf(params, 'id', state.incident);
  return params.toString();
}

/** Hash text (with or without '#') → the parts of the state it validly carries. */
export function decodeState(hash) {
  const params = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  const state = { filters: {} };
  const lat = number(params.get('lat'));
  const lon = number(params.get('lon'));
  const zoom = number(params.get('z'));
  if (lat !== null && lon !== null && zoom !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
    && zoom >= 0 && zoom <= 20) {
    state.view = { lat, lon, zoom: Math.round(zoom) };
  }
  const time = parseDay(params.get('t') || '');
  if (Number.isFinite(time)) {
    state.time = time;
  }
  if (MODES.includes(params.get('mode'))) {
    state.mode = params.get('mode');
  }
  const windowDays = number(params.get('w'));
  if (windowDays !== null && Number.isInteger(windowDays) && windowDays >= 1 && windowDays <= 3660) {
    state.windowDays = windowDays;
  }
  copyIf(params, 'type', state.filters, 'eventType');
  copyIf(params, 'sub', state.filters, 'subEventType');
  copyIf(params, 'actor', state.filters, 'actor');
  copyIf(params, 'q', state.filters, 'q');
  if (params.get('hist') === '1') {
    state.filters.historical = true;
  }
  if (params.get('id')) {
    state.incident = params.get('id');
  }
  return state;
}

function setIf(params, key, value) {
  if (typeof value === 'string' && value.trim() !== '') {
    params.set(key, value);
  }
}

function copyIf(params, key, target, field) {
  const value = params.get(key);
  if (value !== null && value.trim() !== '') {
    target[field] = value;
  }
}

function number(text) {
  if (text === null || text.trim() === '') {
    return null;
  }
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
