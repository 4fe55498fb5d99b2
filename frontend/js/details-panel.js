/**
 * The panel that tells everything known about one incident: type, date at its precision, place and how
 * exactly it is known, actors with attribution, killed and wounded with their ranges, weapon, corroboration
 * grade, summary, and every source with its quote. Article text is untrusted, so everything is built with
 * DOM nodes and textContent, and only http(s) URLs become links. Missing properties are left out or said to
 * be unknown. Emits 'close' when the user closes it (button or Escape).
 */
import { formatIncidentDate } from './dates.js';
import { formatCount } from './casualties.js';
import { safeHttpUrl } from './url-safety.js';
import { precisionWords } from './marker-style.js';
import { attributionWords, roleWords } from './incident-text.js';

export class DetailsPanel extends EventTarget {
  constructor(element) {
    super();
    this._element = element;
    this._body = element.querySelector('#details-body');
    this._title = element.querySelector('#details-title');
    this._id = null;
    this._returnFocus = null;
    element.querySelector('#details-close').addEventListener('click', () => this.close());
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        this.close();
      }
    });
  }

  /** The id of the incident shown, or null. */
  get incidentId() {
    return this._id;
  }

  show(feature) {
    const p = feature?.properties ?? {};
    this._id = feature?.id ?? p.id ?? null;
    this._element.dataset.incidentId = this._id ?? '';
    this._title.textContent = p.sub_event_type || p.event_type || 'Incident';
    this._body.replaceChildren(this._facts(p), ...this._summary(p), this._sources(p.sources),
      ...this._explanation(p.explanation));
    if (this._element.hidden) {
      // Where the user was (a list entry, the map) is where Escape or the close button takes them back.
      this._returnFocus = document.activeElement;
    }
    this._element.hidden = false;
    document.body.classList.add('details-open');
    this._title.focus({ preventScroll: true });
    return this;
  }

  /** Hides the panel and emits 'close'. */
  close() {
    if (this._element.hidden) {
      return this;
    }
    this.hide();
    if (this._returnFocus?.isConnected) {
      this._returnFocus.focus({ preventScroll: true });
    }
    this.dispatchEvent(new CustomEvent('close'));
    return this;
  }

  /** Hides the panel without emitting. */
  hide() {
    this._id = null;
    this._element.hidden = true;
    this._element.dataset.incidentId = '';
    document.body.classList.remove('details-open');
    return this;
  }

  _facts(p) {
    const list = el('dl', 'details-facts');
    const row = (term, ...content) => {
      list.append(el('dt', '', term), el('dd', '', ...content));
    };
    if (p.event_type && p.sub_event_type) {
      row('Type', `${p.event_type}: ${p.sub_event_type}`);
    }
    row('Date', formatIncidentDate(p.date, p.date_precision, p.date_end) || 'unknown');
    row('Place', [p.place, p.admin1, p.country].filter(Boolean).join(', ') || 'unknown');
    const precision = [precisionWords(p.geo_precision), p.location_precision].filter(Boolean).join('; ');
    row('Location', precision);
    row('Actors', this._actors(p.actors));
    row('Killed', formatCount(p.killed));
    row('Wounded', formatCount(p.wounded));
    if (p.weapon) {
      row('Weapon', p.weapon);
    }
    if (p.grade !== undefined && p.grade !== null && p.grade !== '') {
      row('Corroboration', String(p.grade));
    }
    return list;
  }

  _actors(actors) {
    if (!Array.isArray(actors) || actors.length === 0) {
      return 'none named';
    }
    const list = el('ul', 'details-actors');
    for (const actor of actors) {
      const notes = [roleWords(actor?.role), attributionWords(actor?.attribution)].filter(Boolean).join(', ');
      list.append(el('li', '', el('span', 'actor-name', String(actor?.name ?? 'unnamed')),
        notes ? el('span', 'actor-notes', ` (${notes})`) : ''));
    }
    return list;
  }

  _summary(p) {
    return p.summary ? [el('p', 'details-summary', String(p.summary))] : [];
  }

  _sources(sources) {
    const section = el('section', 'details-sources');
    section.setAttribute('aria-label', 'Sources');
    section.append(el('h3', '', 'Sources'));
    if (!Array.isArray(sources) || sources.length === 0) {
      section.append(el('p', '', 'No source recorded.'));
      return section;
    }
    const list = el('ol', '');
    for (const source of sources) {
      list.append(this._source(source ?? {}));
    }
    section.append(list);
    return section;
  }

  /** How the pipeline derived the incident (trigger, place, date, disagreements), folded by default. */
  _explanation(explanation) {
    if (!explanation || typeof explanation !== 'object' || Object.keys(explanation).length === 0) {
      return [];
    }
    const section = el('details', 'details-explanation');
    section.append(el('summary', '', 'How this was derived'));
    const list = el('dl', 'details-facts');
    for (const [key, value] of Object.entries(explanation)) {
      list.append(el('dt', '', key.replace(/_/g, ' ')), el('dd', '', plainText(value)));
    }
    section.append(list);
    return [section];
  }

  _source(source) {
    const item = el('li', 'details-source');
    const title = String(source.title || source.document || source.url || 'Untitled source');
    const href = safeHttpUrl(source.url);
    if (href) {
      const link = el('a', 'source-link', title);
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      item.append(link);
    }
    else {
      item.append(el('span', 'source-title', title));
      if (source.url && source.url !== title) {
        // An unsafe or relative URL is still worth seeing; as text it cannot run.
        item.append(el('span', 'source-url', ` ${String(source.url)}`));
      }
    }
    const meta = [source.published, source.document && source.document !== title ? source.document : null]
      .filter(Boolean).map(String).join(' · ');
    if (meta) {
      item.append(el('div', 'source-meta', meta));
    }
    if (source.quote) {
      item.append(el('blockquote', 'source-quote', String(source.quote)));
    }
    return item;
  }
}

export function detailsPanel(element) {
  return new DetailsPanel(element);
}

/** Any JSON value as readable text: lists joined with '; ', objects as 'key: value'. */
function plainText(value) {
  if (value === null || value === undefined) {
    return '';
  }
  if (Array.isArray(value)) {
    return value.map(plainText).join('; ');
  }
  if (typeof value === 'object') {
    return Object.entries(value).map(([k, v]) => `${k}: ${plainText(v)}`).join(', ');
  }
  return String(value);
}

/** An element with a class and children (strings become text nodes, never markup). */
function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  node.append(...children.filter((c) => c !== '' && c !== null && c !== undefined));
  return node;
}
