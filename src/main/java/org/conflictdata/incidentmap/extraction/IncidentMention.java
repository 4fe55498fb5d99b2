package org.conflictdata.incidentmap.extraction;

import java.util.List;

/**
 * One sentence's report of an incident, before geocoding and before merging with other
 * reports of the same event. Offsets are character offsets into the article's normalised
 * text.
 *
 * @param sentence the sentence as it stands in the article
 * @param start offset of the sentence's first character
 * @param end offset just past the sentence's last character
 * @param type ACLED event and sub-event type
 * @param trigger the phrase that made this an incident, e.g. "rockets slammed into"
 * @param date when it happened, or null when the text gives no date at all
 * @param actors perpetrators and targets, possibly empty
 * @param killed killed figure, or null when not stated
 * @param wounded wounded figure, or null when not stated
 * @param weapon weapon as stated, e.g. "107 mm rockets", or null
 * @param placeContext text the geocoder should look in for the place: the sentence, plus
 * neighbouring sentences when the sentence itself names no place ("the Iraqi base")
 * @param historical true for references to history or aggregates ("the 1979 hostage
 * crisis", "six months of rocket fire") that are not point incidents
 */
public record IncidentMention(String sentence, int start, int end, EventType type, String trigger, EventDate date,
		List<Actor> actors, Count killed, Count wounded, String weapon, String placeContext, boolean historical) {

	public IncidentMention {
		actors = (actors != null) ? List.copyOf(actors) : List.of();
	}

}
