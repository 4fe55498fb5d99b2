package org.conflictdata.incidentmap.incident;

import javax.sql.DataSource;

import org.conflictdata.incidentmap.TestDatabases;

/**
 * The store contract on a real PostGIS server. Fails, never skips, when PostGIS is
 * unreachable.
 */
class PostgisIncidentStoreTests extends IncidentStoreContract {

	@Override
	protected DataSource dataSource() {
		return TestDatabases.postgis();
	}

}
