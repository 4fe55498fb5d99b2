package org.conflictdata.incidentmap.incident;

import javax.sql.DataSource;

import org.conflictdata.incidentmap.TestDatabases;

/**
 * The store contract on the embedded H2GIS store, the run command's default.
 */
class H2gisIncidentStoreTests extends IncidentStoreContract {

	@Override
	protected DataSource dataSource() {
		return TestDatabases.h2gis();
	}

}
