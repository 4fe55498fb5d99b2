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

	/**
	 * "Estimates of the dead ranged from 63, according to activists, to 95": the range
	 * the sources span, from the first figure to the second.
	 */
	private static final Pattern RANGED = Pattern.compile("\\b(?:dead|deaths|death toll|tolls?|killed|fatalities"
			+ "|casualty figures?)\\b[^.;]{0,40}?\\b(?:ranged?|ranging|varied|vary|varying)\\s+from\\s+(?:about\\s+|around\\s+)?("
			+ NumberWords.PATTERN + ")\\b[^.;]{0,80}?\\bto\\s+(?:about\\s+|around\\s+|as many as\\s+)?("
			+ NumberWords.PATTERN + ")\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * "Officials raised the toll to 23", "the ministry put the death toll at 30": a
	 * source's own count of the dead.
	 */
	private static final Pattern RAISED = Pattern.compile("\\b(?:raised|raising|revised|revising|updated|updating"
			+ "|put|puts|putting|gave|gives|placed)\\s+(?:the|its|their|his|her)\\s+(?:(?:overall|final|official)\\s+)?"
			+ "(?:death\\s+)?toll\\s+(?:(?:up|upward|upwards)\\s+)?(?:to|at)\\s+(?:at least\\s+)?("
			+ NumberWords.PATTERN + ")(?!\\s+(?:wounded|injured|hurt)\\b)", Pattern.CASE_INSENSITIVE);

	private DisputedTolls() {
	}

	/**
	 * The death toll stated as a range of estimates or as a source's count ("raised the
	 * toll to 23"), or null when {@code text} states neither.
	 */
	static Count stated(String text) {
		if (text == null || !(text.contains("toll") || text.contains("dead") || text.contains("death")
				|| text.contains("killed") || text.contains("fatalit") || text.contains("casualt"))) {
			return null;
		}
		Matcher m = RANGED.matcher(text);
		if (m.find()) {
			int low = NumberWords.parse(m.group(1));
			int high = NumberWords.parse(m.group(2));
			if (low >= 0 && high > low && high < 1900) {
				return new Count(low, low, high);
			}
		}
		m = RAISED.matcher(text);
		if (m.find()) {
			int n = NumberWords.parse(m.group(1));
			return (n < 0 || (n >= 1900 && n <= 2100)) ? null : Count.exactly(n);
		}
		return null;
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
