package org.conflictdata.incidentmap.ogc;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The OGC CQL2 filter contract on the test PostGIS (schema ogc_tests).
 */
class PostgisOgcFilterTests extends OgcFilterContract {

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		postgis(registry);
	}

}
