package org.conflictdata.incidentmap.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.conflictdata.incidentmap.geocoding.Location;
import org.conflictdata.incidentmap.incident.LocatedMention;

/**
 * Events a story about Iraq or Syria tells from another theatre for context ("Israeli
 * jets struck Gaza the same day", "riots in Tehran", "a Houthi drone hit a Saudi
 * airport"): when the article places an incident in Iraq or Syria, one it places beyond
 * them and their border neighbours Turkey and Jordan is set aside as unresolved, with the
 * reason, rather than mapped. A story that reports only elsewhere keeps its places.
 */
final class OtherTheatres {

	/** The countries the map covers. */
	private static final Set<String> THEATRE = Set.of("Iraq", "Syria");

	/**
	 * Neighbours where events are often part of the same war: across-border fire, bases.
	 */
	private static final Set<String> BORDERING = Set.of("Turkey", "Jordan");

	private OtherTheatres() {
	}

	static List<LocatedMention> setAside(List<LocatedMention> located) {
		boolean inTheatre = located.stream()
			.anyMatch((each) -> each.location().isResolved() && THEATRE.contains(each.location().place().country()));
		if (!inTheatre) {
			return located;
		}
		List<LocatedMention> kept = new ArrayList<>(located.size());
		for (LocatedMention each : located) {
			Location location = each.location();
			String country = location.isResolved() ? location.place().country() : null;
			if (country == null || THEATRE.contains(country) || BORDERING.contains(country)) {
				kept.add(each);
				continue;
			}
			kept.add(new LocatedMention(each.mention(),
					Location.unresolved(location.mention(),
							"placed in " + country + ", outside Iraq and Syria, where the story's other events are: "
									+ "told for context from another theatre")));
		}
		return kept;
	}

}
