/**
 * How an incident looks on the map: colour by ACLED sub-event type and radius by casualties, killed +
 * wounded (square root, so area grows with the count); point-stamps.js draws the rings that say how
 * loosely the place is known.
 * DOM-free. An unknown sub-event type gets a stable colour from its name; a missing one is grey.
 */

export const TYPE_COLOURS = {
  'Armed clash': '#b2182b',
  'Attack': '#d6604d',
  'Government regains territory': '#8c510a',
  'Non-state actor overtakes territory': '#bf812d',
  'Air/drone strike': '#2166ac',
  'Shelling/artillery/missile attack': '#762a83',
  'Remote explosive/landmine/IED': '#e08214',
  'Suicide bomb': '#67001f',
  'Grenade': '#c51b7d',
  'Abduction/forced disappearance': '#1b7837',
  'Sexual violence': '#4d9221',
  'Mob violence': '#f1a340',
  'Violent demonstration': '#fdb863',
  'Peaceful protest': '#5aae61',
  'Protest with intervention': '#80cdc1',
  'Excessive force against protesters': '#35978f',
  'Looting/property destruction': '#998ec3',
  'Arrests': '#878787',
  'Headquarters or base established': '#4393c3',
  'Other': '#737373',
};

const FALLBACK_COLOURS = ['#01665e', '#8e0152', '#276419', '#542788', '#b35806', '#053061'];
const MISSING_COLOUR = '#9e9e9e';

export function colourFor(subEventType) {
  if (!subEventType) {
    return MISSING_COLOUR;
  }
  if (TYPE_COLOURS[subEventType]) {
    return TYPE_COLOURS[subEventType];
  }
  let hash = 0;
  for (const ch of subEventType) {
    hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  }
  return FALLBACK_COLOURS[hash % FALLBACK_COLOURS.length];
}

/**
 * Marker radius in pixels: 5 for no casualties (or not stated: negative), growing with √(killed + wounded),
 * capped at 26.
 */
export function radiusFor(casualties) {
  const n = Number.isFinite(casualties) && casualties > 0 ? casualties : 0;
  return Math.min(26, 5 + 2.5 * Math.sqrt(n));
}

/** Words for geo_precision, used in the legend and the details panel. */
export function precisionWords(geoPrecision) {
  return { 1: 'exact place', 2: 'near the place, or part of it', 3: 'somewhere in the region' }[geoPrecision]
    ?? 'unknown precision';
}
