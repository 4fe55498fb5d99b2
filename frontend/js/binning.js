/**
 * Time arithmetic of the slider, kept DOM-free: which bin size suits a range, where a day's bin starts,
 * counts per bin and how visible an incident is at a given time (the rows a time can show are found in
 * incident-points.js). Empty input gives empty bins.
 */
import { DAY_MS, addDays } from './dates.js';

export const BINS = ['day', 'week', 'month'];

/** A bin size that gives a readable histogram: days up to ~4 months, weeks up to ~3 years, else months. */
export function chooseBin(startMs, endMs) {
  const days = (endMs - startMs) / DAY_MS;
  if (!(days >= 0) || days <= 120) {
    return 'day';
  }
  return days <= 3 * 366 ? 'week' : 'month';
}

/** Start of the bin that holds the day: the day itself, its Monday (ISO week), or the 1st of its month. */
export function binStart(ms, bin) {
  const d = new Date(ms);
  switch (bin) {
    case 'week':
      return addDays(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), -((d.getUTCDay() + 6) % 7));
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    default:
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  }
}

/** Start of the bin after the one starting at `ms`. */
export function nextBin(ms, bin) {
  if (bin === 'month') {
    const d = new Date(ms);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  return addDays(ms, bin === 'week' ? 7 : 1);
}

/** Every bin start from the bin of startMs to the bin of endMs, inclusive. */
export function binStarts(startMs, endMs, bin) {
  const starts = [];
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs < startMs) {
    return starts;
  }
  for (let t = binStart(startMs, bin); t <= endMs; t = nextBin(t, bin)) {
    starts.push(t);
  }
  return starts;
}

/** Counts of days (UTC ms) per bin, over all bins of [startMs, endMs], as [{start, count}]. */
export function countByBin(dayMs, startMs, endMs, bin) {
  const starts = binStarts(startMs, endMs, bin);
  const counts = new Map(starts.map((s) => [s, 0]));
  for (const ms of dayMs) {
    const key = binStart(ms, bin);
    if (counts.has(key)) {
      counts.set(key, counts.get(key) + 1);
    }
  }
  return starts.map((start) => ({ start, count: counts.get(start) }));
}

/**
 * How strongly an incident spanning [startMs, endMs] shows at time `nowMs`: 0 hidden, 1 full.
 * Cumulative mode shows everything that has started. Window mode shows what overlaps the trailing
 * `windowDays` (today included) and fades it with the days since it ended, down to `minOpacity`.
 */
export function visibility(startMs, endMs, nowMs, mode, windowDays, minOpacity = 0.25) {
  if (!(startMs <= nowMs)) {
    return 0;
  }
  if (mode !== 'window') {
    return 1;
  }
  const windowStart = addDays(nowMs, -(windowDays - 1));
  const end = Math.max(startMs, endMs || startMs);
  if (end < windowStart) {
    return 0;
  }
  const age = Math.max(0, (nowMs - end) / DAY_MS);
  const span = Math.max(1, windowDays - 1);
  return 1 - (1 - minOpacity) * Math.min(1, age / span);
}

/** The first day and last day the slider's current state covers, for downloads and the histogram. */
export function timeSpan(nowMs, mode, windowDays, rangeStartMs) {
  return mode === 'window'
    ? { start: addDays(nowMs, -(windowDays - 1)), end: nowMs }
    : { start: Math.min(rangeStartMs, nowMs), end: nowMs };
}
