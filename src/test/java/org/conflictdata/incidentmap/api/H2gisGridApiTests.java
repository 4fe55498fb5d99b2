package org.conflictdata.incidentmap.api;

/**
 * The grid API contract on the embedded H2GIS store, the run command's default.
 */
@ApiStores.H2gis
class H2gisGridApiTests extends GridApiContract {

}
