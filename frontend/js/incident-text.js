/**
 * Short texts about an incident shared by the map's lists, tooltips and the details panel. DOM-free; missing
 * values give the most honest short text available ('Incident', no date, no count).
 */
import { DAY_MS, formatIncidentDate, isoDay, periodWords } from './dates.js';

const PRECISIONS = new Set(['day', 'week', 'month', 'year']);

/**
 * The date of an incident known from the map's compact data ({ day, dayEnd, precision }, epoch days and a
 * date precision name): at its precision ('week of 23 Dec 2019', 'June 2018'); with the precision unknown,
 * at the precision the first and last day suggest. '' for a missing day.
 */
export function compactDate({ day, dayEnd, precision } = {}) {
  if (!Number.isFinite(day)) {
    return '';
  }
  if (PRECISIONS.has(precision)) {
    return formatIncidentDate(isoDay(day * DAY_MS), precision, isoDay(dayEnd * DAY_MS));
  }
  return periodWords(day * DAY_MS, dayEnd * DAY_MS);
}

/**
 * The label of an incident known from the map's compact data (incident-points.js rowFacts: type, place,
 * epoch days, date precision, killed and wounded, -1 when no source gives a figure):
 * 'Shelling/artillery/missile attack, 11 Mar 2020 — Camp Taji: 3 killed, 14 wounded'. Counts not stated
 * are left out.
 */
export function compactLabel(facts = {}) {
  const date = compactDate(facts);
  const type = facts.type || 'Incident';
  const title = [date ? `${type}, ${date}` : type, facts.place].filter(Boolean).join(' — ');
  const counts = [];
  if (facts.killed >= 0) {
    counts.push(`${facts.killed} killed`);
  }
  if (facts.wounded >= 0) {
    counts.push(`${facts.wounded} wounded`);
  }
  return counts.length ? `${title}: ${counts.join(', ')}` : title;
}

/** 'claimed', 'stated', 'suspected', or '' for an unknown attribution. */
export function attributionWords(attribution) {
  return { CLAIMED: 'claimed', STATED: 'stated', SUSPECTED: 'suspected' }[attribution] ?? '';
}

/** 'perpetrator', 'target', or ''. */
export function roleWords(role) {
  return { PERPETRATOR: 'perpetrator', TARGET: 'target' }[role] ?? '';
}
