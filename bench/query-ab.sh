#!/usr/bin/env bash
# Before/after comparison of the bbox + time queries (QueryBench) for two builds of the service, against
# the same loaded bench database, in alternating order, so both see the same machine load.
#
#   bench/query-ab.sh BEFORE.jar AFTER.jar [ROUNDS]     e.g. a jar of main vs target/incident-map.jar
#
# Each round starts one jar with -Xmx256m on 127.0.0.1 (as run.sh does), runs QueryBench with REQUESTS
# requests per query (default 200, after 20 warm-up), stops it, then the other jar; odd rounds run BEFORE
# first, even rounds AFTER first. Prints QueryBench's table per run with the load average beside it.
# Needs the bench database of run.sh (incident_map_bench) and `target/classpath.txt` (run.sh makes it).
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=$1 AFTER=$2 ROUNDS=${3:-2}
REQUESTS=${REQUESTS:-200}
PORT=${BENCH_PORT:-18080}
DB=${BENCH_DB:-incident_map_bench}
JDBC=jdbc:postgresql://127.0.0.1:5432/$DB
[[ -s target/classpath.txt ]] || ./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP=target/classes:$(cat target/classpath.txt)
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$CP" bench/src/QueryBench.java
SERVICE_PID=
stop_service() { if [[ -n "$SERVICE_PID" ]]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi; SERVICE_PID=; }
trap stop_service EXIT

run() {
	local name=$1 jar=$2 round=$3
	java -Xmx256m -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 --incident-map.seeds= \
		--spring.datasource.url="$JDBC" --spring.datasource.username=incident_map --spring.datasource.password=incident_map \
		--logging.level.root=WARN >"target/bench-ab-$name.log" 2>&1 &
	SERVICE_PID=$!
	for _ in $(seq 1 120); do
		curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
		sleep 1
	done
	echo "round $round, $name ($jar), load average $(cut -d' ' -f1-3 /proc/loadavg)"
	java -cp "target/bench-classes:$CP" QueryBench "http://127.0.0.1:$PORT" "$JDBC" incident_map incident_map "$REQUESTS" "$SERVICE_PID"
	echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo
	stop_service
}

for round in $(seq 1 "$ROUNDS"); do
	if ((round % 2 == 1)); then
		run before "$BEFORE" "$round"
		run after "$AFTER" "$round"
	else
		run after "$AFTER" "$round"
		run before "$BEFORE" "$round"
	fi
done
