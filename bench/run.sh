#!/usr/bin/env bash
# Incident Map benchmarks. Never part of `mvn verify`: run by hand, on a quiet machine.
#
#   bench/run.sh                 everything: load 1 M incidents, plans, HTTP vs SQL, download, map points/grid, ingest, H2GIS vs PostGIS
#   bench/run.sh --skip-load     reuse the incidents already in the bench database
#   bench/run.sh --skip-load --skip-plans     and skip the index study (explain.py, CLUSTER)
#   ROWS=200000 REQUESTS=50 bench/run.sh     smaller run
#   bench/run.sh --only-browser  only the map in headless Chromium, on the 100k database (made if missing)
#
# Needs: PostgreSQL 15 + PostGIS 3 on 127.0.0.1:5432 with a user incident_map/incident_map that owns the
# bench database (created here through `su postgres` when run as root), JDK 17, python3, curl.
# Results: a Markdown file in bench/results/ (git-ignored), and the same tables between the markers in
# bench/README.md ("Latest run"). Only 127.0.0.1 is contacted; every loop is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-1000000}
SMALL_ROWS=${SMALL_ROWS:-100000}
REQUESTS=${REQUESTS:-200}
PORT=${BENCH_PORT:-18080}
DB=${BENCH_DB:-incident_map_bench}
SMALL_DB=${DB}_small
SKIP_LOAD=false
SKIP_PLANS=false
ONLY_BROWSER=false
for arg in "$@"; do
	case "$arg" in
		--skip-load) SKIP_LOAD=true ;;
		--skip-plans) SKIP_PLANS=true ;;
		--only-browser) ONLY_BROWSER=true ;;
		*) echo "unknown option $arg" >&2; exit 2 ;;
	esac
done

export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=incident_map PGPASSWORD=incident_map PGDATABASE=$DB
# Playwright drives Debian's /usr/bin/chromium; it must not try to download browsers of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
JDBC=jdbc:postgresql://127.0.0.1:5432/$DB
mkdir -p bench/results target/bench-classes
RESULTS=bench/results/$(date -u +%Y%m%dT%H%M%SZ).md
SERVICE_PID=

log() { printf '\n== %s\n' "$*" >&2; }
emit() { tee -a "$RESULTS"; }
stop_service() { if [[ -n "$SERVICE_PID" ]]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi; }
trap stop_service EXIT

{
	echo "# Bench run $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo
	echo "Machine: $(nproc) vCPU, $(free -g | awk '/Mem:/{print $2}') GB RAM, $(psql -XAtc 'SHOW server_version' 2>/dev/null | cut -d' ' -f1 || echo '?') PostgreSQL,"
	echo "$(java -version 2>&1 | head -1), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo
} >"$RESULTS"

log "build"
if [[ ! -f target/incident-map.jar ]] || [[ -n "$(find src frontend pom.xml -newer target/incident-map.jar -print -quit)" ]]; then
	./mvnw -q -B -o package -DskipTests
fi
[[ -s target/classpath.txt ]] || ./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP=target/classes:$(cat target/classpath.txt)

create_db() {
	local name=$1
	if ! psql -XAtd postgres -c "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
		# As the postgres superuser over the local socket, not as the bench user the PG* variables name.
		env -u PGHOST -u PGPORT -u PGUSER -u PGPASSWORD -u PGDATABASE su postgres -c "psql -Xqc 'CREATE DATABASE $name OWNER incident_map'"
		env -u PGHOST -u PGPORT -u PGUSER -u PGPASSWORD -u PGDATABASE su postgres -c "psql -Xqd $name -c 'CREATE EXTENSION postgis; CREATE EXTENSION btree_gist;'"
	fi
}

# The generate command, written with Spring properties so it works whether or not the jar's main dispatches
# `generate` itself (java -jar target/incident-map.jar generate --count N is the short form).
generate() {
	local url=$1 user=$2 password=$3 count=$4
	java -Xmx512m -jar target/incident-map.jar --spring.main.web-application-type=none \
		--incident-map.command=generate --incident-map.seeds= --logging.level.root=WARN --spring.main.banner-mode=off \
		--spring.datasource.url="$url" --spring.datasource.username="$user" --spring.datasource.password="$password" \
		generate --count "$count" --seed 1
}

