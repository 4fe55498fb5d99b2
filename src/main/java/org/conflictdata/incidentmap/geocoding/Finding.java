package org.conflictdata.incidentmap.geocoding;

import java.util.Set;

import org.conflictdata.incidentmap.geocoding.MentionReader.Reading;

/**
 * One place mention the geocoder found, with the reading of the words around it, and how
 * it turns into ACLED precision and words. {@link #score()} orders findings: a named
 * facility beats a town, a town beats a region, a province or a country, a place the text
 * says something happened "in" or "at" beats a bare mention, and origins, destinations
 * and actors come last.
 *
 * @param place the chosen gazetteer place
 * @param matched the name as written, e.g. "K1 base"
 * @param mention the locating phrase as written, e.g. "near the town of Amerli"
 * @param reading how the text relates the incident to the place
 * @param start offset of the mention in the text
 * @param end offset after the name in the text
 * @param contextNote how other mentions supported the choice, or null
 * @param generic matched through a generic name ("the US embassy") or a country adjective
 * ("an Iraqi base") rather than a name of the place
 */
record Finding(Place place, String matched, String mention, Reading reading, int start, int end, String contextNote,
		boolean generic) {

	static final Set<PlaceKind> FACILITIES = Set.of(PlaceKind.AIR_BASE, PlaceKind.MILITARY_BASE, PlaceKind.AIRPORT,
			PlaceKind.EMBASSY, PlaceKind.BORDER_CROSSING, PlaceKind.FACILITY);

	int score() {
		int score = switch (this.place.kind()) {
			case AIR_BASE, MILITARY_BASE, AIRPORT, EMBASSY, BORDER_CROSSING, FACILITY -> 100;
			case ZONE -> 95;
			case CITY, TOWN, VILLAGE -> 80;
			case DISTRICT -> 70;
			case REGION -> 50;
			case PROVINCE -> 40;
			case COUNTRY -> 20;
		};
		if (this.reading.relation().isWeak()) {
			return score - 1000;
		}
		if (this.reading.relation() == Relation.NEAR) {
			score -= 3;
		}
		if (this.reading.relation() == Relation.SPEAKER) {
			// Below a country the text names, above anything weak: used only when the
			// text names no place of the event at all.
			return score - 200;
		}
		if (this.reading.locative() || unnamedFacility()) {
			score += 5;
		}
		return score;
	}

	boolean isWeak() {
		return this.reading.relation().isWeak();
	}

	/** True when the text only says that someone spoke there ("said in Ankara"). */
	boolean isSpeaker() {
		return this.reading.relation() == Relation.SPEAKER;
	}

	/** True when the incident happened at a facility the text does not name. */
	boolean unnamedFacility() {
		return this.reading.facilityNoun() != null && !isFacility();
	}

	boolean isFacility() {
		return FACILITIES.contains(this.place.kind()) || this.place.kind() == PlaceKind.ZONE;
	}

	int geoPrecision() {
		int areaPrecision = switch (this.place.kind()) {
			case DISTRICT -> 2;
			case REGION -> (this.place.admin1() != null) ? 2 : 3;
			case PROVINCE, COUNTRY -> 3;
			default -> 1;
		};
		if (this.reading.relation() == Relation.NEAR || this.reading.relation() == Relation.SPEAKER
				|| this.reading.relation() == Relation.OBJECTIVE || unnamedFacility()) {
			return Math.max(2, areaPrecision);
		}
		return areaPrecision;
	}

	/** The precision in words, e.g. "exact place", "near Amerli", "south of Mosul". */
	String precisionWords(String qualifier) {
		String words = switch (this.reading.relation()) {
			case DATELINE -> "dateline, not the incident location";
			case ORIGIN -> "origin, not the incident location";
			case DESTINATION -> "destination, not the incident location";
			case OBJECTIVE -> "near " + this.place.name() + ", the aim of a defence or an advance";
			case ACTOR -> "names an actor, not a location";
			case NEAR -> (this.reading.direction() != null) ? this.reading.direction() + " " + this.place.name()
					: "near " + this.place.name();
			case SPEAKER -> "where it was said, " + this.place.name() + " (the event's place is not named)";
			case AT -> unnamedFacility() ? unnamedFacilityWords() : kindWords();
		};
		return (qualifier != null) ? words + ", " + qualifier : words;
	}

	private String unnamedFacilityWords() {
		String noun = singular(this.reading.facilityNoun());
		String article = noun.equals("headquarters") ? "a" : ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a");
		return article + " " + noun + " in " + this.place.name() + " (facility unnamed)";
	}

	private static String singular(String noun) {
		return switch (noun) {
			case "bases" -> "base";
			case "facilities" -> "facility";
			default -> noun;
		};
	}

	private String kindWords() {
		return switch (this.place.kind()) {
			case DISTRICT -> "district";
			case REGION -> "region";
			case PROVINCE -> "province";
			case COUNTRY -> "country";
			default -> "exact place";
		};
	}

	/** The kind in words for explanations, e.g. "air base", "town". */
	static String kindName(PlaceKind kind) {
		return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	/** "Kirkuk (city)" or "K-1 Air Base (air base, Kirkuk, Iraq)". */
	String describe() {
		StringBuilder text = new StringBuilder(this.place.name()).append(" (").append(kindName(this.place.kind()));
		if (this.place.kind() != PlaceKind.COUNTRY) {
			if (this.place.admin1() != null && this.place.kind() != PlaceKind.PROVINCE) {
				text.append(", ").append(this.place.admin1());
			}
			text.append(", ").append(this.place.country());
		}
		return text.append(')').toString();
	}

}
