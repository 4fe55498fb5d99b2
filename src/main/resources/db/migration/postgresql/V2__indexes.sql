-- Indexes chosen by measurement (bench/README.md): with 1 M incidents, a GiST over (geom, event_date,
-- date_end) lets a bounding box and a date window prune together; it touched up to 12 times fewer pages than
-- GiST(geom) + B-tree(event_date, date_end) for small boxes over long windows and never more for the other
-- query shapes. Its leading column is geom, so it also serves bounding-box-only queries as the GiST on geom
-- alone did (same pages touched), and that index is dropped to keep writes cheaper. The B-tree on
-- (event_date, date_end) stays: time-only windows (the time slider) read it. H2GIS cannot index several
-- columns spatially, so its schema is unchanged.
-- Dates in a GiST need the btree_gist extension; it is trusted, so the database owner may create it.

DO $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'btree_gist') THEN
		BEGIN
			CREATE EXTENSION btree_gist;
		EXCEPTION
			WHEN insufficient_privilege THEN
				RAISE EXCEPTION 'Incident Map needs the btree_gist extension in database "%", and user "%" may not create it. Ask an administrator to run: CREATE EXTENSION btree_gist; in that database.', current_database(), current_user;
			WHEN undefined_file THEN
				RAISE EXCEPTION 'The btree_gist extension (PostgreSQL contrib) is not installed on this server, so database "%" cannot build its incident index.', current_database();
		END;
	END IF;
END
$$;

CREATE INDEX incidents_geom_dates_idx ON incidents USING GIST (geom, event_date, date_end);

DROP INDEX incidents_geom_idx;
