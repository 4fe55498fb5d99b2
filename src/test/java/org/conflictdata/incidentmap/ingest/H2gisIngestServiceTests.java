package org.conflictdata.incidentmap.ingest;

import javax.sql.DataSource;

import org.conflictdata.incidentmap.TestDatabases;

/**
 * The ingest guarantees on the embedded H2GIS store.
 */
class H2gisIngestServiceTests extends IngestServiceContract {

	@Override
	protected DataSource dataSource() {
		return TestDatabases.h2gis();
	}

}
