package org.conflictdata.incidentmap.api;

/**
 * The GIS clients contract on the embedded H2GIS store, the run command's default.
 */
@ApiStores.H2gis
class H2gisGisClientsTests extends GisClientsContract {

}
