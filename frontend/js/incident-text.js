/**
 * Short texts about an incident shared by the map's lists and the details panel. DOM-free; missing
 * values give the most honest short text available ('Incident', no date, no count).
 */
import { DAY_MS, periodWords } from './dates.js';

/**
 * The label of an incident known only from the map's compact data: type name, first and last epoch day,
 * killed (-1 when no source gives a figure): 'Air/drone strike, 29 Dec 2019: 25 killed'.
 */
export function compactLabel(typeName, day, dayEnd, killed) {
  const date = periodWords(day * DAY_MS, dayEnd * DAY_MS);
  const title = date ? `${typeName || 'Incident'}, ${date}` : typeName || 'Incident';
  return killed >= 0 ? `${title}: ${killed} killed` : title;
}

/** 'claimed', 'stated', 'suspected', or '' for an unknown attribution. */
export function attributionWords(attribution) {
  return { CLAIMED: 'claimed', STATED: 'stated', SUSPECTED: 'suspected' }[attribution] ?? '';
}

/** 'perpetrator', 'target', or ''. */
export function roleWords(role) {
  return { PERPETRATOR: 'perpetrator', TARGET: 'target' }[role] ?? '';
}
