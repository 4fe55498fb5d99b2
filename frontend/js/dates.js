/**
 * Calendar days as UTC midnight milliseconds, and dates printed no more exactly than they are known.
 * DOM-free. Malformed input: `parseDay` returns NaN, the formatters return '' for NaN or unknown precision
 * falls back to the day.
 */

export const DAY_MS = 86400000;

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** 'YYYY-MM-DD' (anything after the day, like a time, is ignored) → UTC midnight ms, or NaN. */
export function parseDay(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(typeof text === 'string' ? text : '');
  if (!match) {
    return NaN;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2019-02-30 over into March; such a date is malformed, not March.
  return new Date(ms).getUTCDate() === day ? ms : NaN;
}

/** UTC ms → 'YYYY-MM-DD'. */
export function isoDay(ms) {
  if (!Number.isFinite(ms)) {
    return '';
  }
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(ms, days) {
  return ms + days * DAY_MS;
}

/** Whole days from a to b (b later → positive). */
export function daysBetween(a, b) {
  return Math.round((b - a) / DAY_MS);
}

/** '27 Dec 2019'. */
export function dayInWords(ms) {
  if (!Number.isFinite(ms)) {
    return '';
  }
  const d = new Date(ms);
  return `${d.getUTCDate()} ${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * An incident's date at its precision: '27 Dec 2019', 'week of 23 Dec 2019', 'June 2018', '2018'.
 * A day-precise incident that lasted several days prints as a span ('27–29 Dec 2019').
 */
export function formatIncidentDate(date, precision, dateEnd) {
  const start = parseDay(date);
  if (!Number.isFinite(start)) {
    return '';
  }
  const d = new Date(start);
  switch (precision) {
    case 'year':
      return String(d.getUTCFullYear());
    case 'month':
      return `${LONG_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    case 'week':
      return `week of ${dayInWords(start)}`;
    default:
      return daySpan(start, parseDay(dateEnd));
  }
}

/**
 * A first and last day as words at the precision they suggest: a whole year '2018', a whole month
 * 'June 2018', otherwise the day or the span of days ('27–29 Dec 2019'). For incidents known only by their
 * date range (the map's compact data has no precision).
 */
export function periodWords(startMs, endMs) {
  if (!Number.isFinite(startMs)) {
    return '';
  }
  const a = new Date(startMs);
  const b = new Date(Number.isFinite(endMs) ? endMs : startMs);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  if (sameYear && a.getUTCDate() === 1 && b.getUTCDate() === 31 && a.getUTCMonth() === 0 && b.getUTCMonth() === 11) {
    return String(a.getUTCFullYear());
  }
  if (sameYear && a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() === 1
    && b.getTime() === Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 0) && b.getUTCDate() > 1) {
    return `${LONG_MONTHS[a.getUTCMonth()]} ${a.getUTCFullYear()}`;
  }
  return daySpan(startMs, endMs);
}

function daySpan(start, end) {
  if (!Number.isFinite(end) || end <= start) {
    return dayInWords(start);
  }
  const a = new Date(start);
  const b = new Date(end);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) {
    return `${dayInWords(start)} – ${dayInWords(end)}`;
  }
  if (a.getUTCMonth() !== b.getUTCMonth()) {
    return `${a.getUTCDate()} ${SHORT_MONTHS[a.getUTCMonth()]} – ${dayInWords(end)}`;
  }
  return `${a.getUTCDate()}–${dayInWords(end)}`;
}

/**
 * The last day an incident may have happened on: the end of the period its precision names (a 'month'
 * incident dated 2018-06-01 may be any day of June), or date_end when that is later.
 */
export function incidentEnd(date, precision, dateEnd) {
  const start = parseDay(date);
  if (!Number.isFinite(start)) {
    return NaN;
  }
  const end = parseDay(dateEnd);
  const periodEnd = endOfPeriod(start, precision);
  return Number.isFinite(end) && end > periodEnd ? end : periodEnd;
}

function endOfPeriod(start, precision) {
  const d = new Date(start);
  switch (precision) {
    case 'year':
      return Date.UTC(d.getUTCFullYear(), 11, 31);
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
    case 'week':
      return addDays(start, 6);
    default:
      return start;
  }
}
