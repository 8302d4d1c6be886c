#!/usr/bin/env bash
# Retained heap per logged-in UI session: starts the production jar (demo profile, --px.demo.scale=100),
# then SessionHeapBench logs in 50, then 200 sessions over HTTP (real Vaadin UIs on a view) and reads the
# live heap after full GCs with jcmd. One fresh JVM per view measured.
#
#   bash src/bench/heap.sh     BENCH_HEAP_COUNTS=50,200 BENCH_HEAP_ROUTES="portfolio platforms" BENCH_PORT_HEAP=8092
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${BENCH_PORT_HEAP:-8092}"
COUNTS="${BENCH_HEAP_COUNTS:-50,200}"
ROUTES="${BENCH_HEAP_ROUTES:-portfolio platforms}"
SCALE="${BENCH_SCALE:-100}"
SUMMARY="$BENCH_OUT/heap.md"
# Hundreds of sign-ins from one address within a minute: the login rate limit would refuse them (429)
export BENCH_APP_JVM_ARGS="${BENCH_APP_JVM_ARGS:-} -Dpx.rate-limit.enabled=false"

[ -f "$BENCH_JAR" ] || { bench_log "missing $BENCH_JAR: run ./mvnw -B package -DskipTests"; exit 1; }
bench_port_free "$PORT"
mkdir -p "$BENCH_OUT"

{
    echo "## Retained heap per logged-in UI session (demo data ×$SCALE)"
    echo
    bench_machine | sed 's/^/- /'
    echo
} >"$SUMMARY"

for name in $ROUTES; do
    case "$name" in portfolio) route="" ;; *) route="$name" ;; esac
    log="$BENCH_OUT/heap-$name-app.log"
    pid=$(bench_start_scaled "$PORT" "$log")
    bench_log "heap: view '$name', sessions $COUNTS, app pid $pid"
    "$JAVA" "$BENCH_ROOT/src/bench/java/io/pxportal/bench/SessionHeapBench.java" --base "http://$BENCH_HOST:$PORT" \
        --pid "$pid" --counts "$COUNTS" --route "$route" --out "$BENCH_OUT/heap-$name.json" \
        || { bench_stop "$pid"; bench_log "heap driver failed"; exit 1; }
    bench_stop "$pid"
    {
        echo "### View \"$name\""
        echo
        echo '```'
        cat "$BENCH_OUT/heap-$name.txt"
        echo '```'
        echo
    } >>"$SUMMARY"
done
cat "$SUMMARY"
