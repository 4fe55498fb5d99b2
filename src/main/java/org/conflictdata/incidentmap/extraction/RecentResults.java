package org.conflictdata.incidentmap.extraction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The results of a pure function of a text for the texts seen most recently, so that a
 * sentence scanned for triggers or actors while drafting mentions is not scanned again
 * when the same article's mentions are located. The capacity is a few hundred texts:
 * about one long article's sentences, so the cache serves reuse within an article and
 * holds nothing for long. Safe for concurrent use; the function runs outside the lock and
 * must return an immutable value. A null key is not cached.
 */
final class RecentResults<V> {

	private final Map<String, V> recent;

	RecentResults(int capacity) {
		this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
				return size() > capacity;
			}

		};
	}

	V get(String text, Function<String, V> compute) {
		if (text == null) {
			return compute.apply(null);
		}
		V value;
		synchronized (this.recent) {
			value = this.recent.get(text);
		}
		if (value == null) {
			value = compute.apply(text);
			synchronized (this.recent) {
				this.recent.put(text, value);
			}
		}
		return value;
	}

}
