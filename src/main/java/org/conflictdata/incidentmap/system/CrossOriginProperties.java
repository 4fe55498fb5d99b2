package org.conflictdata.incidentmap.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which other web origins may read the API from a browser
 * ({@code INCIDENT_MAP_CORS_ORIGINS}, comma-separated, e.g.
 * {@code https://analysts.example.org}; {@code *} for any). Empty or absent means none:
 * cross-origin reading is off and the browser's same-origin rule holds. Blank entries are
 * ignored.
 *
 * @param corsOrigins allowed origins, exactly as browsers send them (scheme, host, port)
 */
@ConfigurationProperties("incident-map")
record CrossOriginProperties(List<String> corsOrigins) {

	CrossOriginProperties {
		corsOrigins = (corsOrigins != null)
				? corsOrigins.stream().map(String::trim).filter((origin) -> !origin.isEmpty()).toList() : List.of();
	}

}
