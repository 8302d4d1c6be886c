#!/usr/bin/env bash
# All benchmarks in one go (docs/benchmarks.md): builds the production jar, then
#   1. start-up time and RSS, without and with a JDK AOT cache   (src/bench/startup.sh)
#   2. retained heap per logged-in UI session at 50 and 200      (src/bench/heap.sh)
#   3. Gatling load test at 50 and 200 concurrent users          (src/bench/load.sh)
#   4. licence position of 5,000 pools vs a hand-written SQL aggregate, on PostgreSQL (src/bench/licence-position.sh)
#   5. import of 1,000,000 usage rows vs PostgreSQL COPY          (src/bench/import.sh)
#   6. steering pack render time, 5 platforms                    (src/bench/pack.sh)
#   7. finance overview at 1,000,000 cost lines vs a hand-written SQL group-by, on PostgreSQL (src/bench/finance.sh)
#   8. experience scores of 50 platforms × 8 quarters, scorecard page (src/bench/experience.sh)
#   9. SLA compliance for a year at 1,000,000 tickets vs a hand-written SQL group-by, on PostgreSQL (src/bench/support.sh)
#  10. ticket import of 1,000,000 rows vs PostgreSQL COPY of the same file                  (src/bench/ticket-import.sh)
#  11. import speed of 10,000 rows of each of nine everyday record types, H2 and PostgreSQL (src/bench/import-speed.sh)
# and writes target/bench/summary.md (plus the raw results next to it). About 2 hours on 2 cores.
#
#   bash src/bench/run-benchmarks.sh
#   BENCH_PARTS="startup heap" BENCH_SKIP_BUILD=1 MVN_FLAGS="-B -o" bash src/bench/run-benchmarks.sh
# Only loopback addresses are used; ports 8091-8093 (BENCH_PORT_STARTUP/HEAP/LOAD), 5441-5443 (PostgreSQL).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/lib.sh"

PARTS="${BENCH_PARTS:-startup heap load licence-position import pack finance experience support ticket-import import-speed}"
MVN_FLAGS="${MVN_FLAGS:--B}"
export MVN_FLAGS

mkdir -p "$BENCH_OUT"
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
    bench_log "building the production jar"
    (cd "$BENCH_ROOT" && ./mvnw $MVN_FLAGS -q package -DskipTests) >"$BENCH_OUT/build.log" 2>&1 \
        || { bench_log "build failed, see $BENCH_OUT/build.log"; exit 1; }
fi

status=0
for part in $PARTS; do
    bench_log "=== $part ==="
    rm -f "$BENCH_OUT/$part.md"
    bash "$HERE/$part.sh" >"$BENCH_OUT/$part.log" 2>&1 || { status=1; bench_log "$part failed, see $BENCH_OUT/$part.log"; }
done

{
    echo "# PX Portal benchmarks"
    echo
    bench_machine | sed 's/^/- /'
    echo
    for part in $PARTS; do
        [ -f "$BENCH_OUT/$part.md" ] && cat "$BENCH_OUT/$part.md" && echo
    done
} >"$BENCH_OUT/summary.md"
bench_log "results: $BENCH_OUT/summary.md"
cat "$BENCH_OUT/summary.md"
exit $status
