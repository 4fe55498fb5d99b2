package org.conflictdata.incidentmap.api;

/**
 * The grid API contract on a real PostGIS server; fails, never skips, when it is
 * unreachable.
 */
@ApiStores.Postgis
class PostgisGridApiTests extends GridApiContract {

}
