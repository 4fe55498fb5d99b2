package org.conflictdata.incidentmap.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.geocoding.Distance;
import org.conflictdata.incidentmap.geocoding.Geocoder;
import org.conflictdata.incidentmap.geocoding.Location;
import org.conflictdata.incidentmap.geocoding.Place;
import org.conflictdata.incidentmap.geocoding.PlaceKind;

/**
 * The town a story is filed from, as the place of an event sentence that names none. A
 * dateline ("AL-BAB, Syria —", "ERBIL, Iraq (Agency) —", "Sulaimani (NRT) —") says where
 * the reporter is; a local reporter in a town writes about that town, so when the event's
 * paragraph and the lead name no other place, the town is the best reading, near rather
 * than at it (geo precision 2). A national capital or a foreign city (Beirut, Amman,
 * Washington) is where wire desks sit and never stands in; neither does a dateline when
 * the lead or the paragraph places the events elsewhere.
 */
final class DatelineFallback {

	private static final Pattern DATELINE = Pattern
		.compile("^\\s*([\\p{Lu}][\\p{L}'’\\-]+(?:[ \\-][\\p{Lu}][\\p{L}'’\\-]+){0,2})"
				+ "(?:,\\s*[\\p{Lu}][\\p{L}]+)?(?:,?\\s*[\\p{L}\\d. ]{0,20}\\d)?\\s*(?:\\([^)\\n]{1,40}\\))?\\s*[—–-]");

	/** Capitals where wire desks sit: a story filed there may cover the whole country. */
	private static final Set<String> CAPITALS = Set.of("baghdad", "damascus", "beirut", "amman", "tehran", "ankara",
			"riyadh", "kuwait", "doha", "dubai", "cairo", "jerusalem", "washington", "london", "istanbul");

	private static final Set<PlaceKind> TOWNS = Set.of(PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE);

	/** How far from the town the lead's own place may lie and still be the town's. */
	private static final double NEAR_KM = 30;

	private final Place town;

	private final String name;

	/** Whether the lead places the story at another place than the dateline town. */
	private final boolean leadElsewhere;

	private DatelineFallback(Place town, String name, boolean leadElsewhere) {
		this.town = town;
		this.name = name;
		this.leadElsewhere = leadElsewhere;
	}

	/** The fallback of an article's text, or null when it has no usable dateline. */
	static DatelineFallback of(String text, Geocoder geocoder) {
		if (text == null) {
			return null;
		}
		Matcher m = DATELINE.matcher(text);
		if (!m.find() || CAPITALS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
			return null;
		}
		Location located = geocoder.locate("in " + m.group(1));
		Place town = located.place();
		if (!located.isResolved() || !TOWNS.contains(town.kind())
				|| !Set.of("Iraq", "Syria").contains(town.country())) {
			return null;
		}
		// The lead is the article's: geocoded once, not for every unplaced sentence.
		Location lead = geocoder.locate(leadOf(text, m.end()));
		boolean leadElsewhere = lead.isResolved() && lead.place().kind() != PlaceKind.COUNTRY
				&& !lead.place().contains(town) && Distance.km(lead.place(), town) > NEAR_KM;
		return new DatelineFallback(town, m.group(1), leadElsewhere);
	}

	/** The first paragraph of substance after the dateline, with the dateline itself. */
	private static String leadOf(String text, int from) {
		int start = from;
		while (start < text.length()) {
			int end = text.indexOf("\n\n", start);
			end = (end < 0) ? text.length() : end;
			if (text.substring(start, end).strip().length() >= 60) {
				return text.substring(from, end);
			}
			start = end + 2;
		}
		return text.substring(from);
	}

	/**
	 * The dateline town for an event sentence at {@code at} in {@code text}, or null when
	 * the lead or the sentence's paragraph names another place.
	 */
	Location locate(String text, int at, Geocoder geocoder) {
		int from = Math.max(0, text.lastIndexOf("\n\n", Math.max(0, at)));
		int to = text.indexOf("\n\n", Math.min(text.length(), Math.max(0, at)));
		String paragraph = text.substring(from, (to < 0) ? text.length() : to);
		if (this.leadElsewhere || namesOtherPlace(paragraph, geocoder)) {
			return null;
		}
		return new Location(this.town, 2, "near " + this.town.name(), this.name,
				"the sentence, its paragraph and the lead name no place; the story is filed from " + this.town.name()
						+ " (dateline), so the event is placed near it",
				null);
	}

	private boolean namesOtherPlace(String text, Geocoder geocoder) {
		return geocoder.locateAll(text)
			.stream()
			.filter(Location::isResolved)
			.map(Location::place)
			.anyMatch((p) -> !p.id().equals(this.town.id()) && !p.contains(this.town) && p.kind() != PlaceKind.COUNTRY);
	}

}
