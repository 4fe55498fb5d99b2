-- The embedded store keeps no SPATIAL (R-tree) index. H2 2.4 cannot reopen a database that
-- was killed while a transaction writing to an R-tree was open: rolling that transaction
-- back reads the R-tree's pages as ordinary ones and every later open fails with
-- "Unable to read the page … ValueDataType cannot be cast to SpatialDataType". A kill -9
-- during an ingest did exactly that (EmbeddedStoreCrashTests, IngestKillIT). The embedded
-- store holds the thousands of incidents a desktop user ingests, where a scan of the
-- bounding-box filter costs milliseconds; large collections belong in PostGIS, which keeps
-- its GiST index (db/migration/postgresql).
DROP INDEX IF EXISTS incidents_geom_idx;
