package org.conflictdata.incidentmap.api;

/**
 * The download API contract on a real PostGIS server; fails, never skips, when it is
 * unreachable.
 */
@ApiStores.Postgis
class PostgisDownloadApiTests extends DownloadApiContract {

}
