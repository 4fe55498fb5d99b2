package org.conflictdata.incidentmap.ogc;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The OGC API contract on the embedded H2GIS store.
 */
class H2gisOgcApiTests extends OgcApiContract {

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		h2gis(registry);
	}

}
