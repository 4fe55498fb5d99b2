package org.conflictdata.incidentmap.extraction;

/**
 * A casualty figure: the chosen value and the range the sources span. A single exact
 * figure has {@code min == value == max}; "at least one" is {@code (1, 1, null)};
 * "several" is a vague figure with a range. A null {@code max} means open-ended.
 *
 * @param value the figure to report
 * @param min the lowest figure any source gives
 * @param max the highest figure any source gives, or null when open-ended
 */
public record Count(int value, int min, Integer max) {

	public static Count exactly(int n) {
		return new Count(n, n, n);
	}

	/**
	 * The figure that covers both: the larger chosen value, and the union of the ranges.
	 */
	public Count merge(Count other) {
		if (other == null) {
			return this;
		}
		Integer hi = (this.max == null || other.max == null) ? null : Math.max(this.max, other.max);
		return new Count(Math.max(this.value, other.value), Math.min(this.min, other.min), hi);
	}

	public boolean isRange() {
		return this.max == null || this.min != this.max;
	}

	/**
	 * The killed figure of a report that counts its wounded but names no dead: none were
	 * killed ("a roadside bomb wounded three policemen" is 0 killed, 3 wounded), as an
	 * analyst codes it. A stated killed figure, or a report without any figure, is kept.
	 */
	public static Count killedBeside(Count killed, Count wounded) {
		return (killed == null && wounded != null && wounded.value() > 0) ? Count.exactly(0) : killed;
	}

}
