/**
 * Short texts about an incident shared by the place list and the details panel. DOM-free; missing
 * properties give the most honest short text available ('Incident', no date).
 */
import { formatIncidentDate } from './dates.js';

/** 'Air/drone strike, 29 Dec 2019'. */
export function incidentTitle(properties) {
  const p = properties ?? {};
  const type = p.sub_event_type || p.event_type || 'Incident';
  const date = formatIncidentDate(p.date, p.date_precision, p.date_end);
  return date ? `${type}, ${date}` : type;
}

/** 'claimed', 'stated', 'suspected', or '' for an unknown attribution. */
export function attributionWords(attribution) {
  return { CLAIMED: 'claimed', STATED: 'stated', SUSPECTED: 'suspected' }[attribution] ?? '';
}

/** 'perpetrator', 'target', or ''. */
export function roleWords(role) {
  return { PERPETRATOR: 'perpetrator', TARGET: 'target' }[role] ?? '';
}
