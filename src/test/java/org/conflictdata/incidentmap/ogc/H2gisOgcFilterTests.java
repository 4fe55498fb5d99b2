package org.conflictdata.incidentmap.ogc;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The OGC CQL2 filter contract on the embedded H2GIS store.
 */
class H2gisOgcFilterTests extends OgcFilterContract {

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		h2gis(registry);
	}

}
