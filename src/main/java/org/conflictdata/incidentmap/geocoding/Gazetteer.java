package org.conflictdata.incidentmap.geocoding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The places the geocoder can resolve to: the curated entries of
 * {@code geo/gazetteer.json} (facilities, towns, provinces, regions, countries) and the
 * GeoNames populated places of {@code geo/places-geonames.tsv}, both read from the
 * classpath, indexed by folded name and alias ({@link PlaceNames#key}). A GeoNames town
 * whose folded name is already a curated name in the same country is dropped, so curated
 * coordinates and aliases win. Lookups with null, blank or unknown names return empty
 * results, never null. Instances are immutable and safe to share between threads;
 * {@link #load()} reads the files once per JVM.
 */
public final class Gazetteer {

	private static final Set<PlaceKind> SETTLEMENTS = Set.of(PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE);

	private static final List<String> BASE_WORDS = List.of("military air base", "air base", "airbase", "military base",
			"base", "airfield", "military airport");

	private final List<Place> places;

	private final Map<String, Place> byId;

	private final Map<String, List<Place>> byKey;

	private final Map<String, List<Place>> byContextKey;

	private final Map<String, Place> countries;

	private final Map<String, Place> provinces;

	private final int longestNameWords;

	private Gazetteer(List<GazetteerFiles.CuratedEntry> curated, List<Place> geoNames) {
		List<Place> all = new ArrayList<>();
		Map<String, List<Place>> keys = new HashMap<>();
		Map<String, List<Place>> contextKeys = new HashMap<>();
		int longest = 1;
		for (GazetteerFiles.CuratedEntry entry : curated) {
			Place place = entry.toPlace();
			all.add(place);
			for (String name : withBaseVariants(place)) {
				longest = Math.max(longest, index(keys, name, place));
			}
			for (String name : entry.contextAliases()) {
				longest = Math.max(longest, index(contextKeys, name, place));
			}
		}
		for (Place town : geoNames) {
			String key = PlaceNames.key(town.name());
			boolean curatedTwin = keys.getOrDefault(key, List.of())
				.stream()
				.anyMatch((p) -> p.country().equals(town.country()) && SETTLEMENTS.contains(p.kind()));
			if (!curatedTwin && !key.isEmpty()) {
				all.add(town);
				for (String name : namesOf(town)) {
					longest = Math.max(longest, index(keys, name, town));
				}
			}
		}
		this.places = List.copyOf(all);
		this.byKey = freeze(keys);
		this.byContextKey = freeze(contextKeys);
		this.longestNameWords = longest;
		Map<String, Place> ids = new LinkedHashMap<>();
		Map<String, Place> countryIndex = new HashMap<>();
		Map<String, Place> provinceIndex = new HashMap<>();
		for (Place place : this.places) {
			ids.putIfAbsent(place.id(), place);
			if (place.kind() == PlaceKind.COUNTRY) {
				namesOf(place).forEach((name) -> countryIndex.putIfAbsent(PlaceNames.key(name), place));
			}
			if (place.kind() == PlaceKind.PROVINCE) {
				namesOf(place).forEach((name) -> provinceIndex.putIfAbsent(provinceKey(place.country(), name), place));
			}
		}
		this.byId = Collections.unmodifiableMap(ids);
		this.countries = Collections.unmodifiableMap(countryIndex);
		this.provinces = Collections.unmodifiableMap(provinceIndex);
	}

	/** The gazetteer from the default classpath files, read on first use. */
	public static Gazetteer load() {
		return Holder.DEFAULT;
	}

	/** A gazetteer from other classpath resources (same formats), e.g. for tests. */
	public static Gazetteer load(ClassLoader loader, String curatedResource, String geoNamesResource) {
		return new Gazetteer(GazetteerFiles.readCurated(loader, curatedResource),
				(geoNamesResource != null) ? GazetteerFiles.readGeoNames(loader, geoNamesResource) : List.of());
	}

	public Optional<Place> byId(String id) {
		return Optional.ofNullable((id != null) ? this.byId.get(id) : null);
	}

	/** Every place, curated entries first. */
	public List<Place> places() {
		return this.places;
	}

	/**
	 * Places whose name or alias folds to the same key as {@code name}, curated entries
	 * first, then GeoNames towns by population. Accepts raw or already
	 * {@link PlaceNames#normalise normalised} names.
	 */
	public List<Place> candidates(String name) {
		return this.byKey.getOrDefault(PlaceNames.key(name), List.of());
	}

	/** The country named {@code name} (any alias), e.g. "Irak" → Iraq. */
	public Optional<Place> country(String name) {
		return Optional.ofNullable(this.countries.get(PlaceNames.key(name)));
	}

	/**
	 * The province (governorate) {@code admin1} of {@code country}, e.g. ("Iraq", "Salah
	 * al-Din") → Salahuddin.
	 */
	public Optional<Place> province(String country, String admin1) {
		if (country == null || admin1 == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.provinces.get(provinceKey(country, admin1)));
	}

	/** Places for an already computed {@link PlaceNames#key key}. */
	List<Place> byKey(String key) {
		return this.byKey.getOrDefault(key, List.of());
	}

	/**
	 * Places for a generic name that only counts when the text also names a place around
	 * them ("the US embassy" next to "Baghdad").
	 */
	List<Place> byContextKey(String key) {
		return this.byContextKey.getOrDefault(key, List.of());
	}

	/**
	 * The most words any name or alias has, which bounds the n-grams worth looking up.
	 */
	int longestNameWords() {
		return this.longestNameWords;
	}

	/**
	 * A base's names with each way of writing "base": "Victory Base" is also "Victory
	 * military base", "Victory air base" and "Victory airfield". The bare core
	 * ("Victory") is not added, since it is usually also a town or a word.
	 */
	private static List<String> withBaseVariants(Place place) {
		List<String> names = namesOf(place);
		if (place.kind() != PlaceKind.AIR_BASE && place.kind() != PlaceKind.MILITARY_BASE) {
			return names;
		}
		List<String> all = new ArrayList<>(names);
		for (String name : names) {
			String lower = name.toLowerCase(java.util.Locale.ROOT);
			for (String suffix : BASE_WORDS) {
				if (lower.endsWith(" " + suffix) && lower.length() > suffix.length() + 2) {
					String core = name.substring(0, name.length() - suffix.length()).strip();
					BASE_WORDS.forEach((other) -> all.add(core + " " + other));
					break;
				}
			}
		}
		return all;
	}

	private static List<String> namesOf(Place place) {
		List<String> names = new ArrayList<>(place.aliases().size() + 1);
		names.add(place.name());
		names.addAll(place.aliases());
		return names;
	}

	private static int index(Map<String, List<Place>> index, String name, Place place) {
		// A name written with ş or ç is found both as plain s/c ("Sirnak" for Şırnak) and
		// as text read the Kurdish way (TextTokens reads "Şingal" as Shingal).
		for (String key : List.of(PlaceNames.key(name), PlaceNames.key(PlaceNames.kurdishReading(name)))) {
			if (!key.isEmpty()) {
				List<Place> list = index.computeIfAbsent(key, (k) -> new ArrayList<>(1));
				if (!list.contains(place)) {
					list.add(place);
				}
			}
		}
		// Articles are dropped from the key but still occupy words in running text.
		int count = 1;
		for (int i = 1; i < name.length(); i++) {
			boolean separator = " -/".indexOf(name.charAt(i - 1)) >= 0;
			if (separator && " -/".indexOf(name.charAt(i)) < 0) {
				count++;
			}
		}
		return count;
	}

	private static String provinceKey(String country, String admin1) {
		return PlaceNames.key(country) + "|" + PlaceNames.key(admin1);
	}

	private static Map<String, List<Place>> freeze(Map<String, List<Place>> index) {
		Map<String, List<Place>> frozen = new HashMap<>(index.size() * 2);
		index.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
		return Collections.unmodifiableMap(frozen);
	}

	private static final class Holder {

		static final Gazetteer DEFAULT = load(Gazetteer.class.getClassLoader(), GazetteerFiles.CURATED,
				GazetteerFiles.GEONAMES);

	}

}
