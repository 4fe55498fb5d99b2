package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.ActorRole;
import org.conflictdata.incidentmap.extraction.Attribution;
import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.extraction.EventDate;
import org.conflictdata.incidentmap.extraction.EventType;
import org.conflictdata.incidentmap.extraction.IncidentMention;
import org.conflictdata.incidentmap.geocoding.Location;
import org.conflictdata.incidentmap.geocoding.Place;
import org.conflictdata.incidentmap.geocoding.PlaceKind;

/**
 * A small hand-made gazetteer and builders for mentions, so that clustering tests read as
 * the reports they stand for. Coordinates are approximate (Wikipedia infoboxes), which is
 * all the 25 km clustering radius needs.
 */
final class ClusterFixtures {

	static final Place IRAQ = place("iq", "Iraq", PlaceKind.COUNTRY, null, 43.68, 33.22);

	static final Place KIRKUK_PROVINCE = place("iq-kirkuk-province", "Kirkuk", PlaceKind.PROVINCE, "Kirkuk", 44.35,
			35.40);

	static final Place KIRKUK = place("iq-kirkuk", "Kirkuk", PlaceKind.CITY, "Kirkuk", 44.392, 35.468);

	static final Place K1 = place("iq-k1-air-base", "K-1 Air Base", PlaceKind.AIR_BASE, "Kirkuk", 44.28, 35.51);

	static final Place AL_QAIM = place("iq-al-qaim", "Al-Qa'im", PlaceKind.TOWN, "Anbar", 41.09, 34.37);

	static final Place CAMP_TAJI = place("iq-camp-taji", "Camp Taji", PlaceKind.MILITARY_BASE, "Baghdad", 44.26, 33.52);

	static final Place GREEN_ZONE = place("iq-green-zone", "Green Zone", PlaceKind.ZONE, "Baghdad", 44.39, 33.30);

	static final Map<String, Place> GAZETTEER = Map.of(IRAQ.id(), IRAQ, KIRKUK_PROVINCE.id(), KIRKUK_PROVINCE,
			KIRKUK.id(), KIRKUK, K1.id(), K1, AL_QAIM.id(), AL_QAIM, CAMP_TAJI.id(), CAMP_TAJI, GREEN_ZONE.id(),
			GREEN_ZONE);

	static final Actor KH = new Actor("Kataib Hezbollah", ActorRole.PERPETRATOR, Attribution.STATED);

	static final Actor US = new Actor("United States", ActorRole.PERPETRATOR, Attribution.STATED);

	private ClusterFixtures() {
	}

	static IncidentClusterer clusterer() {
		return new IncidentClusterer((id) -> Optional.ofNullable(GAZETTEER.get(id)));
	}

	static Place place(String id, String name, PlaceKind kind, String admin1, double lon, double lat) {
		return new Place(id, name, List.of(), kind, "Iraq", admin1, lon, lat, "test fixture");
	}

	static Location at(Place place) {
		int precision = place.kind().isArea() ? 3 : 1;
		return new Location(place, precision, place.kind().isArea() ? "country" : "exact place", place.name(),
				"matched " + place.name(), null);
	}

	static Article article(String name, String published) {
		return new Article(name, "", "Title of " + name, "https://example.org/" + name,
				(published != null) ? LocalDate.parse(published) : null, (published != null) ? "metadata" : null);
	}

	/** A mention builder with sensible defaults: a day-precise shelling at offset 0. */
	static Mention mention(EventType type, String day) {
		return new Mention(type, day);
	}

	static final class Mention {

		private final EventType type;

		private EventDate date;

		private final List<Actor> actors = new ArrayList<>();

		private Count killed;

		private Count wounded;

		private String weapon;

		private int start;

		private boolean historical;

		private String sentence;

		Mention(EventType type, String day) {
			this.type = type;
			this.date = (day != null) ? EventDate.day(LocalDate.parse(day), day, "given as " + day) : null;
		}

		Mention date(EventDate date) {
			this.date = date;
			return this;
		}

		Mention by(Actor actor) {
			this.actors.add(actor);
			return this;
		}

		Mention killed(Count count) {
			this.killed = count;
			return this;
		}

		Mention wounded(Count count) {
			this.wounded = count;
			return this;
		}

		Mention weapon(String weapon) {
			this.weapon = weapon;
			return this;
		}

		Mention at(int start) {
			this.start = start;
			return this;
		}

		Mention sentence(String sentence) {
			this.sentence = sentence;
			return this;
		}

		Mention historical() {
			this.historical = true;
			return this;
		}

		IncidentMention build() {
			String sentence = (this.sentence != null) ? this.sentence : "Sentence at " + this.start + ".";
			return new IncidentMention(sentence, this.start, this.start + sentence.length(), this.type, "trigger",
					this.date, this.actors, this.killed, this.wounded, this.weapon, sentence, this.historical);
		}

	}

}
