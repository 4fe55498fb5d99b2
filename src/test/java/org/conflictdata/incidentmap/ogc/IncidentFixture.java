package org.conflictdata.incidentmap.ogc;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Seven incidents of the 2018–2020 US–Iran-aligned-militia escalation in Iraq and Syria,
 * stored through the real store. Coordinates are approximate public locations (K-1 Air
 * Base, the Green Zone / US embassy, Baghdad International Airport, Camp Taji, Albukamal)
 * from OpenStreetMap; figures are those widely reported at the time. The Albukamal strike
 * is dated to the month only.
 */
final class IncidentFixture {

	static final String SHELLING = "Shelling/artillery/missile attack";

	static final String AIR_STRIKE = "Air/drone strike";

	static final String REMOTE = "Explosions/Remote violence";

	private IncidentFixture() {
	}

	/** Stores the incidents, oldest first, and returns them with their ids. */
	static List<Incident> store(IncidentStore store) {
		long document = store
			.insertDocument(new StoredDocument(null, "0".repeat(64), "fixture.txt", "Escalation in Iraq", null,
					LocalDate.of(2020, 3, 27), "stated", "Fixture text."))
			.id();
		List<Incident> stored = new ArrayList<>();
		stored.add(store.insert(incident(document, LocalDate.of(2018, 6, 1), LocalDate.of(2018, 6, 30), "month", 3,
				REMOTE, AIR_STRIKE, "Albukamal", "sy-albukamal", "Syria", "Deir ez-Zor", 40.9187, 34.4517,
				Count.exactly(22), null, "Air strike on militia positions near Albukamal")));
		stored.add(store.insert(incident(document, day(2019, 12, 27), day(2019, 12, 27), "day", 1, REMOTE, SHELLING,
				"K-1 Air Base", "iq-k1-air-base", "Iraq", "Kirkuk", 44.28, 35.52, Count.exactly(1), new Count(4, 4, 6),
				"Rocket attack on K-1 Air Base")));
		stored.add(store.insert(incident(document, day(2019, 12, 31), day(2019, 12, 31), "day", 1, "Riots",
				"Mob violence", "Green Zone", "iq-green-zone", "Iraq", "Baghdad", 44.396, 33.298, null, null,
				"Crowd storms the US embassy compound in the Green Zone")));
		stored.add(store.insert(incident(document, day(2020, 1, 3), day(2020, 1, 3), "day", 1, REMOTE, AIR_STRIKE,
				"Baghdad International Airport", "iq-baghdad-airport", "Iraq", "Baghdad", 44.235, 33.262,
				Count.exactly(10), null, "Drone strike on a convoy at Baghdad airport")));
		stored.add(store.insert(incident(document, day(2020, 3, 11), day(2020, 3, 11), "day", 1, REMOTE, SHELLING,
				"Camp Taji", "iq-camp-taji", "Iraq", "Baghdad", 44.25, 33.53, Count.exactly(3), Count.exactly(14),
				"Rockets hit Camp Taji")));
		stored.add(store.insert(incident(document, day(2020, 3, 14), day(2020, 3, 14), "day", 1, REMOTE, SHELLING,
				"Camp Taji", "iq-camp-taji", "Iraq", "Baghdad", 44.25, 33.53, null, Count.exactly(5),
				"Second rocket attack on Camp Taji")));
		stored.add(store
			.insert(incident(document, day(2020, 3, 26), day(2020, 3, 26), "day", 1, REMOTE, SHELLING, "Green Zone",
					"iq-green-zone", "Iraq", "Baghdad", 44.396, 33.298, null, null, "Rockets land in the Green Zone")));
		return stored;
	}

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	private static Incident incident(long document, LocalDate date, LocalDate end, String precision, int time,
			String eventType, String subEventType, String place, String placeId, String country, String admin1,
			double lon, double lat, Count killed, Count wounded, String summary) {
		return new Incident(null, date, end, precision, time, eventType, subEventType, place, placeId, 1, "exact place",
				country, admin1, lon, lat,
				List.of(new Actor("Kataib Hezbollah", ActorRole.PERPETRATOR, Attribution.SUSPECTED)), killed, wounded,
				null, summary, "single source", false, Map.of("trigger", "fixture"), List.of(new Source(document,
						"fixture.txt", "Escalation in Iraq", null, LocalDate.of(2020, 3, 27), summary + ".", 0, 13)));
	}

}
