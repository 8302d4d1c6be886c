#!/usr/bin/env bash
# SLA compliance for a year at 1,000,000 vendor tickets (docs/benchmarks.md): generates the tickets with ~5 status
# changes each and their SLA outcomes (the portal's clock code) in an embedded PostgreSQL 17 on port 5444 (in the
# benchmark's JVM, gone when it ends), then times what the compliance tab asks for when it opens, side by side with
# a hand-written SQL group-by, after a warm-up. Fails when they disagree. Writes support.md and support-runs.tsv
# to target/bench/.
#
#   bash src/bench/support.sh   BENCH_SUPPORT_TICKETS=1000000 BENCH_SUPPORT_WARMUP=3 BENCH_SUPPORT_ROUNDS=9
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${BENCH_PORT_PG_SUPPORT:-5444}"
MVN_FLAGS="${MVN_FLAGS:--B}"
mkdir -p "$BENCH_OUT"
if (exec 3<>"/dev/tcp/$BENCH_HOST/$PORT") 2>/dev/null; then
    bench_log "port $PORT is in use; choose another (BENCH_PORT_PG_SUPPORT)"
    exit 1
fi

bench_log "support compliance: ${BENCH_SUPPORT_TICKETS:-1000000} tickets on PostgreSQL port $PORT"
(cd "$BENCH_ROOT" && ./mvnw $MVN_FLAGS -Pbench test -Dtest=ComplianceBench \
    -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
    -Dbench.pgPort="$PORT" -Dbench.out="$BENCH_OUT" -Dbench.tickets="${BENCH_SUPPORT_TICKETS:-1000000}" \
    -Dbench.warmup="${BENCH_SUPPORT_WARMUP:-3}" -Dbench.rounds="${BENCH_SUPPORT_ROUNDS:-9}") \
    >"$BENCH_OUT/support-maven.log" 2>&1 \
    || { bench_log "failed, see $BENCH_OUT/support-maven.log"; cat "$BENCH_OUT/support.md" 2>/dev/null; exit 1; }
{ bench_machine | sed 's/^/- /'; echo; } >>"$BENCH_OUT/support.md"
cat "$BENCH_OUT/support.md"
