/**
 * The URL hash as the map's memory: reads the state a shared link carries, and writes the current state
 * back with history.replaceState (at most once per `delayMs`, so dragging the slider or the map does not
 * flood the history API). A malformed hash reads as "no state" (see url-state.js).
 */
import { decodeState, encodeState } from './url-state.js';

export class Permalink {
  /** getState() returns the state to write: { view, time, mode, windowDays, filters, incident }. */
  constructor(getState, delayMs = 400) {
    this._getState = getState;
    this._delayMs = delayMs;
    this._timer = null;
  }

  read() {
    return decodeState(window.location.hash);
  }

  /** Writes soon; repeated calls within the delay collapse into one write with the latest state. */
  schedule() {
    if (this._timer === null) {
      this._timer = setTimeout(() => {
        this._timer = null;
        this.writeNow();
      }, this._delayMs);
    }
  }

  writeNow() {
    const hash = `#${encodeState(this._getState())}`;
    if (hash !== window.location.hash) {
      history.replaceState(history.state, '', hash);
    }
  }
}

export function permalink(getState, delayMs) {
  return new Permalink(getState, delayMs);
}
