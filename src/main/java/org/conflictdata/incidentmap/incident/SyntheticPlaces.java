package org.conflictdata.incidentmap.incident;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conflictdata.incidentmap.geocoding.Place;
import org.conflictdata.incidentmap.geocoding.PlaceKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The places synthetic incidents are clustered around: the gazetteer's places inside the
 * Iraq–Syria region when {@code geo/gazetteer.json} is on the classpath, otherwise a
 * built-in list of about 75 real towns, bases and provinces. Gazetteer entries without a
 * name, a known kind or finite coordinates, and entries outside {@link #REGION}, are left
 * out; a gazetteer that cannot be read, or that leaves fewer than ten places, gives the
 * built-in list.
 */
public final class SyntheticPlaces {

	/** Iraq and Syria with a margin: every synthetic point lies inside it. */
	public static final BoundingBox REGION = new BoundingBox(35.5, 29.0, 48.8, 37.5);

	static final String GAZETTEER = "geo/gazetteer.json";

	private SyntheticPlaces() {
	}

	/** The gazetteer's places in the region, or the built-in list. */
	public static List<Place> load() {
		try (InputStream in = SyntheticPlaces.class.getClassLoader().getResourceAsStream(GAZETTEER)) {
			if (in != null) {
				List<Place> places = fromGazetteer(JsonMapper.builder().build().readTree(in));
				if (places.size() >= 10) {
					return places;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// A gazetteer we cannot read should not stop a benchmark load: the built-in
			// list
			// has the same shape.
		}
		return builtIn();
	}

	static List<Place> fromGazetteer(JsonNode root) {
		List<Place> places = new ArrayList<>();
		for (JsonNode node : root.path("places")) {
			String id = node.path("id").asString("");
			String name = node.path("name").asString("");
			PlaceKind kind = kind(node.path("kind").asString(""));
			double lon = node.path("longitude").asDouble(Double.NaN);
			double lat = node.path("latitude").asDouble(Double.NaN);
			if (id.isEmpty() || name.isEmpty() || kind == null || !Double.isFinite(lon) || !Double.isFinite(lat)
					|| !REGION.contains(lon, lat)) {
				continue;
			}
			String admin1 = node.path("admin1").isString() ? node.path("admin1").asString() : null;
			places.add(new Place(id, name, List.of(), kind, node.path("country").asString("Iraq"), admin1, lon, lat,
					node.path("source").asString("gazetteer")));
		}
		return places;
	}

	private static PlaceKind kind(String text) {
		try {
			return PlaceKind.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Coordinates from GeoNames (rounded to about 100 m), facilities from their Wikipedia
	 * infoboxes; provinces and countries at a representative interior point.
	 */
	static List<Place> builtIn() {
		List<Place> places = new ArrayList<>();
		// Iraq
		add(places, "Baghdad", PlaceKind.CITY, "Iraq", "Baghdad", 44.3661, 33.3152);
		add(places, "Baghdad International Airport", PlaceKind.AIRPORT, "Iraq", "Baghdad", 44.2346, 33.2625);
		add(places, "Green Zone", PlaceKind.ZONE, "Iraq", "Baghdad", 44.3900, 33.3030);
		add(places, "Camp Taji", PlaceKind.MILITARY_BASE, "Iraq", "Baghdad", 44.2560, 33.5260);
		add(places, "Abu Ghraib", PlaceKind.TOWN, "Iraq", "Baghdad", 44.0600, 33.2900);
		add(places, "Mosul", PlaceKind.CITY, "Iraq", "Nineveh", 43.1189, 36.3350);
		add(places, "Tal Afar", PlaceKind.TOWN, "Iraq", "Nineveh", 42.4500, 36.3750);
		add(places, "Sinjar", PlaceKind.TOWN, "Iraq", "Nineveh", 41.8686, 36.3209);
		add(places, "Qayyarah Airfield West", PlaceKind.AIR_BASE, "Iraq", "Nineveh", 43.1250, 35.7670);
		add(places, "Erbil", PlaceKind.CITY, "Iraq", "Erbil", 44.0092, 36.1911);
		add(places, "Erbil International Airport", PlaceKind.AIRPORT, "Iraq", "Erbil", 43.9632, 36.2376);
		add(places, "Harir Air Base", PlaceKind.AIR_BASE, "Iraq", "Erbil", 44.3530, 36.5370);
		add(places, "Kirkuk", PlaceKind.CITY, "Iraq", "Kirkuk", 44.3922, 35.4681);
		add(places, "K-1 Air Base", PlaceKind.AIR_BASE, "Iraq", "Kirkuk", 44.2806, 35.5186);
		add(places, "Hawija", PlaceKind.TOWN, "Iraq", "Kirkuk", 43.7800, 35.3200);
		add(places, "Tikrit", PlaceKind.CITY, "Iraq", "Saladin", 43.6863, 34.6071);
		add(places, "Samarra", PlaceKind.CITY, "Iraq", "Saladin", 43.8741, 34.1959);
		add(places, "Baiji", PlaceKind.TOWN, "Iraq", "Saladin", 43.4930, 34.9290);
		add(places, "Balad Air Base", PlaceKind.AIR_BASE, "Iraq", "Saladin", 44.3615, 33.9402);
		add(places, "Tuz Khurmatu", PlaceKind.TOWN, "Iraq", "Saladin", 44.6296, 34.8864);
		add(places, "Amerli", PlaceKind.TOWN, "Iraq", "Saladin", 44.5880, 34.7190);
		add(places, "Ramadi", PlaceKind.CITY, "Iraq", "Anbar", 43.3058, 33.4206);
		add(places, "Fallujah", PlaceKind.CITY, "Iraq", "Anbar", 43.7793, 33.3494);
		add(places, "Al Asad Air Base", PlaceKind.AIR_BASE, "Iraq", "Anbar", 42.4412, 33.7856);
		add(places, "Hit", PlaceKind.TOWN, "Iraq", "Anbar", 42.8251, 33.6416);
		add(places, "Haditha", PlaceKind.TOWN, "Iraq", "Anbar", 42.3750, 34.1390);
		add(places, "Al-Qa'im", PlaceKind.TOWN, "Iraq", "Anbar", 41.0300, 34.3690);
		add(places, "Rutba", PlaceKind.TOWN, "Iraq", "Anbar", 40.2840, 33.0380);
		add(places, "Habbaniyah", PlaceKind.TOWN, "Iraq", "Anbar", 43.5700, 33.3700);
		add(places, "Baqubah", PlaceKind.CITY, "Iraq", "Diyala", 44.6553, 33.7466);
		add(places, "Muqdadiyah", PlaceKind.TOWN, "Iraq", "Diyala", 44.9369, 33.9783);
		add(places, "Khanaqin", PlaceKind.TOWN, "Iraq", "Diyala", 45.3826, 34.3482);
		add(places, "Karbala", PlaceKind.CITY, "Iraq", "Karbala", 44.0249, 32.6160);
		add(places, "Najaf", PlaceKind.CITY, "Iraq", "Najaf", 44.3160, 32.0259);
		add(places, "Hillah", PlaceKind.CITY, "Iraq", "Babil", 44.4217, 32.4637);
		add(places, "Jurf al-Sakhar", PlaceKind.TOWN, "Iraq", "Babil", 44.1700, 32.8800);
		add(places, "Basra", PlaceKind.CITY, "Iraq", "Basra", 47.7833, 30.5085);
		add(places, "Umm Qasr", PlaceKind.TOWN, "Iraq", "Basra", 47.9500, 30.0360);
		add(places, "Nasiriyah", PlaceKind.CITY, "Iraq", "Dhi Qar", 46.2575, 31.0439);
		add(places, "Amarah", PlaceKind.CITY, "Iraq", "Maysan", 47.1397, 31.8356);
		add(places, "Kut", PlaceKind.CITY, "Iraq", "Wasit", 45.8254, 32.5128);
		add(places, "Diwaniyah", PlaceKind.CITY, "Iraq", "Al-Qadisiyyah", 44.9300, 31.9892);
		add(places, "Samawah", PlaceKind.CITY, "Iraq", "Muthanna", 45.2800, 31.3099);
		add(places, "Sulaymaniyah", PlaceKind.CITY, "Iraq", "Sulaymaniyah", 45.4375, 35.5613);
		add(places, "Duhok", PlaceKind.CITY, "Iraq", "Duhok", 42.9920, 36.8670);
		add(places, "Zakho", PlaceKind.TOWN, "Iraq", "Duhok", 42.6820, 37.1440);
		// Syria
		add(places, "Damascus", PlaceKind.CITY, "Syria", "Damascus", 36.2913, 33.5102);
		add(places, "Aleppo", PlaceKind.CITY, "Syria", "Aleppo", 37.1613, 36.2021);
		add(places, "Homs", PlaceKind.CITY, "Syria", "Homs", 36.7237, 34.7268);
		add(places, "Hama", PlaceKind.CITY, "Syria", "Hama", 36.7578, 35.1318);
		add(places, "Idlib", PlaceKind.CITY, "Syria", "Idlib", 36.6339, 35.9306);
		add(places, "Raqqa", PlaceKind.CITY, "Syria", "Raqqa", 39.0167, 35.9528);
		add(places, "Deir ez-Zor", PlaceKind.CITY, "Syria", "Deir ez-Zor", 40.1410, 35.3359);
		add(places, "Albukamal", PlaceKind.TOWN, "Syria", "Deir ez-Zor", 40.9177, 34.4526);
		add(places, "Mayadin", PlaceKind.TOWN, "Syria", "Deir ez-Zor", 40.4510, 35.0190);
		add(places, "Conoco gas field", PlaceKind.FACILITY, "Syria", "Deir ez-Zor", 40.2900, 35.3200);
		add(places, "Al-Tanf", PlaceKind.MILITARY_BASE, "Syria", "Homs", 38.6360, 33.4900);
		add(places, "Palmyra", PlaceKind.TOWN, "Syria", "Homs", 38.2684, 34.5560);
		add(places, "Shayrat Air Base", PlaceKind.AIR_BASE, "Syria", "Homs", 36.9080, 34.4900);
		add(places, "Tiyas Air Base", PlaceKind.AIR_BASE, "Syria", "Homs", 37.6290, 34.5220);
		add(places, "Hasakah", PlaceKind.CITY, "Syria", "Al-Hasakah", 40.7478, 36.5024);
		add(places, "Qamishli", PlaceKind.CITY, "Syria", "Al-Hasakah", 41.2260, 37.0520);
		add(places, "Kobani", PlaceKind.TOWN, "Syria", "Aleppo", 38.3546, 36.8910);
		add(places, "Manbij", PlaceKind.TOWN, "Syria", "Aleppo", 37.9536, 36.5281);
		add(places, "Al-Bab", PlaceKind.TOWN, "Syria", "Aleppo", 37.5170, 36.3700);
		add(places, "Afrin", PlaceKind.TOWN, "Syria", "Aleppo", 36.8690, 36.5110);
		add(places, "Latakia", PlaceKind.CITY, "Syria", "Latakia", 35.7836, 35.5317);
		add(places, "Hmeimim Air Base", PlaceKind.AIR_BASE, "Syria", "Latakia", 35.9490, 35.4010);
		add(places, "Tartus", PlaceKind.CITY, "Syria", "Tartus", 35.8867, 34.8890);
		add(places, "Daraa", PlaceKind.CITY, "Syria", "Daraa", 36.1010, 32.6180);
		add(places, "As-Suwayda", PlaceKind.CITY, "Syria", "As-Suwayda", 36.5660, 32.7090);
		// Areas, for incidents the sources place only in a province or a country
		add(places, "Anbar Governorate", PlaceKind.PROVINCE, "Iraq", "Anbar", 42.5, 33.4);
		add(places, "Nineveh Governorate", PlaceKind.PROVINCE, "Iraq", "Nineveh", 42.5, 36.2);
		add(places, "Saladin Governorate", PlaceKind.PROVINCE, "Iraq", "Saladin", 43.7, 34.5);
		add(places, "Diyala Governorate", PlaceKind.PROVINCE, "Iraq", "Diyala", 45.0, 34.0);
		add(places, "Kirkuk Governorate", PlaceKind.PROVINCE, "Iraq", "Kirkuk", 44.2, 35.4);
		add(places, "Deir ez-Zor Governorate", PlaceKind.PROVINCE, "Syria", "Deir ez-Zor", 40.4, 35.0);
		add(places, "Raqqa Governorate", PlaceKind.PROVINCE, "Syria", "Raqqa", 38.9, 35.9);
		add(places, "Idlib Governorate", PlaceKind.PROVINCE, "Syria", "Idlib", 36.6, 35.8);
		add(places, "Homs Governorate", PlaceKind.PROVINCE, "Syria", "Homs", 37.8, 34.5);
		add(places, "Iraq", PlaceKind.COUNTRY, "Iraq", null, 43.7, 33.0);
		add(places, "Syria", PlaceKind.COUNTRY, "Syria", null, 38.5, 35.0);
		return List.copyOf(places);
	}

	private static void add(List<Place> places, String name, PlaceKind kind, String country, String admin1, double lon,
			double lat) {
		String id = country.substring(0, 2).toLowerCase(Locale.ROOT) + "-"
				+ name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		places.add(new Place(id, name, List.of(), kind, country, admin1, lon, lat, "GeoNames (built-in list)"));
	}

}
