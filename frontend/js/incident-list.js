/**
 * A plain list of the incidents the map draws, latest first, so they can be reached with a keyboard or a
 * screen reader as well as by clicking canvas markers. It is rebuilt only once the time has stopped moving
 * for a moment (never per animation frame) and shows at most `limit` entries, saying how many more there
 * are. Emits 'select' {id} when an entry is chosen. An empty map gives an empty list with a note.
 */
import { incidentListLabel } from './incident-text.js';

export class IncidentList extends EventTarget {
  constructor(list, note, options = {}) {
    super();
    this._list = list;
    this._note = note;
    this._limit = options.limit ?? 100;
    this._delayMs = options.delayMs ?? 400;
    this._timer = null;
  }

  /** Rebuilds after the delay with what getFeatures() returns then; calls in between collapse into one. */
  schedule(getFeatures) {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this.render(getFeatures()), this._delayMs);
  }

  render(features) {
    const shown = features.slice(0, this._limit);
    this._list.replaceChildren(...shown.map((feature) => this._item(feature)));
    const more = features.length - shown.length;
    this._note.textContent = features.length === 0 ? 'No incident in the current time and filters.'
      : more > 0 ? `and ${more} more; narrow the filters or the time window to list them.` : '';
  }

  _item(feature) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'incident-list-item';
    const p = feature.properties ?? {};
    button.textContent = p.place ? `${incidentListLabel(p)} (${p.place})` : incidentListLabel(p);
    button.addEventListener('click', () => {
      this.dispatchEvent(new CustomEvent('select', { detail: { id: feature.id ?? p.id } }));
    });
    item.append(button);
    return item;
  }
}

export function incidentList(list, note, options) {
  return new IncidentList(list, note, options);
}
