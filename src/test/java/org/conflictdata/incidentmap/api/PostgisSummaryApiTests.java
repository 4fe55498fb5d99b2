package org.conflictdata.incidentmap.api;

/**
 * The summary API contract on a real PostGIS server; fails, never skips, when it is
 * unreachable.
 */
@ApiStores.Postgis
class PostgisSummaryApiTests extends SummaryApiContract {

}
