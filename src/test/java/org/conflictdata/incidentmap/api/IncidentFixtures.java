package org.conflictdata.incidentmap.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.ActorRole;
import org.conflictdata.incidentmap.extraction.Attribution;
import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentStore;
import org.conflictdata.incidentmap.incident.Source;
import org.conflictdata.incidentmap.incident.StoredDocument;

/**
 * Incidents of the 2018–2020 US–Iran escalation in Iraq and Syria, stored through the
 * store as ingest would store them, for the API tests. Coordinates are approximate public
 * ones (Wikipedia/GeoNames): K-1 Air Base 44.28 E 35.52 N, the Green Zone and the US
 * Embassy 44.396 E 33.298 N, Baghdad International Airport 44.235 E 33.262 N, Camp Taji
 * 44.25 E 33.53 N, Amerli 44.59 E 34.73 N, Albukamal 40.92 E 34.45 N, Tehran 51.42 E
 * 35.70 N. Figures are as widely reported; these are test data, not a source.
 */
public final class IncidentFixtures {

	public static final String SHELLING = "Shelling/artillery/missile attack";

	public static final String AIR_STRIKE = "Air/drone strike";

	public static final String REMOTE = "Explosions/Remote violence";

	private IncidentFixtures() {
	}

	/**
	 * Stores one article and nine incidents citing it (one of them historical).
	 * @return the stored incidents by a short name: k1, embassy, airport, taji1, taji2,
	 * greenZone, albukamal, amerli, hostages
	 */
	public static Map<String, Incident> insert(IncidentStore store) {
		long doc = store
			.insertDocument(new StoredDocument(null, "f".repeat(64), "fixture.txt", "Rockets, drones and a mob",
					"https://example.org/escalation", LocalDate.of(2020, 3, 27), "metadata", "The article text."))
			.id();
		Map<String, Incident> stored = new LinkedHashMap<>();
		stored.put("k1",
				store.insert(incident(doc, LocalDate.of(2019, 12, 27), SHELLING, "K-1 Air Base", "iq-k1-air-base",
						"Kirkuk", 44.28, 35.52, List.of(suspected("Kataib Hezbollah"), target("United States")),
						Count.exactly(1), new Count(4, 4, 6), "30 rockets",
						"Rocket attack on K-1 Air Base kills a contractor")));
		stored.put("embassy",
				store.insert(incident(doc, LocalDate.of(2019, 12, 31), "Mob violence", "US Embassy, Baghdad",
						"iq-us-embassy-baghdad", "Baghdad", 44.396, 33.298,
						List.of(stated("Kataib Hezbollah supporters"), target("United States")), null, null, null,
						"Mob storms the US Embassy compound in the Green Zone")));
		stored.put("airport",
				store.insert(incident(doc, LocalDate.of(2020, 1, 3), AIR_STRIKE, "Baghdad International Airport",
						"iq-baghdad-airport", "Baghdad", 44.235, 33.262,
						List.of(claimed("United States"), target("Quds Force"), target("Kataib Hezbollah")),
						new Count(10, 7, 10), null, "drone",
						"US drone strike at Baghdad airport kills Soleimani and al-Muhandis")));
		stored.put("taji1",
				store.insert(incident(doc, LocalDate.of(2020, 3, 11), SHELLING, "Camp Taji", "iq-camp-taji", "Baghdad",
						44.25, 33.53, List.of(target("United States"), target("United Kingdom")), Count.exactly(3),
						new Count(14, 12, 14), "107 mm rockets", "Rockets hit Camp Taji, killing three")));
		stored.put("taji2",
				store.insert(incident(doc, LocalDate.of(2020, 3, 14), SHELLING, "Camp Taji", "iq-camp-taji", "Baghdad",
						44.25, 33.53, List.of(target("United States")), null, new Count(5, 3, 5), "rockets",
						"Second rocket attack on Camp Taji wounds five")));
		stored.put("greenZone",
				store.insert(incident(doc, LocalDate.of(2020, 3, 26), SHELLING, "Green Zone", "iq-green-zone",
						"Baghdad", 44.396, 33.298, List.of(), null, null, "Katyusha rockets",
						"Rockets land in the Green Zone near the US Embassy")));
		stored.put("albukamal",
				store.insert(month(incident(doc, LocalDate.of(2018, 6, 1), AIR_STRIKE, "Albukamal", "sy-albukamal",
						"Deir ez-Zor", 40.92, 34.45, List.of(suspected("Israel"), target("Kataib Hezbollah")),
						new Count(22, 22, 55), null, null,
						"Air strike near Albukamal on the Iraq-Syria border kills PMF fighters"))));
		stored.put("amerli",
				store.insert(incident(doc, LocalDate.of(2019, 7, 19), AIR_STRIKE, "Amerli", "iq-amerli", "Saladin",
						44.59, 34.73, List.of(suspected("Israel"), target("Badr Organization")), null, null, "drone",
						"Drone strike on a PMF base near Amerli")));
		stored
			.put("hostages",
					store.insert(historical(incident(doc, LocalDate.of(1979, 11, 4), "Abduction/forced disappearance",
							"US Embassy, Tehran", "ir-us-embassy-tehran", "Tehran", 51.42, 35.70,
							List.of(target("United States")), null, null, null,
							"The 1979 hostage crisis at the US Embassy in Tehran"))));
		return stored;
	}

