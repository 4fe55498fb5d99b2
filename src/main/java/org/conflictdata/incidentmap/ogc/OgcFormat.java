package org.conflictdata.incidentmap.ogc;

import java.util.Map;
import java.util.Set;

import org.conflictdata.incidentmap.api.BadParameterException;

/**
 * Checks the {@code f} (format) parameter and the absence of undefined parameters on the
 * OGC resources that take no other. JSON is the only format served, so {@code f} may be
 * absent or {@code json} (also accepted: {@code geojson}, {@code application/json}); any
 * other value, or any other parameter, is a {@link BadParameterException}.
 */
final class OgcFormat {

	private static final Set<String> JSON = Set.of("json", "geojson", "application/json", "application/geo+json");

	private OgcFormat() {
	}

	static void check(String format) {
		if (format != null && !JSON.contains(format.trim())) {
			throw new BadParameterException(FeaturesRequest.F, "'" + format + "' is not a served format; use json");
		}
	}

	/** For resources whose only parameter is {@code f}. */
	static void checkOnlyFormat(Map<String, String[]> parameters) {
		for (String name : parameters.keySet()) {
			if (!name.equals(FeaturesRequest.F)) {
				throw new BadParameterException(name, "is not a parameter of this operation");
			}
		}
		check(FeaturesRequest.single(parameters, FeaturesRequest.F));
	}

}
