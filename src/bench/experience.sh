#!/usr/bin/env bash
# Experience scores (docs/benchmarks.md): every score of 50 platforms × 8 quarters, and the scorecard page
# of one platform, in one JVM with the portal's Spring context and the demo data at px.demo.scale=16 (H2 in memory),
# through ScoreService as a steering user; writes target/bench/experience.md.
#
#   bash src/bench/experience.sh     BENCH_EXP_WARMUP=3 BENCH_EXP_ROUNDS=9 BENCH_EXP_PAGE_WARMUP=20 BENCH_EXP_PAGES=50
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SUMMARY="$BENCH_OUT/experience.md"
mkdir -p "$BENCH_OUT"
before="$(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$BENCH_ROOT" && ./mvnw ${MVN_FLAGS:--B} -q -Pbench test -Dtest=ExperienceScoresBench \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbench.exp.warmup="${BENCH_EXP_WARMUP:-3}" \
    -Dbench.exp.rounds="${BENCH_EXP_ROUNDS:-9}" -Dbench.exp.page-warmup="${BENCH_EXP_PAGE_WARMUP:-20}" \
    -Dbench.exp.pages="${BENCH_EXP_PAGES:-50}" -Dbench.exp.out="$BENCH_OUT/experience-results.md") \
    >"$BENCH_OUT/experience-run.log" 2>&1 \
    || { bench_log "experience benchmark failed, see $BENCH_OUT/experience-run.log"; exit 1; }
{
    echo "## Experience scores: 50 platforms × 8 quarters, and the scorecard page"
    echo
    bench_machine | sed 's/^/- /'
    echo "- load average before: $before"
    echo
    cat "$BENCH_OUT/experience-results.md"
} >"$SUMMARY.tmp"
mv "$SUMMARY.tmp" "$SUMMARY"
cat "$SUMMARY"
