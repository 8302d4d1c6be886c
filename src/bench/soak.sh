#!/usr/bin/env bash
# Soak (docs/benchmarks.md, "Soak"): the mixed load (MixSimulation, every role's path) at BENCH_SOAK_USERS users for
# BENCH_SOAK_MINUTES on load-mix.sh's PostgreSQL (a user whose round trip fails logs in again and goes on, as in
# db-fault.sh: the load must not fade away), sampling the app every BENCH_SOAK_EVERY seconds: heap after a full GC
# (jcmd GC.run, then GC.heap_info), open UI sessions (px.ui.sessions on the management port), threads, HikariCP's
# active and idle connections, open files (/proc/PID/fd) and RSS. When the users have logged out it signs in
# BENCH_SOAK_IDLE sessions that never log out and samples on until the (short, BENCH_SOAK_SESSION_TIMEOUT) session
# timeout has released them. Writes target/bench/soak.md (heap slope by a least-squares fit) and soak-samples.tsv.
#
#   bash src/bench/soak.sh   BENCH_SOAK_USERS=50 BENCH_SOAK_MINUTES=30 BENCH_SOAK_SESSION_TIMEOUT=2m
#                            (ports: BENCH_PORT_SOAK=8097, management 8197, PostgreSQL 5449)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/lib.sh"
source "$HERE/load-levels.sh"
source "$HERE/mix-db.sh"

APP_PORT="${BENCH_PORT_SOAK:-8097}"
MGMT_PORT="${BENCH_PORT_SOAK_MGMT:-8197}"
MIX_PG_PORT="${BENCH_PORT_PG_SOAK:-5449}"
USERS="${BENCH_SOAK_USERS:-50}"
MINUTES="${BENCH_SOAK_MINUTES:-30}"
RAMP="${BENCH_SOAK_RAMP:-30}"
EVERY="${BENCH_SOAK_EVERY:-30}"
TIMEOUT="${BENCH_SOAK_SESSION_TIMEOUT:-2m}"
IDLE="${BENCH_SOAK_IDLE:-20}"
MIX="${BENCH_LOAD_MIX:-productOwner=40,finance=20,steering=15,support=25}"
OUT="$BENCH_OUT/soak"
SAMPLES="$BENCH_OUT/soak-samples.tsv"
SUMMARY="$BENCH_OUT/soak.md"
LOG="$BENCH_OUT/soak-app.log"

