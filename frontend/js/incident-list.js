/**
 * A plain list of the incidents the map draws in view, latest first, so they can be reached with a keyboard
 * or a screen reader as well as by clicking the canvas. While time plays it is rebuilt only once the time
 * has stopped moving for a moment (never per animation frame); otherwise at once. It shows at most `limit`
 * entries and says how many more there are. Emits 'select' {id} when an entry is chosen. An empty map
 * gives an empty list with a note.
 */
export class IncidentList extends EventTarget {
  constructor(list, note, options = {}) {
    super();
    this._list = list;
    this._note = note;
    this._limit = options.limit ?? 100;
    this._delayMs = options.delayMs ?? 400;
    this._timer = null;
  }

  get limit() {
    return this._limit;
  }

  /**
   * Rebuilds with what getEntries() returns ({ items: [{id, text}], count }): after the delay when `later`
   * (calls in between collapse into one), else now.
   */
  schedule(getEntries, later) {
    clearTimeout(this._timer);
    if (later) {
      this._timer = setTimeout(() => this.render(getEntries()), this._delayMs);
    }
    else {
      this.render(getEntries());
    }
  }

  render({ items, count }) {
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
