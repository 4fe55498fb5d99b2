package org.conflictdata.incidentmap.geocoding;

/**
 * Where a mention puts an incident: a gazetteer place, how precisely, and why. When
 * nothing could be resolved, {@code place} is null and {@code unresolvedReason} says why;
 * the mention is kept, not dropped.
 *
 * @param place the resolved place, or null
 * @param geoPrecision ACLED geo_precision: 1 the exact place, 2 near a place or part of a
 * region, 3 a region (province/country); 0 when unresolved
 * @param precision the same in words, e.g. "exact place", "near Amerli", "province"
 * @param mention the text that named the place, e.g. "near the town of Amerli"
 * @param explanation how the place was chosen, e.g. "'K1 base' matched alias of K-1 Air
 * Base (preferred over Kirkuk city: facility named)"
 * @param unresolvedReason why no place was found, or null when resolved
 */
public record Location(Place place, int geoPrecision, String precision, String mention, String explanation,
		String unresolvedReason) {

	public static Location unresolved(String mention, String reason) {
		return new Location(null, 0, "unresolved", mention, null, reason);
	}

	public boolean isResolved() {
		return this.place != null;
	}

}
