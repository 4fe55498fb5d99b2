package org.conflictdata.incidentmap.geocoding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The country an article is about, read from the other places it names: a report whose
 * dateline and other places are Syrian means the Syrian village of a name that a better
 * known Iraqi town shares. The countries that the most named places (cities, towns,
 * facilities, provinces, not countries themselves) lie in win; a tie keeps every tied
 * country, so a text naming one Iraqi and one Syrian place favours neither. No anchors
 * give no country.
 */
final class ArticleCountries {

	private ArticleCountries() {
	}

	/**
	 * The countries most {@code anchors} lie in, leaving out the places of the name being
	 * chosen ({@code candidates}): another mention of the same name says nothing about
	 * which place it is.
	 */
	static Set<String> of(List<Place> anchors, List<Place> candidates) {
		Set<String> own = candidates.stream().map(Place::id).collect(Collectors.toSet());
		Map<String, Integer> counts = new HashMap<>();
		for (Place anchor : anchors) {
			if (anchor.kind() != PlaceKind.COUNTRY && anchor.country() != null && !own.contains(anchor.id())) {
				counts.merge(anchor.country(), 1, Integer::sum);
			}
		}
		int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		return counts.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == most)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

}
