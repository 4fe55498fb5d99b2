#!/usr/bin/env bash
# Load bench for Incident Map (a benchmark, not a test; never part of `mvn verify`).
#
#   bench/load.sh                       64 clients for 30 s on each endpoint, embedded H2GIS store
#   COUNT=20000 DURATION=10s bench/load.sh   smaller run
#   LOAD_DB_URL=jdbc:postgresql://127.0.0.1:5432/incident_map_load LOAD_DB_USER=incident_map \
#     LOAD_DB_PASSWORD=incident_map bench/load.sh      against PostGIS (the database must exist)
#
# Starts the packaged jar on 127.0.0.1 with a fresh store holding the seed articles' incidents plus
# COUNT synthetic ones (when the jar has the `generate` command), then drives each endpoint with wrk
# (apt-get install -y wrk): CLIENTS connections on 2 threads for DURATION, after a short warm-up.
# Prints requests/s, p50/p99 latency and errors per endpoint as a Markdown table; exits 1 if any
# request failed (non-2xx, socket error or timeout). Only 127.0.0.1 is contacted; every step is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PORT=${LOAD_PORT:-18181}
CLIENTS=${CLIENTS:-64}
DURATION=${DURATION:-30s}
COUNT=${COUNT:-100000}
BBOX=${BBOX:-43.0,32.5,45.5,35.0}
JAR=$ROOT/target/incident-map.jar
WORK=$(mktemp -d /tmp/incident-map-load.XXXXXX)
SERVICE_PID=

cleanup() {
	if [[ -n "$SERVICE_PID" ]]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi
	rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "bench/load.sh needs wrk: apt-get install -y wrk" >&2; exit 2; }
[[ -f "$JAR" ]] || ./mvnw -q -B -o package -DskipTests

unset $(env | awk -F= '/^(SPRING_|INCIDENT_MAP_)/{print $1}') 2>/dev/null || true
export SPRING_DATASOURCE_URL=${LOAD_DB_URL:-jdbc:h2:file:$WORK/store}
[[ -n "${LOAD_DB_USER:-}" ]] && export SPRING_DATASOURCE_USERNAME=$LOAD_DB_USER
[[ -n "${LOAD_DB_PASSWORD:-}" ]] && export SPRING_DATASOURCE_PASSWORD=$LOAD_DB_PASSWORD

echo "== store: $SPRING_DATASOURCE_URL" >&2
# A jar without the generate command exits quietly; only a report of loaded incidents counts.
if (cd "$WORK" && timeout 600 java -jar "$JAR" generate --count "$COUNT" >"$WORK/generate.log" 2>&1) \
	&& grep -qi "incident" "$WORK/generate.log"; then
	echo "== generated $COUNT synthetic incidents" >&2
else
	echo "== no synthetic incidents (generate unavailable or failed; see below); seeds only" >&2
	tail -3 "$WORK/generate.log" >&2 || true
	COUNT=0
fi

echo "== starting the service on 127.0.0.1:$PORT" >&2
(cd "$WORK" && INCIDENT_MAP_SEEDS="$ROOT/seeds" exec java -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
	>"$WORK/service.log" 2>&1) &
SERVICE_PID=$!
for _ in $(seq 1 240); do
	curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
	kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service stopped:" >&2; tail -20 "$WORK/service.log" >&2; exit 1; }
	sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { echo "the service did not become healthy" >&2; exit 1; }
# limit=0 asks for the count alone (a full page leaves numberMatched out).
STORED=$(curl -fsS "http://127.0.0.1:$PORT/api/incidents?limit=0" | sed -n 's/.*"numberMatched":\([0-9]*\).*/\1/p')

# wrk's seconds/milliseconds/microseconds to milliseconds.
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms/,"",v) } else if (v ~ /s$/) { sub(/s/,"",v); v*=1000 }; printf "%.2f", v }'; }

LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
FAILED=0
ROWS=""
for path in "/api/incidents?limit=100&bbox=$BBOX" "/ogc/collections/incidents/items?limit=100"; do
	url="http://127.0.0.1:$PORT$path"
	status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
	[[ "$status" == 200 ]] || { echo "$path answers $status; not loading it" >&2; FAILED=1; continue; }
	wrk -t2 -c"$CLIENTS" -d5s "$url" >/dev/null
	out=$(wrk -t2 -c"$CLIENTS" -d"$DURATION" --timeout 10s --latency "$url")
	echo "$out" >&2
	rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
	total=$(echo "$out" | awk '/requests in/{print $1}')
	p50=$(echo "$out" | awk '$1=="50%"{print $2}' | to_ms)
	p99=$(echo "$out" | awk '$1=="99%"{print $2}' | to_ms)
	non2xx=$(echo "$out" | awk -F: '/Non-2xx/{gsub(/ /,"",$2); print $2}')
	socket=$(echo "$out" | awk '/Socket errors/{gsub(/,/,""); print $4+$6+$8+$10}')
	errors=$(( ${non2xx:-0} + ${socket:-0} ))
	[[ "$errors" == 0 ]] || FAILED=1
	ROWS+="| \`$path\` | $total | $rps | $p50 | $p99 | $errors |"$'\n'
done

echo
echo "Machine: $(nproc) vCPU, $(free -g | awk '/Mem:/{print $2}') GB RAM; $(java -version 2>&1 | head -1); wrk and the service share the machine; load average before the run: $LOAD_BEFORE."
echo "Store: $([[ $SPRING_DATASOURCE_URL == jdbc:h2* ]] && echo 'embedded H2GIS' || echo "$SPRING_DATASOURCE_URL"), $STORED incidents (the seed articles' plus $COUNT synthetic). $CLIENTS connections, 2 wrk threads, $DURATION per endpoint after a 5 s warm-up."
echo
echo "| endpoint | requests | requests/s | p50 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|---:|"
printf '%s' "$ROWS"
exit "$FAILED"
