/**
 * The filter form in the page (type, actor, free text, historical): fills its choices from the data, reads
 * and writes its values, and emits 'change' {filters} (free text debounced while typing). Choices not in the
 * data are still kept when set from a shared link, so such a link shows "0 of N" rather than silently
 * dropping the filter.
 */
import { emptyFilters } from './incident-filter.js';

const TYPE_PREFIX = 'type:';
const SUB_PREFIX = 'sub:';
const TYPING_DELAY_MS = 250;

export class FilterForm extends EventTarget {
  constructor(form) {
    super();
    this._form = form;
    this._type = form.querySelector('#filter-type');
    this._actor = form.querySelector('#filter-actor');
    this._actorList = form.querySelector('#actor-list');
    this._q = form.querySelector('#filter-q');
    this._historical = form.querySelector('#filter-historical');
    this._timer = null;
    this._type.addEventListener('change', () => this._changed());
    this._historical.addEventListener('change', () => this._changed());
    this._actor.addEventListener('change', () => this._changed());
    this._actor.addEventListener('input', () => this._changedSoon());
    this._q.addEventListener('input', () => this._changedSoon());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this._changed();
    });
    form.addEventListener('reset', () => setTimeout(() => this._changed()));
  }

  /** The current filters: { eventType, subEventType, actor, q, historical }. */
  get values() {
    const type = this._type.value;
    return {
      eventType: type.startsWith(TYPE_PREFIX) ? type.slice(TYPE_PREFIX.length) : '',
      subEventType: type.startsWith(SUB_PREFIX) ? type.slice(SUB_PREFIX.length) : '',
      actor: this._actor.value.trim(),
      q: this._q.value.trim(),
      historical: this._historical.checked,
    };
  }

  /** Sets the inputs without emitting 'change'. */
  setValues(filters) {
    const f = { ...emptyFilters(), ...filters };
    const typeValue = f.subEventType ? SUB_PREFIX + f.subEventType : f.eventType ? TYPE_PREFIX + f.eventType : '';
    this._ensureOption(typeValue, f.subEventType || f.eventType);
    this._type.value = typeValue;
    this._actor.value = f.actor;
    this._q.value = f.q;
    this._historical.checked = Boolean(f.historical);
    return this;
  }

  /** Choices from the data: types as [{eventType, subEventTypes}], actors as names. Keeps current values. */
  setOptions(types, actors) {
    const current = this.values;
    const all = new Option('All types', '');
    const groups = types.map(({ eventType, subEventTypes }) => {
      const group = document.createElement('optgroup');
      group.label = eventType;
      group.append(new Option(`All ${eventType}`, TYPE_PREFIX + eventType),
        ...subEventTypes.map((sub) => new Option(sub, SUB_PREFIX + sub)));
      return group;
    });
    this._type.replaceChildren(all, ...groups);
    this._actorList.replaceChildren(...actors.map((name) => new Option(name)));
    this.setValues(current);
    return this;
  }

  _ensureOption(value, text) {
    if (value && ![...this._type.options].some((o) => o.value === value)) {
      this._type.append(new Option(text, value));
    }
  }

  _changedSoon() {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._changed(), TYPING_DELAY_MS);
  }

  _changed() {
    clearTimeout(this._timer);
    this.dispatchEvent(new CustomEvent('change', { detail: { filters: this.values } }));
  }
}

export function filterForm(form) {
  return new FilterForm(form);
}
