#!/usr/bin/env bash
# Steering pack render time (docs/benchmarks.md): renders the demo reviews' packs (5 platforms) in one JVM through
# SteeringPackService — warm-up, then repeated timed renders — and writes target/bench/pack.md.
#
#   bash src/bench/pack.sh     BENCH_PACK_WARMUP=20 BENCH_PACK_RUNS=50
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SUMMARY="$BENCH_OUT/pack.md"
mkdir -p "$BENCH_OUT"
(cd "$BENCH_ROOT" && ./mvnw ${MVN_FLAGS:--B} -q -Pbench test -Dtest=SteeringPackBench \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbench.pack.warmup="${BENCH_PACK_WARMUP:-20}" \
    -Dbench.pack.runs="${BENCH_PACK_RUNS:-50}" -Dbench.pack.out="$BENCH_OUT/pack-results.md") >"$BENCH_OUT/pack-run.log" 2>&1 \
    || { bench_log "pack benchmark failed, see $BENCH_OUT/pack-run.log"; exit 1; }
{
    echo "## Steering pack render time"
    echo
    bench_machine | sed 's/^/- /'
    echo
    cat "$BENCH_OUT/pack-results.md"
} >"$SUMMARY.tmp"
mv "$SUMMARY.tmp" "$SUMMARY"
cat "$SUMMARY"
