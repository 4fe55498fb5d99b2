package org.conflictdata.incidentmap.geocoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.geocoding.MentionReader.Reading;

/**
 * Two named places that together locate an unnamed spot between them. "the rugged area
 * between Salahuddin and Diyala", "on the road between Samarra and Tikrit": the spot is
 * taken halfway between the two, not at either. "on the road south of Baghdad in Babil
 * province", where the province does not hold the city: the spot is in that province on
 * the city's side, taken halfway between the city and the province's point. Countries
 * never pair this way (a border between two countries is too long to halve), nor do
 * places that are not geographic ("talks between Baghdad and Erbil").
 */
final class PlacesBetween {

	/** Words shortly before "between" that make the phrase a stretch of ground. */
	private static final Set<String> GROUND_NOUNS = Set.of("area", "areas", "road", "roads", "highway", "highways",
			"region", "desert", "territory", "territories", "stretch", "zone", "village", "villages", "mountains",
			"hills", "farmland", "farms", "orchards", "corridor", "route", "lies", "located", "halfway", "midway",
			"somewhere", "countryside", "belt", "valley", "plain", "plains", "strip", "land", "lands", "pocket",
			"triangle", "town", "towns", "district");

	/** Two points further apart than this are not one spot between them. */
	private static final double MAX_POINT_KM = 150;

	private static final Pattern AND = Pattern.compile("\\s+and\\s+(?:the\\s+)?");

	private static final Pattern IN = Pattern.compile("\\s+in\\s+(?:the\\s+)?");

	private PlacesBetween() {
	}

	/** The findings with each pair that names a spot between them made one finding. */
	static List<Finding> merge(String text, List<Finding> findings) {
		if (findings.size() < 2) {
			return findings;
		}
		List<Finding> merged = new ArrayList<>(findings.size());
		for (int i = 0; i < findings.size(); i++) {
			Finding first = findings.get(i);
			Finding second = (i + 1 < findings.size()) ? findings.get(i + 1) : null;
			Finding pair = (second != null) ? pair(text, first, second) : null;
			if (pair != null) {
				merged.add(pair);
				i++;
			}
			else {
				merged.add(first);
			}
		}
		return merged;
	}

	private static Finding pair(String text, Finding first, Finding second) {
		if (first.reading().relation().isWeak() || second.reading().relation().isWeak() || first.generic()
				|| second.generic() || second.start() < first.end()) {
			return null;
		}
		Place a = first.place();
		Place b = second.place();
		if (a.kind() == PlaceKind.COUNTRY || b.kind() == PlaceKind.COUNTRY || a.contains(b) || b.contains(a)
				|| !a.country().equals(b.country())) {
			return null;
		}
		// The second phrase may open with its own "in": measure to its name.
		int name = text.indexOf(second.matched(), second.start());
		String gap = text.substring(first.end(), (name >= first.end()) ? name : second.start());
		if (AND.matcher(gap).matches() && between(text, first) && close(a, b)) {
			return joined(first, second, "between " + a.name() + " and " + b.name(),
					"the text puts it between " + a.name() + " and " + b.name() + "; taken halfway");
		}
		if (IN.matcher(gap).matches() && first.reading().relation() == Relation.NEAR
				&& first.reading().direction() != null && !a.kind().isArea() && b.kind() == PlaceKind.PROVINCE
				&& Distance.km(a, b) <= MAX_POINT_KM) {
			String words = first.reading().direction() + " " + a.name() + " in " + b.name();
			return joined(first, second, words, "the text puts it " + words + ", which does not hold " + a.name()
					+ "; taken in " + b.name() + " on the side of " + a.name() + ", halfway between them");
		}
		return null;
	}

	/** "between" right before the first name, after a word for ground. */
	private static boolean between(String text, Finding first) {
		String before = text.substring(Math.max(0, first.start() - 60), first.start()).toLowerCase(Locale.ROOT);
		String[] words = before.split("[^\\p{L}]+");
		int n = words.length;
		int at = n - 1;
		if (at >= 0 && words[at].equals("the")) {
			at--;
		}
		if (at < 0 || !words[at].equals("between")) {
			return false;
		}
		for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
			if (GROUND_NOUNS.contains(words[k])) {
				return true;
			}
		}
		return false;
	}

	private static boolean close(Place a, Place b) {
		return a.kind().isArea() || b.kind().isArea() || Distance.km(a, b) <= MAX_POINT_KM;
	}

	private static Finding joined(Finding first, Finding second, String name, String note) {
		Place a = first.place();
		Place b = second.place();
		Place spot = new Place("between:" + a.id() + ":" + b.id(), name, List.of(), PlaceKind.REGION, a.country(),
				(b.kind() == PlaceKind.PROVINCE) ? b.admin1() : a.admin1(), (a.longitude() + b.longitude()) / 2,
				(a.latitude() + b.latitude()) / 2,
				"halfway between " + a.name() + " (" + a.source() + ") and " + b.name() + " (" + b.source() + ")");
		Reading reading = new Reading(Relation.AT, first.reading().phraseStart(), null, null, true);
		return new Finding(spot, first.matched() + " … " + second.matched(), name, reading, first.start(), second.end(),
				note, false);
	}

}
