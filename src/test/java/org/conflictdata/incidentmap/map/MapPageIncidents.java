package org.conflictdata.incidentmap.map;

import java.time.LocalDate;
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
 * The incidents the map tests look at, written for them: an exact day with an unsafe
 * source link and markup in its quote (K-1), two strikes on the border, two incidents at
 * one place (Ain al-Asad), a month-precise one (Amerli, June 2018) and a historical one
 * (Mosul 2014).
 *
 * @param k1 the K-1 rocket attack
 * @param amerli the month-precise Amerli attack
 * @param current how many are not historical
 * @param all how many were stored
 */
record MapPageIncidents(Incident k1, Incident amerli, int current, int all) {

	private static final String EXPLOSIONS = "Explosions/Remote violence";

	static MapPageIncidents store(IncidentStore store) {
		long documentId = store
			.insertDocument(new StoredDocument(null, "0".repeat(63) + "1", "map-test.txt", "Map test report",
					"https://example.org/k1", LocalDate.of(2020, 1, 9), "metadata", "Map test body."))
			.id();
		Source plain = new Source(documentId, "map-test.txt", "Map test report", "https://example.org/report",
				LocalDate.of(2020, 1, 9), "The report says so.", 0, 20);
		Incident k1 = store.insert(incident(LocalDate.of(2019, 12, 27), "day", EXPLOSIONS,
				"Shelling/artillery/missile attack", "K-1 Air Base", "Iraq", "Kirkuk", 44.2813, 35.5142, 1,
				List.of(new Actor("Kataib Hezbollah", ActorRole.PERPETRATOR, Attribution.SUSPECTED),
						new Actor("United States", ActorRole.TARGET, Attribution.STATED)),
				Count.exactly(1), new Count(4, 2, 6), false,
				List.of(new Source(documentId, "map-test.txt", "Unsafe link", "javascript:alert(1)",
						LocalDate.of(2019, 12, 28), "<img src=x onerror=alert(1)> Rockets hit the K-1 base.", 0, 50),
						new Source(documentId, "map-test.txt", "K-1 report", "https://example.org/k1",
								LocalDate.of(2019, 12, 28), "Thirty rockets were fired at the base.", 51, 90))));
		store.insert(incident(LocalDate.of(2019, 12, 29), "day", EXPLOSIONS, "Air/drone strike", "Al-Qa'im", "Iraq",
				"Al-Anbar", 41.03, 34.38, 1, List.of(), new Count(25, 25, null), null, false, List.of(plain)));
		store.insert(incident(LocalDate.of(2019, 12, 29), "day", EXPLOSIONS, "Air/drone strike", "Albukamal", "Syria",
				"Deir ez-Zor", 40.92, 34.45, 2, List.of(), null, null, false, List.of(plain)));
		for (int i = 0; i < 2; i++) {
			store.insert(incident(LocalDate.of(2020, 1, 8), "day", EXPLOSIONS, "Shelling/artillery/missile attack",
					"Ain al-Asad", "Iraq", "Al-Anbar", 42.44, 33.80, 1, List.of(), null, Count.exactly(i), false,
					List.of(plain)));
		}
		Incident amerli = store
			.insert(incident(LocalDate.of(2018, 6, 1), "month", "Violence against civilians", "Attack", "Amerli",
					"Iraq", "Salah ad-Din", 44.59, 34.72, 2, List.of(), Count.exactly(3), null, false, List.of(plain)));
		store.insert(incident(LocalDate.of(2014, 6, 10), "day", "Battles", "Armed clash", "Mosul", "Iraq", "Ninawa",
				43.13, 36.34, 1, List.of(), null, null, true, List.of(plain)));
		return new MapPageIncidents(k1, amerli, 6, 7);
	}

	private static Incident incident(LocalDate date, String precision, String eventType, String subEventType,
			String place, String country, String admin1, double lon, double lat, int geoPrecision, List<Actor> actors,
			Count killed, Count wounded, boolean historical, List<Source> sources) {
		LocalDate end = "month".equals(precision) ? date.withDayOfMonth(date.lengthOfMonth()) : date;
		return new Incident(null, date, end, precision, "month".equals(precision) ? 3 : 1, eventType, subEventType,
				place, place.toLowerCase().replace(' ', '-'), geoPrecision,
				(geoPrecision == 1) ? "exact place" : "near", country, admin1, lon, lat, actors, killed, wounded, null,
				subEventType + " at " + place, "single source", historical, Map.of("trigger", "test"), sources);
	}

}
