#!/usr/bin/env python3
"""Plans and timings of the service's main queries under candidate index sets.

Runs against the bench database (psql, connection from PG* environment variables), which
must hold the loaded incidents and every candidate index (explain.py --create makes them).
Each index set is tried inside a transaction that drops the other indexes and is rolled
back, so the planner sees exactly that set. Every query runs warm-up + REPEATS times with
EXPLAIN (ANALYZE, TIMING OFF); the median execution time is reported with, in brackets, the buffers (8 kB pages, hit + read)
the plan touched, which is the machine-independent part, and the plan of one
more run with EXPLAIN (ANALYZE, BUFFERS) is written to the results file.
"""
import statistics
import subprocess
import sys

REPEATS = 7

COLUMNS = """id, event_date, date_end, date_precision, time_precision, event_type, sub_event_type, place,
place_id, geo_precision, location_precision, country, admin1, killed, killed_min, killed_max, wounded,
wounded_min, wounded_max, weapon, summary, grade, historical, source_count, actor_names, actors_json,
sources_json, explanation_json, ST_X(geom) AS lon, ST_Y(geom) AS lat"""

# The SQL IncidentStore.find builds for these filters (literals instead of parameters:
# the service asks for custom plans, so the planner sees the values either way).
def query(start=None, end=None, bbox=None, floor=False, limit=10000):
    where = ["1 = 1"]
    if start:
        where.append(f"i.date_end >= DATE '{start}'")
        if floor:
            where.append(f"i.event_date >= DATE '{start}' - 366")
    if end:
        where.append(f"i.event_date <= DATE '{end}'")
    if bbox:
        where.append("i.geom && ST_MakeEnvelope(%s, 4326)" % bbox)
    return (f"SELECT {COLUMNS} FROM incidents i WHERE " + " AND ".join(where)
            + f" ORDER BY i.event_date, i.id LIMIT {limit} OFFSET 0")

QUERIES = {
    "bbox+time ~1k": query("2017-03-01", "2017-04-15", "44.0, 33.1, 44.6, 33.6"),
    "bbox+time ~10k": query("2016-01-01", "2016-05-15", "42.5, 32.5, 45.5, 35.0"),
    "time only 14 days (~11.7k, limit 10k)": query("2016-06-01", "2016-06-14"),
    "bbox only (~31.6k, limit 10k)": query(bbox="44.2, 35.3, 44.6, 35.7"),
    "small box (~1 km²) over a year": query("2019-01-01", "2019-12-31", "44.275, 35.512, 44.287, 35.524"),
    "bbox+time ~10k, with event_date floor": query("2016-01-01", "2016-05-15", "42.5, 32.5, 45.5, 35.0", floor=True),
    "time only 14 days, with event_date floor": query("2016-06-01", "2016-06-14", floor=True),
}

CANDIDATES = {
    "cand_geom_gist": "CREATE INDEX IF NOT EXISTS cand_geom_gist ON incidents USING gist (geom)",
    "cand_time_geom_gist": "CREATE INDEX IF NOT EXISTS cand_time_geom_gist ON incidents USING gist (event_date, date_end, geom)",
    "cand_event_date_brin": "CREATE INDEX IF NOT EXISTS cand_event_date_brin ON incidents USING brin (event_date)",
    "cand_date_end_btree": "CREATE INDEX IF NOT EXISTS cand_date_end_btree ON incidents (date_end)",
}

# incidents_dates_idx is V1's B-tree (event_date, date_end); incidents_geom_dates_idx is V2's
# GiST (geom, event_date, date_end); V1's GiST (geom) is re-created here as cand_geom_gist.
V1 = ["cand_geom_gist", "incidents_dates_idx"]
V2 = ["incidents_geom_dates_idx", "incidents_dates_idx"]
SETS = {
    "no index (sequential scan)": [],
    "V1: GiST(geom) + B-tree(event_date, date_end)": V1,
    "GiST(geom) + BRIN(event_date)": ["cand_geom_gist", "cand_event_date_brin"],
    "V1 + B-tree(date_end)": V1 + ["cand_date_end_btree"],
    "V1 + GiST(event_date, date_end, geom)": V1 + ["cand_time_geom_gist"],
    "V1 + GiST(geom, event_date, date_end)": V1 + ["incidents_geom_dates_idx"],
    "V2 (chosen): GiST(geom, event_date, date_end) + B-tree(event_date, date_end)": V2,
    "GiST(geom, event_date, date_end) alone": ["incidents_geom_dates_idx"],
}


def psql(sql):
    result = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"], input=sql, text=True,
                            capture_output=True, check=True)
    return result.stdout


def main():
    if "--create" in sys.argv:
        psql("SET maintenance_work_mem = '512MB';\n" + ";\n".join(CANDIDATES.values()) + ";\nANALYZE incidents;\n")
    sizes = psql("SELECT indexrelname || '=' || pg_size_pretty(pg_relation_size(indexrelid)) "
                 "FROM pg_stat_user_indexes WHERE relname = 'incidents' ORDER BY 1;")
    out = open(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/dev/null", "w")
    out.write("## Index sizes\n\n" + "\n".join("- " + line for line in sizes.splitlines()) + "\n\n")
    table = {}
    existing = psql("SELECT indexname FROM pg_indexes WHERE tablename = 'incidents' "
                    "AND indexname <> 'incidents_pkey';").split()
    only = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--only=")]
    sets = {k: v for k, v in SETS.items() if not only or any(o in k for o in only)}
    for set_name, keep in sets.items():
        script = ["BEGIN;", "SET LOCAL plan_cache_mode = force_custom_plan;"]
        script += [f"DROP INDEX {name};" for name in existing if name not in keep]
        for query_name, sql in QUERIES.items():
            script.append(f"\\echo @@ {query_name}")
            for _ in range(REPEATS + 1):
                script.append(f"EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON) {sql};")
            script.append(f"\\echo @@plan")
            script.append(f"EXPLAIN (ANALYZE, BUFFERS) {sql};")
        script.append("ROLLBACK;")
        text = psql("\n".join(script) + "\n")
        out.write(f"## {set_name}\n\n")
        for block in text.split("@@ ")[1:]:
            name, rest = block.split("\n", 1)
            timed, plan = rest.split("@@plan\n", 1)
            times = [float(line.split(":")[1].split()[0]) for line in timed.splitlines()
                     if line.startswith("Execution Time")][1:]
            median = statistics.median(times)
            buffers = 0
            for line in plan.splitlines():
                if "Buffers:" in line:
                    buffers = sum(int(part.split("=")[1]) for part in line.split("Buffers:")[1].replace(",", " ").split()
                                  if "=" in part)
                    break
            table[(set_name, name)] = f"{median:.1f} ({buffers:,})"
            out.write(f"### {name}: median {median:.1f} ms\n\n```\n{plan.strip()}\n```\n\n")
        out.flush()
    print("| index set | " + " | ".join(QUERIES) + " |")
    print("|---|" + "---:|" * len(QUERIES))
    for set_name in sets:
        print(f"| {set_name} | " + " | ".join(table[(set_name, q)] for q in QUERIES) + " |")


if __name__ == "__main__":
    main()
