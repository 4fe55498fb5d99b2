package org.conflictdata.incidentmap.api;

/**
 * The incident API contract on the embedded H2GIS store, the run command's default.
 */
@ApiStores.H2gis
class H2gisIncidentApiTests extends IncidentApiContract {

}
