package org.conflictdata.incidentmap.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.ActorRole;
import org.conflictdata.incidentmap.extraction.Attribution;
import org.conflictdata.incidentmap.extraction.Count;

/**
 * The one-line summary of an incident, built only from its facts, e.g. "Shelling/
 * artillery/missile attack at K-1 Air Base (Kirkuk, Iraq) by Kataib Hezbollah: 1 killed,
 * 4 wounded". Area places read "in Iraq", places the geocoder put near something read
 * "near Amerli"; perpetrators who are only suspected or who claimed the act say so.
 * Missing parts (no actors, no figures, no admin1) are left out rather than written as
 * "unknown".
 */
final class IncidentSummary {

	private IncidentSummary() {
	}

	static String of(String subEventType, String place, String admin1, String country, int geoPrecision,
			String locationPrecision, List<Actor> actors, Count killed, Count wounded) {
		StringBuilder summary = new StringBuilder(subEventType);
		summary.append(' ').append(preposition(geoPrecision, locationPrecision)).append(' ').append(place);
		List<String> context = new ArrayList<>();
		for (String area : new String[] { admin1, country }) {
			if (area != null && !area.isBlank() && !area.equalsIgnoreCase(place) && !context.contains(area)) {
				context.add(area);
			}
		}
		if (!context.isEmpty()) {
			summary.append(" (").append(String.join(", ", context)).append(')');
		}
		List<String> perpetrators = new ArrayList<>();
		for (Actor actor : actors) {
			if (actor.role() == ActorRole.PERPETRATOR) {
				perpetrators.add(actor.name() + qualifier(actor.attribution()));
			}
		}
		if (!perpetrators.isEmpty()) {
			summary.append(" by ").append(String.join(" and ", perpetrators));
		}
		List<String> figures = new ArrayList<>();
		if (killed != null) {
			figures.add(CountText.of(killed) + " killed");
		}
		if (wounded != null) {
			figures.add(CountText.of(wounded) + " wounded");
		}
		if (!figures.isEmpty()) {
			summary.append(": ").append(String.join(", ", figures));
		}
		return summary.toString();
	}

	private static String preposition(int geoPrecision, String locationPrecision) {
		if (locationPrecision != null && locationPrecision.toLowerCase(Locale.ROOT).startsWith("near")) {
			return "near";
		}
		return (geoPrecision >= 3) ? "in" : "at";
	}

	private static String qualifier(Attribution attribution) {
		if (attribution == Attribution.SUSPECTED) {
			return " (suspected)";
		}
		if (attribution == Attribution.CLAIMED) {
			return " (claimed)";
		}
		return "";
	}

}
