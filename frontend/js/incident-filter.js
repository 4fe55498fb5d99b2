/**
 * The filters as the API receives them (the map's requests, the downloads and the timeline), the type and
 * actor choices offered, and ACLED's type taxonomy. DOM-free. Empty or missing filter values are left out.
 */
import { isoDay } from './dates.js';

/** { eventType, subEventType, actor, q, historical } with every field optional. */
export function emptyFilters() {
  return { eventType: '', subEventType: '', actor: '', q: '', historical: false };
}

/** ACLED's event types and their sub-event types, as the codebook lists them. */
export const ACLED_TYPES = {
  'Battles': ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb',
    'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  'Protests': ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  'Riots': ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use',
    'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory',
    'Other'],
};

/** The ACLED event type of a sub-event type, or '' for one the codebook does not list. */
export function eventTypeOf(subEventType) {
  return Object.keys(ACLED_TYPES).find((type) => ACLED_TYPES[type].includes(subEventType)) ?? '';
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
