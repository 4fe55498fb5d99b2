package org.conflictdata.incidentmap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Incident Map: finds the incidents news articles report, geocodes them to named places,
 * stores them in PostGIS (or embedded H2GIS) and serves them as GeoJSON, OGC API Features
 * and a Leaflet map.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IncidentMapApplication {

	public static void main(String[] args) {
		SpringApplication.run(IncidentMapApplication.class, args);
	}

}
