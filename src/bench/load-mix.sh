#!/usr/bin/env bash
# Mixed load test (docs/benchmarks.md): a Monday morning of every role on PostgreSQL. Gatling
# (src/bench/java/io/pxportal/bench/MixSimulation.java) against the production jar (demo profile) on an embedded
# PostgreSQL 17 (LoadMixDatabase, port 5447, in a Maven JVM of its own) holding the demo data ×BENCH_SCALE plus the
# finance benchmark's cost lines and the support benchmark's tickets. The database is loaded once per size into
# target/bench/work/load-mix-pg and reused by later runs of the same size. Then as load.sh: one warm-up run, each
# user level BENCH_LOAD_REPEATS times, medians; per view and per round trip, app CPU and database time per round
# trip. Writes load-mix.md and load-mix-runs.tsv to target/bench/.
#
#   bash src/bench/load-mix.sh   BENCH_LOAD_USERS="50 200 500" BENCH_LOAD_MIX="productOwner=40,finance=20,steering=15,support=25"
#                                BENCH_SCALE=100 BENCH_MIX_LINES=1000000 BENCH_MIX_TICKETS=1000000
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/lib.sh"
source "$HERE/load-levels.sh"

LOAD_NAME=load-mix
LOAD_SIMULATION=MixSimulation
LOAD_PORT="${BENCH_PORT_LOAD_MIX:-8094}"
PG_PORT="${BENCH_PORT_PG_LOAD:-5447}"
SCALE="${BENCH_SCALE:-100}"
LINES="${BENCH_MIX_LINES:-1000000}"
TICKETS="${BENCH_MIX_TICKETS:-1000000}"
MIX="${BENCH_LOAD_MIX:-productOwner=40,finance=20,steering=15,support=25}"
WORK="$BENCH_OUT/work"
READY="$WORK/load-mix-pg.ready"
STOP="$WORK/load-mix-pg.stop"
LOAD_DATA="PostgreSQL 17 (embedded), demo data ×$SCALE + $LINES cost lines + $TICKETS tickets; mix $MIX"

[ -f "$BENCH_JAR" ] || { bench_log "missing $BENCH_JAR: run ./mvnw -B package -DskipTests"; exit 1; }
bench_port_free "$LOAD_PORT"
if (exec 3<>"/dev/tcp/$BENCH_HOST/$PG_PORT") 2>/dev/null; then
    bench_log "port $PG_PORT is in use; choose another (BENCH_PORT_PG_LOAD)"
    exit 1
fi
mkdir -p "$WORK"
load_compile

# The database's JVM ends when the stop file appears; it is made however this script ends.
DB_PID=
load_mix_cleanup() {
    bench_cleanup
    touch "$STOP"
    if [ -n "$DB_PID" ]; then
        for _ in $(seq 1 240); do kill -0 "$DB_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$DB_PID" 2>/dev/null && kill -TERM "$DB_PID" 2>/dev/null
        wait "$DB_PID" 2>/dev/null || true
    fi
}
trap load_mix_cleanup EXIT
rm -f "$READY" "$STOP"
bench_log "database: demo data ×$SCALE, $LINES cost lines, $TICKETS tickets on PostgreSQL port $PG_PORT (loaded once per size)"
(cd "$BENCH_ROOT" && exec ./mvnw $MVN_FLAGS -Pbench test -Dtest=LoadMixDatabase \
    -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true -Dbench.pgPort="$PG_PORT" \
    -Dbench.pgData="$WORK/load-mix-pg" -Dbench.readyFile="$READY" -Dbench.stopFile="$STOP" \
    -Dbench.demoScale="$SCALE" -Dbench.lines="$LINES" -Dbench.tickets="$TICKETS") >"$BENCH_OUT/load-mix-db.log" 2>&1 &
DB_PID=$!
for _ in $(seq 1 $(( ${BENCH_MIX_LOAD_TIMEOUT:-7200} * 2 ))); do
    [ -f "$READY" ] && break
    kill -0 "$DB_PID" 2>/dev/null || { bench_log "database failed, see $BENCH_OUT/load-mix-db.log"; exit 1; }
    sleep 0.5
done
[ -f "$READY" ] || { bench_log "database not ready in time, see $BENCH_OUT/load-mix-db.log"; exit 1; }
JDBC_URL="$(cat "$READY")"
bench_log "database ready: $JDBC_URL"

LOAD_LOG="$BENCH_OUT/load-mix-app.log"
mkdir -p "$WORK/load-mix-app"
(cd "$WORK/load-mix-app" && exec "$JAVA" ${BENCH_APP_JVM_ARGS:-} -jar "$BENCH_JAR" --spring.profiles.active=demo \
    --server.port="$LOAD_PORT" --spring.datasource.url="$JDBC_URL" --spring.datasource.username=postgres \
    --spring.datasource.password= >"$LOAD_LOG" 2>&1) &
LOAD_PID=$!
bench_track "$LOAD_PID"
bench_wait_200 "$LOAD_PORT" "$LOAD_PID" 300 >/dev/null || { bench_log "app did not start, see $LOAD_LOG"; exit 1; }
bench_log "load-mix: app pid $LOAD_PID on port $LOAD_PORT"

LOAD_EXTRA=(-Dbench.mix="$MIX" -Dbench.pgUrl="$JDBC_URL")
load_run_levels
bench_stop "$LOAD_PID"
load_summary "Mixed load test on PostgreSQL (Gatling, UIDL round trips in the steady window, every role's path)"
