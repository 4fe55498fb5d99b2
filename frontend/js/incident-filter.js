/**
 * The filters as the map applies them to loaded incidents, and as the API receives them for downloads
 * and the timeline. DOM-free. Empty or missing filter values match everything; incidents with missing
 * properties simply fail the filters that need them.
 */
import { isoDay } from './dates.js';

/** { eventType, subEventType, actor, q, historical } with every field optional. */
export function emptyFilters() {
  return { eventType: '', subEventType: '', actor: '', q: '', historical: false };
}

/**
 * Whether an incident's properties pass the filters. Types match exactly, the actor by (accent- and
 * case-insensitive) containment, and free text needs every word somewhere in summary, place or actors.
 */
export function matches(properties, filters) {
  const p = properties || {};
  const f = filters || {};
  if (!f.historical && p.historical === true) {
    return false;
  }
  if (f.eventType && p.event_type !== f.eventType) {
    return false;
  }
  if (f.subEventType && p.sub_event_type !== f.subEventType) {
    return false;
  }
  // Contains rather than equals, so a partly typed name in the actor box still finds its incidents.
  const actor = normalise(f.actor);
  if (actor && !actorNames(p).some((name) => normalise(name).includes(actor))) {
    return false;
  }
  const words = normalise(f.q).split(' ').filter(Boolean);
  if (words.length > 0) {
    const haystack = normalise([p.summary, p.place, p.admin1, p.country, ...actorNames(p)].join(' '));
    return words.every((w) => haystack.includes(w));
  }
  return true;
}

/** Distinct types in the data: [{eventType, subEventTypes: [..]}], both levels sorted. */
export function typeOptions(propertiesList) {
  const byType = new Map();
  for (const p of propertiesList) {
    if (!p?.event_type) {
      continue;
    }
    if (!byType.has(p.event_type)) {
      byType.set(p.event_type, new Set());
    }
    if (p.sub_event_type) {
      byType.get(p.event_type).add(p.sub_event_type);
    }
  }
  return [...byType.keys()].sort().map((eventType) => ({
    eventType,
    subEventTypes: [...byType.get(eventType)].sort(),
  }));
}

/** Distinct actor names, sorted. */
export function actorOptions(propertiesList) {
  const names = new Set();
  for (const p of propertiesList) {
    actorNames(p).forEach((n) => names.add(n));
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

/**
 * API query parameters for the filters and an optional {start, end} day span (UTC ms):
 * start, end, event_type, sub_event_type, actor, q, and include_historical=true when historical incidents
 * are shown (the API leaves them out unless asked). Empty values are left out.
 */
export function apiParams(filters, span) {
  const params = new URLSearchParams();
  const f = filters || {};
  if (span && Number.isFinite(span.start) && Number.isFinite(span.end)) {
    params.set('start', isoDay(span.start));
    params.set('end', isoDay(span.end));
  }
  for (const [key, value] of [['event_type', f.eventType], ['sub_event_type', f.subEventType],
    ['actor', f.actor], ['q', f.q]]) {
    if (typeof value === 'string' && value.trim() !== '') {
      params.set(key, value.trim());
    }
  }
  if (f.historical) {
    params.set('include_historical', 'true');
  }
  return params;
}

function actorNames(p) {
  return Array.isArray(p?.actors) ? p.actors.map((a) => a?.name).filter((n) => typeof n === 'string') : [];
}

function normalise(text) {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
