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
bench_log "licence position: ${BENCH_LP_POOLS:-5000} pools × ${BENCH_LP_MONTHS:-36} months on PostgreSQL port $PORT"
bench_maven_pg licence-position LicencePositionBench "$PORT" BENCH_PORT_PG \
    -Dbench.pools="${BENCH_LP_POOLS:-5000}" -Dbench.months="${BENCH_LP_MONTHS:-36}" \
    -Dbench.warmup="${BENCH_LP_WARMUP:-3}" -Dbench.rounds="${BENCH_LP_ROUNDS:-9}"
