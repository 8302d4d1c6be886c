#!/usr/bin/env bash
# Finance overview at 1,000,000 cost lines (docs/benchmarks.md): loads 50 platforms' cost lines over four fiscal
# years (six categories, five currencies with monthly FX rates, actual and committed) and their budgets into an
# embedded PostgreSQL on port 5443 (in the benchmark's JVM, gone when it ends), then times side by side, after a
# warm-up: (a) a hand-written SQL query of the figures the finance overview shows, from the monthly sums of the
# cost lines (cost_line_month), (b) everything the finance
# overview view asks the services for when it opens, as a finance user. Fails when (a) and (b) disagree on any
# figure. Writes finance.md and finance-runs.tsv to target/bench/.
#
#   bash src/bench/finance.sh   BENCH_FIN_LINES=1000000 BENCH_FIN_WARMUP=3 BENCH_FIN_ROUNDS=9
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${BENCH_PORT_PG_FINANCE:-5443}"
bench_log "finance overview: ${BENCH_FIN_LINES:-1000000} cost lines on PostgreSQL port $PORT"
bench_maven_pg finance FinanceOverviewBench "$PORT" BENCH_PORT_PG_FINANCE \
    -Dbench.lines="${BENCH_FIN_LINES:-1000000}" -Dbench.warmup="${BENCH_FIN_WARMUP:-3}" \
    -Dbench.rounds="${BENCH_FIN_ROUNDS:-9}"
