/**
 * Decides whether a source URL from an article may become a link. Only absolute http: and https: URLs pass;
 * anything else (javascript:, data:, relative or malformed text, non-strings) returns null so the caller
 * shows it as plain text. DOM-free.
 */
export function safeHttpUrl(text) {
  if (typeof text !== 'string') {
    return null;
  }
  const trimmed = text.trim();
  // Control characters are how scheme checks are usually smuggled past ("java\tscript:").
  if (trimmed === '' || /[\u0000-\u001f\u007f]/.test(trimmed)) {
    return null;
  }
  let url;
  try {
    url = new URL(trimmed);
  }
  catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
