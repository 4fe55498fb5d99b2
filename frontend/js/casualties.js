/**
 * Killed and wounded counts as the API gives them (`null` or `{value, min, max}`, max `null` = open-ended):
 * printed honestly ('1 (1–2)', '5 (5 or more)'). DOM-free. A null or malformed count prints as
 * 'not reported'.
 */

/** '3', '1 (1–2)', '5 (5 or more)', 'at least 5', 'not reported'. */
export function formatCount(count) {
  if (!count || typeof count !== 'object') {
    return 'not reported';
  }
  const value = finite(count.value);
  const min = finite(count.min) ?? value;
  const max = count.max === null ? null : finite(count.max) ?? value;
  if (value === null) {
    if (min === null) {
      return 'not reported';
    }
    return max === null ? `at least ${min}` : min === max ? String(min) : `${min}–${max}`;
  }
  if (max === null) {
    return `${value} (${min ?? value} or more)`;
  }
  if (min === value && max === value) {
    return String(value);
  }
  return `${value} (${min}–${max})`;
}

function finite(x) {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}