	/** An incident like one ingest stores: day-precise, exact place, one source. */
	public static Incident incident(long documentId, LocalDate date, String subEventType, String place, String placeId,
			String admin1, double lon, double lat, List<Actor> actors, Count killed, Count wounded, String weapon,
			String summary) {
		String eventType = switch (subEventType) {
			case "Mob violence" -> "Riots";
			case "Abduction/forced disappearance" -> "Violence against civilians";
			default -> REMOTE;
		};
		String country = placeId.startsWith("sy-") ? "Syria" : placeId.startsWith("ir-") ? "Iran" : "Iraq";
		List<Source> sources = new ArrayList<>();
		sources.add(new Source(documentId, "fixture.txt", "Rockets, drones and a mob", "https://example.org/escalation",
				LocalDate.of(2020, 3, 27), summary + ".", 0, summary.length() + 1));
		return new Incident(null, date, date, "day", 1, eventType, subEventType, place, placeId, 1, "exact place",
				country, admin1, lon, lat, actors, killed, wounded, weapon, summary, "single source", false,
				Map.of("trigger", "fixture"), sources);
	}

	private static Incident month(Incident i) {
		return new Incident(null, i.date(), i.date().withDayOfMonth(i.date().lengthOfMonth()), "month", 3,
				i.eventType(), i.subEventType(), i.place(), i.placeId(), 2, "near Albukamal", i.country(), i.admin1(),
				i.longitude(), i.latitude(), i.actors(), i.killed(), i.wounded(), i.weapon(), i.summary(), i.grade(),
				false, i.explanation(), i.sources());
	}

	private static Incident historical(Incident i) {
		return new Incident(null, i.date(), i.dateEnd(), i.datePrecision(), i.timePrecision(), i.eventType(),
				i.subEventType(), i.place(), i.placeId(), i.geoPrecision(), i.locationPrecision(), i.country(),
				i.admin1(), i.longitude(), i.latitude(), i.actors(), i.killed(), i.wounded(), i.weapon(), i.summary(),
				i.grade(), true, i.explanation(), i.sources());
	}

	private static Actor suspected(String name) {
		return new Actor(name, ActorRole.PERPETRATOR, Attribution.SUSPECTED);
	}

	private static Actor stated(String name) {
		return new Actor(name, ActorRole.PERPETRATOR, Attribution.STATED);
	}

	private static Actor claimed(String name) {
		return new Actor(name, ActorRole.PERPETRATOR, Attribution.CLAIMED);
	}

	private static Actor target(String name) {
		return new Actor(name, ActorRole.TARGET, Attribution.STATED);
	}

}
