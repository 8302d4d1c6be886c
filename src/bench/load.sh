#!/usr/bin/env bash
# Load test: Gatling (Java DSL, src/bench/java/io/pxportal/bench/PortalSimulation.java) against the production
# jar (demo profile, demo data ×100, H2): portfolio, platforms and vendors. One warm-up run, then each user level
# (default 50 and 200 concurrent users) BENCH_LOAD_REPEATS times, interleaved, on the same warm JVM; medians over
# the repeats are reported. Every virtual user logs out at the end, so the sessions of one run do not weigh on the
# next. Every role's path on PostgreSQL: load-mix.sh.
#
#   bash src/bench/load.sh   BENCH_LOAD_USERS="50 200" BENCH_LOAD_REPEATS=3 BENCH_LOAD_RAMP=30 BENCH_LOAD_STEADY=120
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/lib.sh"
source "$HERE/load-levels.sh"

LOAD_NAME=load
LOAD_SIMULATION=PortalSimulation
LOAD_PORT="${BENCH_PORT_LOAD:-8093}"
LOAD_DATA="demo data ×${BENCH_SCALE:-100} on H2"
LOAD_EXTRA=()

[ -f "$BENCH_JAR" ] || { bench_log "missing $BENCH_JAR: run ./mvnw -B package -DskipTests"; exit 1; }
bench_port_free "$LOAD_PORT"
mkdir -p "$BENCH_OUT"
load_compile

LOAD_LOG="$BENCH_OUT/load-app.log"
LOAD_PID=$(bench_start_scaled "$LOAD_PORT" "$LOAD_LOG")
bench_log "load: app pid $LOAD_PID on port $LOAD_PORT"

load_run_levels
bench_stop "$LOAD_PID"
load_summary "Load test (Gatling, UIDL round trips in the steady window)"