start_service() {
	local jdbc=$1 heap=$2
	# Another service on the port would answer the health check and be measured instead of this one.
	if curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then
		echo "port $PORT is taken by another service; set BENCH_PORT" >&2
		exit 1
	fi
	java "-Xmx$heap" -jar target/incident-map.jar --server.port="$PORT" --server.address=127.0.0.1 --incident-map.seeds= \
		--spring.datasource.url="$jdbc" --spring.datasource.username=incident_map --spring.datasource.password=incident_map \
		--logging.level.root=WARN >target/bench-service.log 2>&1 &
	SERVICE_PID=$!
	for _ in $(seq 1 120); do
		curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
		sleep 1
	done
	curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null
	kill -0 "$SERVICE_PID"
}

# The map in headless Chromium over the 100k database: time to first render, frames per second while animating.
browser_bench() {
	create_db "$SMALL_DB"
	if [[ "$(PGDATABASE=$SMALL_DB psql -XAtc "SELECT to_regclass('incidents') IS NOT NULL AND EXISTS (SELECT 1 FROM incidents)")" != t ]]; then
		PGDATABASE=$SMALL_DB psql -Xqc "DROP TABLE IF EXISTS incident_sources, unresolved_mentions, incidents, documents, flyway_schema_history CASCADE"
		generate "jdbc:postgresql://127.0.0.1:5432/$SMALL_DB" incident_map incident_map "$SMALL_ROWS" >/dev/null
	fi
	log "the map in headless Chromium over $SMALL_DB"
	javac -d target/bench-classes -cp "$CP" bench/src/MapBench.java
	start_service "jdbc:postgresql://127.0.0.1:5432/$SMALL_DB" 512m
	{
		echo "## Browser: the map over $(PGDATABASE=$SMALL_DB psql -XAtc 'SELECT count(*) FROM incidents') incidents in headless Chromium"
		echo
		java -cp "target/bench-classes:$CP" MapBench "http://127.0.0.1:$PORT" 6 3
		echo
	} | emit
	stop_service
	SERVICE_PID=
}

if $ONLY_BROWSER; then
	browser_bench
	exit 0
fi

if ! $SKIP_LOAD; then
	log "load $ROWS incidents into $DB"
	create_db "$DB"
	psql -Xqc "DROP TABLE IF EXISTS incident_sources, unresolved_mentions, incidents, documents, flyway_schema_history CASCADE"
	{ echo "## Load (generate + COPY, indexes of the migrations in place)"; echo; echo '```'; generate "$JDBC" incident_map incident_map "$ROWS"; echo '```'; echo; } | emit
fi

if ! $SKIP_PLANS; then
log "query plans under candidate indexes, rows in load order"
{
	echo "## Candidate indexes, rows in load (random date) order: median ms (pages touched) at $(psql -XAtc 'SELECT count(*) FROM incidents') rows"
	echo
	python3 bench/explain.py "${RESULTS%.md}-plans-load-order.md" --create
	echo
	echo "Plans: $(basename "${RESULTS%.md}-plans-load-order.md")"
	echo
} | emit

log "CLUSTER by date, then the plans again"
{
	echo "## Candidate indexes after CLUSTER incidents USING incidents_dates_idx: median ms (pages touched)"
	echo
	CLUSTER_START=$(date +%s)
	psql -Xq -c "SET maintenance_work_mem = '1GB'" -c "CLUSTER incidents USING incidents_dates_idx" -c "ANALYZE incidents"
	echo "CLUSTER took $(($(date +%s) - CLUSTER_START)) s."
	echo
	python3 bench/explain.py "${RESULTS%.md}-plans-clustered.md"
	echo
	echo "Plans: $(basename "${RESULTS%.md}-plans-clustered.md")"
	echo
} | emit
fi

# The service must see only the migrations' indexes: a left-over candidate (B-tree on date_end) made the
# planner's COUNT for numberMatched touch 12x more pages.
psql -Xq -c "DROP INDEX IF EXISTS cand_geom_gist, cand_time_geom_gist, cand_event_date_brin, cand_date_end_btree"

log "start the service with -Xmx256m"
start_service "$JDBC" 256m

