package org.conflictdata.incidentmap.api;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 3166-1 alpha-3 codes for country names, as ACLED's {@code event_id_cnty} prefixes
 * them ("IRQ" for Iraq). Names are matched case-insensitively against the English names
 * the JDK's locale data gives (e.g. "Iraq", "Syria", "United States"); an alpha-2 or
 * alpha-3 code is accepted too. Anything else, null or blank, gives "ZZZ", a code ISO
 * 3166 leaves to users (no country has it).
 */
final class CountryCodes {

	static final String UNKNOWN = "ZZZ";

	private static final Map<String, String> ALPHA3 = build();

	private CountryCodes() {
	}

	static String alpha3(String country) {
		if (country == null || country.isBlank()) {
			return UNKNOWN;
		}
		return ALPHA3.getOrDefault(country.trim().toLowerCase(Locale.ROOT), UNKNOWN);
	}

	private static Map<String, String> build() {
		Map<String, String> codes = new HashMap<>();
		for (String alpha2 : Locale.getISOCountries()) {
			Locale locale = new Locale.Builder().setRegion(alpha2).build();
			String alpha3 = locale.getISO3Country();
			codes.put(locale.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), alpha3);
			codes.put(alpha2.toLowerCase(Locale.ROOT), alpha3);
			codes.put(alpha3.toLowerCase(Locale.ROOT), alpha3);
		}
		return Map.copyOf(codes);
	}

}
