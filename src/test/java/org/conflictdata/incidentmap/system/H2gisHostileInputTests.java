package org.conflictdata.incidentmap.system;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The hostile-input contract on the embedded H2GIS store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:hostile-input;DB_CLOSE_DELAY=-1", "incident-map.seeds=",
				"incident-map.api-token=" + HostileInputContract.TOKEN })
class H2gisHostileInputTests extends HostileInputContract {

}