log "compile bench programs"
javac -d target/bench-classes -cp "$CP" bench/src/QueryBench.java bench/src/GeoJsonBench.java bench/src/MapDataBench.java
INGEST_BENCH=true
javac -d target/bench-classes -cp "$CP" bench/src/BenchCorpus.java bench/src/IngestBench.java 2>target/bench-ingest-javac.log || INGEST_BENCH=false
EXTRACTION_BENCH=true
javac -d target/bench-classes -cp "$CP" bench/src/BenchCorpus.java bench/src/ExtractionBench.java 2>target/bench-extraction-javac.log || EXTRACTION_BENCH=false
GEOCODER_BENCH=true
javac -d target/bench-classes -cp "$CP" bench/src/GeocoderBench.java 2>target/bench-geocoder-javac.log || GEOCODER_BENCH=false

log "bbox + time: HTTP vs bare SQL, $REQUESTS requests each"
{
	echo "## bbox + time queries: HTTP (/api/incidents) vs the same SQL over JDBC, $REQUESTS requests each, 20 warm-up"
	echo
	java -cp "target/bench-classes:$CP" QueryBench "http://127.0.0.1:$PORT" "$JDBC" incident_map incident_map "$REQUESTS" "$SERVICE_PID"
	echo
} | emit

log "GeoJSON built in Java vs in PostGIS"
{
	echo "## GeoJSON built in Java (JDBC rows + Jackson streaming) vs in PostGIS (json_build_object), no HTTP"
	echo
	java -Xmx256m -cp "target/bench-classes:$CP" GeoJsonBench "$JDBC" incident_map incident_map 50
	echo
} | emit

log "full GeoJSON download vs PostGIS's own GeoJSON"
FEATURE_SQL="SELECT json_build_object('type', 'Feature', 'id', id, 'geometry', ST_AsGeoJSON(geom, 5)::json,
 'properties', json_build_object('id', id, 'date', event_date, 'date_end', date_end, 'date_precision', date_precision,
 'time_precision', time_precision, 'event_type', event_type, 'sub_event_type', sub_event_type, 'place', place,
 'place_id', place_id, 'geo_precision', geo_precision, 'location_precision', location_precision, 'country', country,
 'admin1', admin1, 'actors', actors_json::json,
 'killed', CASE WHEN killed IS NULL THEN NULL ELSE json_build_object('value', killed, 'min', killed_min, 'max', killed_max) END,
 'wounded', CASE WHEN wounded IS NULL THEN NULL ELSE json_build_object('value', wounded, 'min', wounded_min, 'max', wounded_max) END,
 'weapon', weapon, 'summary', summary, 'grade', grade, 'historical', historical, 'sources', sources_json::json,
 'explanation', explanation_json::json)) FROM incidents WHERE historical = FALSE ORDER BY event_date, id"
# The download leaves out historical references by default, as the map does; so does the psql side.
COUNT=$(psql -XAtc "SELECT count(*) FROM incidents WHERE historical = FALSE")
jstat -gc "$SERVICE_PID" 500 >target/bench-jstat.log 2>/dev/null &
JSTAT_PID=$!
START=$(date +%s.%N)
HTTP_OUT=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' --max-time 900 "http://127.0.0.1:$PORT/api/incidents.geojson" || echo "000 0")
END=$(date +%s.%N)
kill "$JSTAT_PID" 2>/dev/null || true
PSQL_START=$(date +%s.%N)
PSQL_BYTES=$(psql -Xc "COPY ($FEATURE_SQL) TO STDOUT" | wc -c)
PSQL_END=$(date +%s.%N)
HEAP_MAX=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ {used=($3+$4+$6+$8)/1024; if (used>m) m=used} END {printf "%.0f", m}' target/bench-jstat.log)
{
	echo "## Full GeoJSON download of $COUNT features"
	echo
	read -r CODE BYTES <<<"$HTTP_OUT"
	python3 - "$CODE" "$BYTES" "$START" "$END" "$PSQL_BYTES" "$PSQL_START" "$PSQL_END" "$COUNT" "$HEAP_MAX" <<'EOF'
import sys
code, size, s, e, psize, ps, pe, count, heap = sys.argv[1:]
size, psize, count = int(size), int(psize), int(count)
t, pt = float(e) - float(s), float(pe) - float(ps)
print("| path | status | seconds | MB | features/s | MB/s |")
print("|---|---|---:|---:|---:|---:|")
print(f"| HTTP /api/incidents.geojson (-Xmx256m) | {code} | {t:.1f} | {size/1e6:.0f} | {count/t:,.0f} | {size/1e6/t:.1f} |")
print(f"| psql COPY (json_build_object + ST_AsGeoJSON) TO STDOUT | - | {pt:.1f} | {psize/1e6:.0f} | {count/pt:,.0f} | {psize/1e6/pt:.1f} |")
print()
if code == "200":
    print(f"HTTP / psql features/s: **{pt/t:.2f}×** (target ≥ 0.8×). Heap in use, max of 0.5 s samples: {heap} MB of 256 MB.")
else:
    print(f"/api/incidents.geojson answered {code}: the streamed download is not on this branch yet, so only psql's figure is measured.")
EOF
	echo
} | emit

