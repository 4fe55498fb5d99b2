package org.conflictdata.incidentmap.incident;

import org.conflictdata.incidentmap.extraction.Count;

/**
 * Casualty figures in words for summaries and explanations: "1", "25–30" for a range, "at
 * least 1" for an open-ended figure. A null count reads as "" (not stated), which is
 * different from "0" (stated as none).
 */
final class CountText {

	private CountText() {
	}

	static String of(Count count) {
		if (count == null) {
			return "";
		}
		if (count.max() == null) {
			return "at least " + count.min();
		}
		if (count.min() == count.max()) {
			return Integer.toString(count.value());
		}
		return count.min() + "–" + count.max();
	}

}
