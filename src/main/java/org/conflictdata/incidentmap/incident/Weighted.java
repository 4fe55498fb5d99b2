package org.conflictdata.incidentmap.incident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A discrete distribution for the synthetic generator: items with whole-number weights,
 * drawn in proportion to them. Weights below one are rejected; drawing from an empty
 * distribution is an {@link IllegalStateException}.
 *
 * @param <T> the item type
 */
final class Weighted<T> {

	private final List<T> items = new ArrayList<>();

	private long[] cumulative = new long[0];

	Weighted<T> add(T item, int weight) {
		if (weight < 1) {
			throw new IllegalArgumentException("weight must be at least 1 but was " + weight);
		}
		long total = (this.cumulative.length == 0) ? 0 : this.cumulative[this.cumulative.length - 1];
		this.items.add(item);
		this.cumulative = Arrays.copyOf(this.cumulative, this.cumulative.length + 1);
		this.cumulative[this.cumulative.length - 1] = total + weight;
		return this;
	}

	T pick(SplittableRandom random) {
		if (this.items.isEmpty()) {
			throw new IllegalStateException("nothing to draw from");
		}
		long roll = random.nextLong(this.cumulative[this.cumulative.length - 1]);
		int at = Arrays.binarySearch(this.cumulative, roll + 1);
		return this.items.get((at >= 0) ? at : -at - 1);
	}

}
