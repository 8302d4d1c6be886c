#!/usr/bin/env bash
# Import of 1,000,000 usage rows (docs/benchmarks.md, part 4): starts a throwaway PostgreSQL on port 5441, then the
# production jar at -Xmx512m with ImportBenchRunner on its class path, which generates the CSV (deterministic),
# times PostgreSQL's COPY of it, and times the portal's import of the same file through ImportWizard (upload →
# validate → commit, as the wizard runs it), three times, with the heap watched. Results: target/bench/import.md.
#
#   bash src/bench/import.sh     BENCH_IMPORT_ROWS=1000000 BENCH_IMPORT_RUNS=3 BENCH_PG_PORT=5441
#                                BENCH_PG_BIN=/usr/lib/postgresql/15/bin BENCH_IMPORT_HEAP=512m
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_BIN="${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_PORT="${BENCH_PG_PORT:-5441}"
ROWS="${BENCH_IMPORT_ROWS:-1000000}"
RUNS="${BENCH_IMPORT_RUNS:-3}"
HEAP="${BENCH_IMPORT_HEAP:-512m}"
APP_PORT="${BENCH_PORT_IMPORT:-8094}"
WORK="$BENCH_OUT/work/import"
CLASSES="$WORK/classes"

[ -f "$BENCH_JAR" ] || { bench_log "missing $BENCH_JAR: run ./mvnw -B package -DskipTests"; exit 1; }
[ -x "$PG_BIN/initdb" ] || { bench_log "no PostgreSQL binaries in $PG_BIN (BENCH_PG_BIN)"; exit 1; }
bench_port_free "$APP_PORT"
if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    bench_log "port $PG_PORT already has a PostgreSQL; choose another (BENCH_PG_PORT)"
    exit 1
fi
mkdir -p "$WORK"

# The runner is bench code, not part of the jar: compile it (-Pbench) and put it beside the jar.
bench_log "compiling the bench classes"
(cd "$BENCH_ROOT" && ./mvnw ${MVN_FLAGS:--B} -q -Pbench test-compile) >"$WORK/compile.log" 2>&1 \
    || { bench_log "compile failed, see $WORK/compile.log"; exit 1; }
rm -rf "$CLASSES" && mkdir -p "$CLASSES/io/pxportal/bench"
cp "$BENCH_ROOT"/target/test-classes/io/pxportal/bench/ImportBenchRunner*.class "$CLASSES/io/pxportal/bench/"

# A throwaway cluster; PostgreSQL refuses to run as root, so as the postgres user then.
PGDATA_DIR="$(mktemp -d /tmp/px-bench-pg.XXXXXX)"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$PGDATA_DIR"
stop_pg() {
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PGDATA_DIR"
}
trap 'stop_pg; bench_cleanup' EXIT
as_pg "$PG_BIN/initdb" -D "$PGDATA_DIR/data" -A trust -U postgres >"$WORK/initdb.log" 2>&1
as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR/data" -l "$PGDATA_DIR/server.log" -w start -o "-p $PG_PORT -k $PGDATA_DIR \
    -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_wal_size=4GB -c checkpoint_timeout=30min" >/dev/null
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres pxbench
bench_log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT"

{
    echo "## Import of $ROWS usage rows from CSV into PostgreSQL"
    echo
    bench_machine | sed 's/^/- /'
    echo "- PostgreSQL: $("$PG_BIN/postgres" --version), shared_buffers=256MB, max_wal_size=4GB"
    echo
} >"$WORK/header.md"

bench_log "import: $ROWS rows, $RUNS runs, -Xmx$HEAP"
(cd "$WORK" && exec "$JAVA" -Xmx"$HEAP" -Dloader.path="$CLASSES" -cp "$BENCH_JAR" \
    org.springframework.boot.loader.launch.PropertiesLauncher \
    --spring.profiles.active=prod --server.port="$APP_PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/pxbench" \
    --spring.datasource.username=postgres --spring.datasource.password= \
    --px.import.max-file-size=200MB --px.import.dir="$WORK/uploads" \
    --px.bench.import.out="$WORK" --px.bench.import.rows="$ROWS" --px.bench.import.runs="$RUNS" \
    >"$WORK/app.log" 2>&1) &
pid=$!
bench_track "$pid"
wait "$pid" || { bench_log "the import bench failed, see $WORK/app.log"; exit 1; }

cat "$WORK/header.md" "$WORK/import.md" >"$BENCH_OUT/import.md"
cp "$WORK/import-runs.tsv" "$BENCH_OUT/import-runs.tsv"
cat "$BENCH_OUT/import.md"