[ -f "$BENCH_JAR" ] || { bench_log "missing $BENCH_JAR: run ./mvnw -B package -DskipTests"; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT"
LOAD_NAME=soak
[ "${BENCH_SKIP_COMPILE:-0}" = 1 ] || load_compile   # the simulation compiled already

SAMPLER_PID=
cleanup() {
    [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null
    bench_cleanup
    mix_db_stop
}
trap cleanup EXIT

mix_db_start "$MIX_PG_PORT" "$BENCH_OUT/soak-db.log"
export BENCH_APP_JVM_ARGS="${BENCH_APP_JVM_ARGS:--Xmx1g} -Dpx.rate-limit.enabled=false"
# The scrape token needs no database look-up (an admin's API token does): the samples still come when the pool is full.
TOKEN="bench-scrape-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
APP_PID=$(mix_app_start "$APP_PORT" "$MGMT_PORT" "$LOG" --server.servlet.session.timeout="$TIMEOUT" \
    --px.metrics.token="$TOKEN")
bench_log "app pid $APP_PID on port $APP_PORT (management $MGMT_PORT), session timeout $TIMEOUT"

JCMD="$BENCH_JDK/bin/jcmd"
START=$(bench_now_ms)
PHASE_FILE="$OUT/phase"
echo warm >"$PHASE_FILE"
sample() {
    local t used sessions threads active idle fds rss
    t=$(( ($(bench_now_ms) - START) / 1000 ))
    "$JCMD" "$APP_PID" GC.run >/dev/null 2>&1 || true
    used=$("$JCMD" "$APP_PID" GC.heap_info 2>/dev/null | sed -n 's/.*heap.* used \([0-9]*\)K.*/\1/p' | head -1)
    sessions=$(mix_metric "$MGMT_PORT" "$TOKEN" px.ui.sessions)
    active=$(mix_metric "$MGMT_PORT" "$TOKEN" hikaricp.connections.active)
    idle=$(mix_metric "$MGMT_PORT" "$TOKEN" hikaricp.connections.idle)
    threads=$(awk '/^Threads:/ {print $2}' "/proc/$APP_PID/status")
    fds=$(ls "/proc/$APP_PID/fd" | wc -l)
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status")
    echo -e "$t\t$(cat "$PHASE_FILE")\t$(awk -v k="${used:-0}" 'BEGIN {printf "%.1f", k / 1024}')\t$sessions\t$threads\t$active\t$idle\t$fds\t$(( rss / 1024 ))\t$(cut -d' ' -f1 /proc/loadavg)" >>"$SAMPLES"
}
echo -e "t_s\tphase\theap_after_gc_mb\tui_sessions\tthreads\thikari_active\thikari_idle\topen_files\trss_mb\tload_1m" >"$SAMPLES"
( while :; do sample; sleep "$EVERY"; done ) &
SAMPLER_PID=$!

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo load >"$PHASE_FILE"
bench_log "gatling: $USERS users for $MINUTES minutes (ramp ${RAMP}s)"
(cd "$BENCH_ROOT" && timeout $(( RAMP + MINUTES * 60 + 900 )) ./mvnw $MVN_FLAGS -Pbench gatling:test \
    -Dbench.simulation=io.pxportal.bench.MixSimulation -Dbench.baseUrl="http://$BENCH_HOST:$APP_PORT" \
    -Dbench.users="$USERS" -Dbench.rampSeconds="$RAMP" -Dbench.steadySeconds=$(( MINUTES * 60 )) \
    -Dbench.maxIterations=1000000 -Dbench.thinkMillisMin="$THINK_MIN" -Dbench.thinkMillisMax="$THINK_MAX" \
    -Dbench.mix="$MIX" -Dbench.recover=true -Dbench.label=soak -Dbench.resultsDir="$OUT" -Dbench.gatlingResults="$BENCH_OUT/gatling/soak") \
    >"$OUT/gatling.log" 2>&1 || bench_log "gatling ended with an error, see $OUT/gatling.log"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
bench_log "users logged out; sampling the sessions"
echo logged-out >"$PHASE_FILE"
sleep $(( EVERY * 2 ))

# Sessions that are left open: signed in (with a UI, as a browser tab) and then abandoned.
echo idle >"$PHASE_FILE"
for i in $(seq 1 "$IDLE"); do
    jar="$OUT/idle-$i.cookies"
    csrf=$(curl -s -c "$jar" -b "$jar" "http://$BENCH_HOST:$APP_PORT/login" | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p' | head -1)
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=olena" --data-urlencode "password=demo" \
        --data-urlencode "_csrf=$csrf" "http://$BENCH_HOST:$APP_PORT/login"
    curl -s -o /dev/null -c "$jar" -b "$jar" "http://$BENCH_HOST:$APP_PORT/?v-r=init&location=&query="
done
IDLE_AT=$(( ($(bench_now_ms) - START) / 1000 ))
bench_log "$IDLE sessions left open at ${IDLE_AT}s; waiting for the timeout ($TIMEOUT)"
sample
limit_s=$(( $(echo "$TIMEOUT" | sed -e 's/m$/*60/' -e 's/s$//' | bc) + 240 ))
RELEASED=
for _ in $(seq 1 $(( limit_s / 10 ))); do
    sleep 10
    s=$(mix_metric "$MGMT_PORT" "$TOKEN" px.ui.sessions)
    if [ "${s%.*}" = 0 ]; then RELEASED=$(( ($(bench_now_ms) - START) / 1000 )); break; fi
done
echo released >"$PHASE_FILE"
sample
kill "$SAMPLER_PID" 2>/dev/null; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=
ERRORS_LOGGED=$(grep -c " ERROR " "$LOG" || true)

# Heap slope over the load phase (least squares, MB per hour), skipping the first 5 minutes (warm-up, caches).
fit() {
    awk -F'\t' -v col="$1" 'NR > 1 && $2 == "load" && $1 >= 300 && $col != "n/a" {
        n++; x = $1 / 3600; y = $col; sx += x; sy += y; sxx += x * x; sxy += x * y; if (!min || y < min) min = y; if (y > max) max = y }
        END { if (n < 3) { print "n/a"; exit } b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
              printf "%.1f per hour (%d samples, %.1f–%.1f)", b, n, min, max }' "$SAMPLES"
}
range() { awk -F'\t' -v col="$1" -v ph="$2" 'NR > 1 && $2 == ph && $col != "n/a" { if (!n++ || $col < min) min = $col; if ($col > max) max = $col }
    END { if (n) printf "%s–%s", min, max; else print "n/a" }' "$SAMPLES"; }

{
    echo "## Soak: $USERS users of the mix for $MINUTES minutes on PostgreSQL"
    echo
    bench_machine | sed 's/^/- /'
    echo "- load average before / after the load: $LOAD_BEFORE / $LOAD_AFTER"
    echo "- mix $MIX; think time ${THINK_MIN}–${THINK_MAX} ms; each user loops over its path and logs out at the end"
    echo "- app: ${BENCH_APP_JVM_ARGS}, session timeout $TIMEOUT (for this run), sampled every ${EVERY} s (a full GC each time)"
    echo
    echo "| during the load (after 5 minutes) | slope / range |"
    echo "|---|---|"
    echo "| heap after full GC, MB | $(fit 3) |"
    echo "| RSS, MB | $(fit 9) |"
    echo "| UI sessions | $(range 4 load) |"
    echo "| threads | $(range 5 load) |"
    echo "| Hikari active / idle | $(range 6 load) / $(range 7 load) |"
    echo "| open files | $(range 8 load) |"
    echo
    echo "After the load: UI sessions once every user logged out: $(range 4 logged-out); threads $(range 5 logged-out),"
    echo "open files $(range 8 logged-out), heap $(range 3 logged-out) MB. $IDLE sessions signed in and left open at ${IDLE_AT} s:"
    echo "all released ${RELEASED:+at ${RELEASED} s, $(( RELEASED - IDLE_AT )) s later (timeout $TIMEOUT; Tomcat looks for expired sessions every 60 s)}$([ -n "$RELEASED" ] || echo "**not within the timeout + 4 minutes**")."
    echo "ERROR lines in the app log: $ERRORS_LOGGED."
    echo
    echo '```'
    cat "$OUT/soak.txt" 2>/dev/null || echo "(no round-trip summary)"
    echo '```'
    echo
    echo "Samples: \`${SAMPLES#"$BENCH_ROOT"/}\`."
} >"$SUMMARY"
cat "$SUMMARY"
