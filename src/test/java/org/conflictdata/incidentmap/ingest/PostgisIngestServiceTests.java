package org.conflictdata.incidentmap.ingest;

import javax.sql.DataSource;

import org.conflictdata.incidentmap.TestDatabases;

/**
 * The ingest guarantees on the real PostGIS store; fails, never skips, when it is
 * unreachable.
 */
class PostgisIngestServiceTests extends IngestServiceContract {

	@Override
	protected DataSource dataSource() {
		return TestDatabases.postgis();
	}

}
