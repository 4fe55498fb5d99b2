#!/usr/bin/env bash
# Runs every test of Incident Map: the frontend's unit tests and ./mvnw -B verify, which includes the
# store tests on a real PostGIS, the HTTP tests with GDAL and a GeoJSON validator, and the map tests in
# a real Chromium. On Debian, as root, it first installs what is missing (PostGIS, Chromium, GDAL),
# starts PostgreSQL if it is down and creates a throw-away test database with PostGIS.
# Tests that need PostGIS or Chromium fail when those are absent; none of them skips.
set -euo pipefail
cd "$(dirname "$0")/.."

DB_NAME=${INCIDENT_MAP_TEST_DB_NAME:-incident_map_test}
DB_USER=${INCIDENT_MAP_TEST_DB_USER:-incident_map}
DB_PASSWORD=${INCIDENT_MAP_TEST_DB_PASSWORD:-incident_map}
PG_VERSION=15

say() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
[ -f /usr/share/postgresql/$PG_VERSION/extension/postgis.control ] || missing+=("postgresql-$PG_VERSION-postgis-3")
command -v pg_ctlcluster >/dev/null || missing+=("postgresql-$PG_VERSION")
command -v chromium >/dev/null || missing+=(chromium)
command -v ogrinfo >/dev/null || missing+=(gdal-bin)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

say "PostgreSQL $PG_VERSION"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$PG_VERSION main"; then
  as_root pg_createcluster "$PG_VERSION" main
fi
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
  as_root pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h localhost -p 5432 && break
  sleep 1
done
pg_isready -h localhost -p 5432

say "Throw-away test database $DB_NAME with PostGIS"
as_root su postgres -c "psql -v ON_ERROR_STOP=1 -q -d postgres" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE);
CREATE DATABASE $DB_NAME OWNER $DB_USER;
\c $DB_NAME
CREATE EXTENSION postgis;
CREATE EXTENSION btree_gist;
SQL
export INCIDENT_MAP_TEST_DB_URL="jdbc:postgresql://localhost:5432/$DB_NAME"
export INCIDENT_MAP_TEST_DB_USER="$DB_USER" INCIDENT_MAP_TEST_DB_PASSWORD="$DB_PASSWORD"

if [ -f src/test/js/package.json ]; then
  say "Test tools from npm (GeoJSON validator)"
  npm ci --prefix src/test/js --no-audit --no-fund --loglevel=error
fi

if [ -d frontend/test ]; then
  say "Frontend unit tests (node --test)"
  node --test frontend/test/
fi

say "Java tests (./mvnw -B verify)"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
./mvnw -B verify
