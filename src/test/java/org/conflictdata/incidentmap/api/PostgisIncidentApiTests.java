package org.conflictdata.incidentmap.api;

/**
 * The incident API contract on a real PostGIS server; fails, never skips, when it is
 * unreachable.
 */
@ApiStores.Postgis
class PostgisIncidentApiTests extends IncidentApiContract {

}
