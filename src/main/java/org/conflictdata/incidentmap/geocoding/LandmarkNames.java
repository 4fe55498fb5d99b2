package org.conflictdata.incidentmap.geocoding;

import java.util.List;
import java.util.Set;

import org.conflictdata.incidentmap.geocoding.PlaceMatcher.Hit;
import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * Town names that only label a structure somewhere else. Gates, markets, hotels, roads
 * and quarters are named after the place they face or the people who settled them: "Bab
 * Sinjar" is a gate of Mosul, "the Basra gate of Zubair" stands in Zubair, "the Kirkuk
 * road near Tuz Khurmatu" runs past Tuz Khurmatu. Such a name is dropped so that the
 * place the structure lies in decides. A name with nothing of the kind around it is kept;
 * an empty hit list stays empty.
 */
final class LandmarkNames {

	/** Nouns a town name can label while the thing itself stands in another town. */
	private static final Set<String> LABELLED_NOUNS = Set.of("gate", "market", "souk", "suq", "bazaar", "hotel", "road",
			"street", "highway", "neighbourhood", "neighborhood", "quarter", "mosque", "shrine", "square", "hospital",
			"roundabout", "junction", "intersection", "garage");

	/** Words that put the labelled structure in (or by) the next place named. */
	private static final Set<String> LINKS = Set.of("of", "in", "near");

	/** Words allowed between the link and the place: "of the western Mosul". */
	private static final Set<String> FILLERS = Set.of("the", "west", "western", "east", "eastern", "north", "northern",
			"south", "southern", "central", "old", "city", "town");

	private static final Set<PlaceKind> SETTLEMENTS = Set.of(PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE,
			PlaceKind.DISTRICT);

	private static final Set<PlaceKind> FACILITIES = Set.of(PlaceKind.AIR_BASE, PlaceKind.MILITARY_BASE,
			PlaceKind.AIRPORT, PlaceKind.EMBASSY, PlaceKind.BORDER_CROSSING, PlaceKind.FACILITY, PlaceKind.ZONE);

	private LandmarkNames() {
	}

	/** {@code hits} without the names that only label a gate or a structure elsewhere. */
	static List<Hit> withoutLabels(List<Token> tokens, List<Hit> hits) {
		return hits.stream()
			.filter((hit) -> !inGateName(tokens, hit) && !labelsStructureIn(tokens, hit, hits))
			.toList();
	}

	/**
	 * "Bab" (gate) written without an article and followed by a name opens a gate's name
	 * ("Bab Sinjar", "Bab al-Tob"); "al-Bab" is the Syrian town. A longer gazetteer name
	 * starting with the gate ("Bab al-Hawa crossing") is kept.
	 */
	private static boolean inGateName(List<Token> tokens, Hit hit) {
		for (int gate = Math.max(0, hit.from() - 2); gate <= hit.from(); gate++) {
			if (!isGate(tokens, gate)) {
				continue;
			}
			boolean theGateWordAlone = hit.from() == gate && hit.to() == gate;
			boolean theNameAfterIt = hit.from() > gate;
			if (theGateWordAlone || theNameAfterIt) {
				return true;
			}
		}
		return false;
	}

	private static boolean isGate(List<Token> tokens, int at) {
		Token word = tokens.get(at);
		boolean afterArticle = at > 0 && tokens.get(at - 1).isArticle() && tokens.get(at - 1).hyphenAfter();
		if (!word.lower().equals("bab") || !word.capitalised() || afterArticle || at + 1 >= tokens.size()) {
			return false;
		}
		Token next = tokens.get(at + 1);
		return !next.breakBefore() && (next.capitalised() || next.isArticle());
	}

	/**
	 * "the Basra gate of Zubair": a labelled noun, a link, then a town other than the
	 * label.
	 */
	private static boolean labelsStructureIn(List<Token> tokens, Hit hit, List<Hit> hits) {
		int noun = hit.to() + 1;
		if (noun + 1 >= tokens.size() || tokens.get(noun).breakBefore()
				|| !LABELLED_NOUNS.contains(tokens.get(noun).lower()) || tokens.get(noun + 1).breakBefore()
				|| !LINKS.contains(tokens.get(noun + 1).lower())
				|| FACILITIES.contains(hit.candidates().get(0).kind())) {
			return false;
		}
		int at = noun + 2;
		while (at < tokens.size() && !tokens.get(at).breakBefore() && FILLERS.contains(tokens.get(at).lower())) {
			at++;
		}
		int place = at;
		return hits.stream()
			.anyMatch((other) -> other.from() == place && !other.contextual()
					&& SETTLEMENTS.contains(other.candidates().get(0).kind())
					&& !other.candidates().get(0).id().equals(hit.candidates().get(0).id()));
	}

}
