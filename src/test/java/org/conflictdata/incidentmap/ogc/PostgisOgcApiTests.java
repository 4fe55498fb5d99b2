package org.conflictdata.incidentmap.ogc;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The OGC API contract on the test PostGIS (schema ogc_tests).
 */
class PostgisOgcApiTests extends OgcApiContract {

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		postgis(registry);
	}

}
