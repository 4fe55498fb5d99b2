package org.conflictdata.incidentmap.geocoding;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the "why" of a {@link Location}: which words matched which gazetteer name, how
 * the surrounding words were read, which other mentions supported the choice and which
 * lost, and why. With no other findings it explains the one mention alone.
 */
final class Explanations {

	private static final int MAX_OTHERS = 4;

	private Explanations() {
	}

	static String explain(Finding chosen, List<Finding> all, String qualifier) {
		Place place = chosen.place();
		String key = PlaceNames.key(chosen.matched());
		boolean byName = key.equals(PlaceNames.key(place.name()));
		boolean byAlias = place.aliases().stream().anyMatch((alias) -> key.equals(PlaceNames.key(alias)));
		boolean byTown = !byName && !byAlias && chosen.isFacility() && chosen.reading().facilityNoun() != null;
		StringBuilder text = new StringBuilder("'").append(chosen.matched())
			.append((byName || byAlias || !chosen.generic()) && !byTown ? "' matched " : "' ")
			.append(byName ? "the name of "
					: byAlias ? "an alias of "
							: byTown ? "with the word '" + chosen.reading().facilityNoun() + "' names "
									: chosen.generic() ? contextualWording(place) : "a way of writing ")
			.append(chosen.describe());
		switch (chosen.reading().relation()) {
			case NEAR -> text.append("; '").append(chosen.mention()).append("' puts it near, not at, the place");
			case ORIGIN -> text.append("; '").append(chosen.mention()).append("' is where something came from");
			case DESTINATION -> text.append("; '").append(chosen.mention()).append("' is where something went");
			case OBJECTIVE -> text.append("; '")
				.append(chosen.mention())
				.append("' is defended, advanced on or led to; taken as no nearer place is named, near, not at, the place");
			case ACTOR -> text.append("; used to name an actor, not a place");
			case DATELINE -> text.append("; the dateline says where the story was filed, not where it happened");
			case SPEAKER -> text.append("; '")
				.append(chosen.mention())
				.append("' is where someone spoke, taken only because no place of the event is named");
			case AT -> {
				if (chosen.unnamedFacility()) {
					text.append("; the ")
						.append(chosen.reading().facilityNoun())
						.append(" is not named, so the ")
						.append(Finding.kindName(place.kind()))
						.append(" stands in for it");
				}
			}
		}
		if (qualifier != null) {
			text.append("; qualified '").append(qualifier).append('\'');
		}
		if (chosen.contextNote() != null) {
			text.append("; ").append(chosen.contextNote());
		}
		List<String> others = new ArrayList<>();
		for (Finding other : all) {
			if (other == chosen || other.place().id().equals(place.id()) || others.size() >= MAX_OTHERS) {
				continue;
			}
			others.add(other.describe() + ": " + whyNot(chosen, other));
		}
		if (!others.isEmpty()) {
			text.append("; preferred over ").append(String.join("; ", others));
		}
		return text.toString();
	}

	private static String contextualWording(Place place) {
		return (place.kind() == PlaceKind.COUNTRY) ? "is the adjective of "
				: "is a generic name, supported nearby, for ";
	}

	private static String whyNot(Finding chosen, Finding other) {
		if (other.isWeak()) {
			return "'" + other.mention() + "' is " + switch (other.reading().relation()) {
				case ORIGIN -> "an origin";
				case DESTINATION -> "a destination";
				case DATELINE -> "the dateline";
				case OBJECTIVE -> "the aim of a defence or an advance";
				default -> "an actor";
			};
		}
		if (other.reading().relation() == Relation.SPEAKER) {
			return "'" + other.mention() + "' is where someone spoke, not where it happened";
		}
		if (chosen.isFacility() && !other.isFacility()) {
			return "facility named";
		}
		if (other.reading().direction() != null && other.start() >= chosen.end() && other.score() >= chosen.score()) {
			return "'" + other.mention() + "' says where the place named before it lies";
		}
		if (other.place().contains(chosen.place())) {
			return "contains the chosen place";
		}
		if (other.place().kind().isArea() && !chosen.place().kind().isArea()) {
			return "less specific";
		}
		if (other.score() < chosen.score()) {
			return (chosen.reading().locative() && !other.reading().locative())
					? "only mentioned, not where it happened" : "less specific";
		}
		return "named later";
	}

}