log "the map's compact endpoints: points and grid"
jstat -gc "$SERVICE_PID" 500 >target/bench-map-jstat.log 2>/dev/null &
JSTAT_PID=$!
{
	echo "## The map's compact endpoints: /api/incidents/points and /api/incidents/grid, median of 5 (1 for the largest), 2 warm-up"
	echo
	java -cp "target/bench-classes:$CP" MapDataBench "http://127.0.0.1:$PORT" 5
	kill "$JSTAT_PID" 2>/dev/null || true
	echo
	echo "Heap in use, max of 0.5 s samples over these requests: $(awk 'NR>1 && $1 ~ /^[0-9.]+$/ {used=($3+$4+$6+$8)/1024; if (used>m) m=used} END {printf "%.0f", m}' target/bench-map-jstat.log) MB of 256 MB."
	echo
} | emit

log "ingest pipeline and geocoder"
{
	echo "## Ingest: extraction pipeline and geocoder (no database writes)"
	echo
	CORPUS=(seeds)
	[[ -d src/test/resources/articles ]] && CORPUS+=(src/test/resources/articles)
	if $INGEST_BENCH; then
		java -Xmx512m -cp "target/bench-classes:$CP" IngestBench 20 "${CORPUS[@]}"
	else
		echo "Pipeline skipped: ArticlePipeline is not on this branch yet (see target/bench-ingest-javac.log)."
	fi
	echo
	if $EXTRACTION_BENCH; then
		java -Xmx512m -cp "target/bench-classes:$CP" ExtractionBench 20 "${CORPUS[@]}"
	else
		echo "Extraction skipped: IncidentExtractor is not on this branch yet (see target/bench-extraction-javac.log)."
	fi
	echo
	if $GEOCODER_BENCH; then
		java -Xmx512m -cp "target/bench-classes:$CP" GeocoderBench 20 "${CORPUS[@]}"
	else
		echo "Geocoder skipped: Geocoder is not on this branch yet (see target/bench-geocoder-javac.log)."
	fi
	echo
} | emit
stop_service
SERVICE_PID=

log "embedded H2GIS vs PostGIS at $SMALL_ROWS rows"
H2_URL="jdbc:h2:file:$PWD/target/bench-h2/incidents"
rm -rf target/bench-h2
create_db "$SMALL_DB"
PGDATABASE=$SMALL_DB psql -Xqc "DROP TABLE IF EXISTS incident_sources, unresolved_mentions, incidents, documents, flyway_schema_history CASCADE"
generate "jdbc:postgresql://127.0.0.1:5432/$SMALL_DB" incident_map incident_map "$SMALL_ROWS" >/dev/null
generate "$H2_URL" sa "" "$SMALL_ROWS" >/dev/null
{
	echo "## Embedded H2GIS vs PostGIS at $SMALL_ROWS rows (same SQL over JDBC, $REQUESTS runs)"
	echo
	echo "PostGIS:"
	echo
	java -cp "target/bench-classes:$CP" QueryBench - "jdbc:postgresql://127.0.0.1:5432/$SMALL_DB" incident_map incident_map "$REQUESTS"
	echo
	echo "H2GIS (file):"
	echo
	java -cp "target/bench-classes:$CP" QueryBench - "$H2_URL" sa "" "$REQUESTS"
	echo
} | emit

browser_bench

python3 - "$RESULTS" <<'EOF'
import re, sys
results = open(sys.argv[1]).read()
readme = open("bench/README.md").read()
start, end = "<!-- bench:latest:start -->", "<!-- bench:latest:end -->"
if start in readme and end in readme:
    head, rest = readme.split(start, 1)
    _, tail = rest.split(end, 1)
    open("bench/README.md", "w").write(head + start + "\n" + results.replace("\n## ", "\n#### ").replace("# Bench run", "### Bench run", 1) + end + tail)
EOF
log "results in $RESULTS (and bench/README.md, Latest run)"
