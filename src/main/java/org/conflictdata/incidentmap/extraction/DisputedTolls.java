package org.conflictdata.incidentmap.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Widens a death toll that another source disputes into the range the sources span.
 * "Police said three were killed; activists said four" is 3 killed, from 3 to 4; "at
 * least 12 died, ... a rights group put the toll at 15" is 12, from 12 to 15. The other
 * source's figure must stand bare after its verb, at the end of a clause ("said four,",
 * "put the toll at 15."): "said four were wounded" is another figure, not a dispute. A
 * null toll, null text or text without a disputing figure leaves the toll as it is.
 */
final class DisputedTolls {

	private static final Pattern OTHER_FIGURE = Pattern.compile("(?:[;.]|,\\s+(?:while|but|whereas))\\s+[^;.]{1,60}?"
			+ "\\b(?:said|say|says|reported|counted|(?:put|puts|putting|gave|give|gives)\\s+(?:the|its|their)\\s+"
			+ "(?:death\\s+)?(?:toll|number of dead|number of those killed)\\s+(?:at|as))\\s+(?:it was\\s+)?" + "("
			+ NumberWords.PATTERN + ")(?=\\s*(?:[,.;)]|$|\\s+(?:dead|killed|deaths)\\b))", Pattern.CASE_INSENSITIVE);

	private DisputedTolls() {
	}

	/** {@code killed}, its range stretched to every bare figure another source gives. */
	static Count widen(String text, Count killed) {
		if (killed == null || text == null) {
			return killed;
		}
		Count out = killed;
		Matcher m = OTHER_FIGURE.matcher(text);
		while (m.find()) {
			int n = NumberWords.parse(m.group(1));
			if (n < 0 || (n >= 1900 && n <= 2100)) {
				continue;
			}
			Integer max = (out.max() == null) ? null : Math.max(out.max(), n);
			out = new Count(out.value(), Math.min(out.min(), n), max);
		}
		return out;
	}

}
