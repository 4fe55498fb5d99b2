package org.conflictdata.incidentmap.ingest;

import org.conflictdata.incidentmap.api.BadParameterException;

/**
 * Checks a posted article's text fields before anything is parsed or stored: each must be
 * plain text, without NUL or other control characters than tab, line breaks and form
 * feed, and without unpaired surrogates (what binary or mis-decoded input looks like;
 * PostgreSQL cannot store NUL at all), and no longer than its limit. A null field passes:
 * whether it may be absent is the caller's rule.
 */
final class PostedText {

	/** Longest title or URL accepted, in characters (the store's column width). */
	static final int MAX_FIELD_CHARS = 2000;

	private PostedText() {
	}

	/**
	 * Returns when {@code value} is null or plain text of at most {@code maxChars}.
	 * @throws BadParameterException naming {@code field} and the first offending
	 * character
	 */
	static void check(String field, String value, int maxChars) {
		if (value == null) {
			return;
		}
		if (value.length() > maxChars) {
			throw new BadParameterException(field, "is longer than " + maxChars + " characters");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c < 0x80) {
				throw new BadParameterException(field,
						String.format(
								"contains the control character U+%04X at position %d; send plain text, not binary",
								(int) c, i));
			}
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				throw new BadParameterException(field,
						"contains an unpaired surrogate at position " + i + "; send valid Unicode text");
			}
		}
	}

}
