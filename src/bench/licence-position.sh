#!/usr/bin/env bash
# Effective licence position at 5,000 pools (docs/benchmarks.md): loads 5,000 entitlement pools × 36 monthly
# measurements into an embedded PostgreSQL on port 5442 (in the benchmark's JVM, gone when it ends), then times
# side by side, after a warm-up: (a) a hand-written SQL aggregate of every pool's position, (b) the portal's
# EntitlementService for all pools, (c) what the licence position view asks for its first page. Fails when (a)
# and (b) disagree on any pool. Writes licence-position.md and licence-position-runs.tsv to target/bench/.
#
#   bash src/bench/licence-position.sh   BENCH_LP_POOLS=5000 BENCH_LP_MONTHS=36 BENCH_LP_WARMUP=3 BENCH_LP_ROUNDS=9
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${BENCH_PORT_PG:-5442}"
MVN_FLAGS="${MVN_FLAGS:--B}"
mkdir -p "$BENCH_OUT"
if (exec 3<>"/dev/tcp/$BENCH_HOST/$PORT") 2>/dev/null; then
    bench_log "port $PORT is in use; choose another (BENCH_PORT_PG)"
    exit 1
fi

bench_log "licence position: ${BENCH_LP_POOLS:-5000} pools × ${BENCH_LP_MONTHS:-36} months on PostgreSQL port $PORT"
(cd "$BENCH_ROOT" && ./mvnw $MVN_FLAGS -Pbench test -Dtest=LicencePositionBench \
    -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
    -Dbench.pgPort="$PORT" -Dbench.out="$BENCH_OUT" \
    -Dbench.pools="${BENCH_LP_POOLS:-5000}" -Dbench.months="${BENCH_LP_MONTHS:-36}" \
    -Dbench.warmup="${BENCH_LP_WARMUP:-3}" -Dbench.rounds="${BENCH_LP_ROUNDS:-9}") \
    >"$BENCH_OUT/licence-position-maven.log" 2>&1 \
    || { bench_log "failed, see $BENCH_OUT/licence-position-maven.log"; cat "$BENCH_OUT/licence-position.md" 2>/dev/null; exit 1; }
{ bench_machine | sed 's/^/- /'; echo; } >>"$BENCH_OUT/licence-position.md"
cat "$BENCH_OUT/licence-position.md"
