/**
 * Short texts about an incident shared by the place list and the details panel. DOM-free; missing
 * properties give the most honest short text available ('Incident', no date).
 */
import { formatIncidentDate } from './dates.js';
import { countValue } from './casualties.js';

/** 'Air/drone strike, 29 Dec 2019'. */
export function incidentTitle(properties) {
  const p = properties ?? {};
  const type = p.sub_event_type || p.event_type || 'Incident';
  const date = formatIncidentDate(p.date, p.date_precision, p.date_end);
  return date ? `${type}, ${date}` : type;
}

/**
 * A title that tells apart incidents at one place: 'Shelling/artillery/missile attack, 8 Jan 2020: 2 killed,
 * 110 wounded'. Counts that are not reported are left out.
 */
export function incidentListLabel(properties) {
  const p = properties ?? {};
  const counts = [];
  if (p.killed) {
    counts.push(`${countValue(p.killed)} killed`);
  }
  if (p.wounded) {
    counts.push(`${countValue(p.wounded)} wounded`);
  }
  return counts.length ? `${incidentTitle(p)}: ${counts.join(', ')}` : incidentTitle(p);
}

/** 'claimed', 'stated', 'suspected', or '' for an unknown attribution. */
export function attributionWords(attribution) {
  return { CLAIMED: 'claimed', STATED: 'stated', SUSPECTED: 'suspected' }[attribution] ?? '';
}

/** 'perpetrator', 'target', or ''. */
export function roleWords(role) {
  return { PERPETRATOR: 'perpetrator', TARGET: 'target' }[role] ?? '';
}
