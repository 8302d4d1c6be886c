#!/usr/bin/env bash
# Import speed of the nine everyday record types (docs/benchmarks.md, "Import speed of everyday files"): 10,000 rows
# each of vendors, platforms, contracts, entitlements, cost lines, budgets, experience observations, roadmap items
# and alignment ratings through the import wizard's ImportWizard calls (upload, preview, validate, commit), median
# of 3 rounds, on a fresh H2 file database and then on an embedded PostgreSQL 17 (port 5446); writes
# target/bench/import-speed.md.
#
#   bash src/bench/import-speed.sh   BENCH_SPEED_ROWS=10000 BENCH_SPEED_RUNS=3 BENCH_SPEED_DBS="h2 postgres"
#                                    BENCH_SPEED_TYPES=vendors,platforms (a type needs the ones before it)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SUMMARY="$BENCH_OUT/import-speed.md"
mkdir -p "$BENCH_OUT"
{
    echo "## Import speed of everyday files"
    echo
    bench_machine | sed 's/^/- /'
    echo "- load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
} >"$SUMMARY.tmp"
for db in ${BENCH_SPEED_DBS:-h2 postgres}; do
    bench_log "import speed on $db"
    (cd "$BENCH_ROOT" && ./mvnw ${MVN_FLAGS:--B} -q -Pbench test -Dtest=ImportSpeedBench \
        -Dsurefire.failIfNoSpecifiedTests=false -Dbench.speed.db="$db" -Dbench.speed.rows="${BENCH_SPEED_ROWS:-10000}" \
        -Dbench.speed.runs="${BENCH_SPEED_RUNS:-3}" -Dbench.speed.types="${BENCH_SPEED_TYPES:-}" \
        -Dbench.pgPort="${BENCH_PORT_PG_SPEED:-5446}" -Dbench.out="$BENCH_OUT") \
        >"$BENCH_OUT/import-speed-$db.log" 2>&1 \
        || { bench_log "import speed benchmark failed on $db, see $BENCH_OUT/import-speed-$db.log"; exit 1; }
    { echo "### $db"; echo; cat "$BENCH_OUT/import-speed-results.md"; echo; } >>"$SUMMARY.tmp"
done
mv "$SUMMARY.tmp" "$SUMMARY"
cat "$SUMMARY"
