package org.conflictdata.incidentmap.api;

/**
 * The GIS clients contract on a real PostGIS server; fails, never skips, when it is
 * unreachable.
 */
@ApiStores.Postgis
class PostgisGisClientsTests extends GisClientsContract {

}
