/**
 * A plain list of the incidents the map draws in view, latest first, so they can be reached with a keyboard
 * or a screen reader as well as by clicking the canvas. While time plays it is rebuilt only once the time
 * has stopped moving for a moment; otherwise at once, but at most once per delay (a dragged slider or map
 * redraws every frame, the list does not). It shows at most `limit` entries and says how many more there
 * are. Emits 'select' {id} when an entry is chosen. An empty map gives an empty list with a note.
 */
export class IncidentList extends EventTarget {
  constructor(list, note, options = {}) {
    super();
    this._list = list;
    this._note = note;
    this._limit = options.limit ?? 100;
    this._delayMs = options.delayMs ?? 400;
    this._timer = null;
    this._renderedAt = -Infinity;
  }

  get limit() {
    return this._limit;
  }

  /**
   * Rebuilds with what getEntries() returns ({ items: [{id, text}], count }): when `later`, once no call
   * has come for the delay; otherwise now, or at the end of the delay since the last rebuild. Either way
   * the last call's entries are shown.
   */
  schedule(getEntries, later) {
    clearTimeout(this._timer);
    const since = performance.now() - this._renderedAt;
    if (!later && since >= this._delayMs) {
      this.render(getEntries());
    }
    else {
      this._timer = setTimeout(() => this.render(getEntries()), later ? this._delayMs : this._delayMs - since);
    }
  }

  render({ items, count }) {
    this._renderedAt = performance.now();
    const shown = items.slice(0, this._limit);
    this._list.replaceChildren(...shown.map((item) => this._item(item)));
    const more = count - shown.length;
    this._note.textContent = count === 0 ? 'No incident in view at the current time and filters.'
      : more > 0 ? `and ${more} more in view; zoom in, or narrow the filters or the time window to list them.` : '';
  }

  _item({ id, text }) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'incident-list-item';
    button.dataset.id = String(id);
    button.textContent = text;
    button.addEventListener('click', () => {
      this.dispatchEvent(new CustomEvent('select', { detail: { id } }));
    });
    item.append(button);
    return item;
  }
}

export function incidentList(list, note, options) {
  return new IncidentList(list, note, options);
}
