#!/usr/bin/env bash
# Database faults (docs/benchmarks.md, "Database outage"): the mixed load (MixSimulation, every role's path) at
# BENCH_FAULT_USERS users and a ticket import of BENCH_FAULT_ROWS rows through the REST API, while PostgreSQL is
# stopped for BENCH_FAULT_OUTAGE seconds and started again; the portal is not restarted. Measures what users get
# during the outage (probes sent every 0.5 s, each on its own: readiness, a REST call, a page; the failed round trips of the simulation
# with what they showed), the seconds until the portal serves again once PostgreSQL is back, what became of the
# import (its answer, its job in the import log, its rows) and whether the same file imports afterwards, and the
# share of failed requests. Reuses load-mix.sh's database (loaded once per size). Writes target/bench/db-fault.md.
#
#   bash src/bench/db-fault.sh   BENCH_FAULT_USERS=50 BENCH_FAULT_ROWS=1000000 BENCH_FAULT_OUTAGE=20
#                                BENCH_FAULT_STEADY=300 (ports: BENCH_PORT_FAULT=8096, 8196, PostgreSQL 5448)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/lib.sh"
source "$HERE/load-levels.sh"
source "$HERE/mix-db.sh"

APP_PORT="${BENCH_PORT_FAULT:-8096}"
MGMT_PORT="${BENCH_PORT_FAULT_MGMT:-8196}"
MIX_PG_PORT="${BENCH_PORT_PG_FAULT:-5448}"
USERS="${BENCH_FAULT_USERS:-50}"
RAMP="${BENCH_FAULT_RAMP:-30}"
STEADY="${BENCH_FAULT_STEADY:-300}"
ROWS="${BENCH_FAULT_ROWS:-1000000}"
OUTAGE="${BENCH_FAULT_OUTAGE:-20}"
# the import starts this long after the ramp; PostgreSQL stops once the import has been writing for STOP_AFTER s
STOP_AFTER="${BENCH_FAULT_STOP_AFTER:-20}"
MIX="${BENCH_LOAD_MIX:-productOwner=40,finance=20,steering=15,support=25}"
OUT="$BENCH_OUT/db-fault"
SUMMARY="$BENCH_OUT/db-fault.md"
LOG="$BENCH_OUT/db-fault-app.log"

[ -f "$BENCH_JAR" ] || { bench_log "missing $BENCH_JAR: run ./mvnw -B package -DskipTests"; exit 1; }
command -v psql >/dev/null || { bench_log "psql is needed (the token, the job and the row counts)"; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT"
LOAD_NAME=db-fault
[ "${BENCH_SKIP_COMPILE:-0}" = 1 ] || load_compile   # the simulation compiled already

# PostgreSQL refuses to run as root ("root" execution of the PostgreSQL server is not permitted), and the embedded
# server's data directory belongs to the user that made it. Started again by root, the server runs as BENCH_PG_OS_USER
# (default postgres, as startup.sh's server), which owns the data directory for as long as it runs; the directory is
# given back to its owner when the script ends, so that the next embedded start (load-mix.sh, soak.sh) finds it as before.
PG_OS_USER="${BENCH_PG_OS_USER:-postgres}"
PG_DATA_OWNER=
pg_as() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi
}
pg_own_for_restart() {
    [ "$(id -u)" = 0 ] || return 0
    PG_DATA_OWNER=$(stat -c %u:%g "$MIX_PG_DATA")
    chown -R "$PG_OS_USER" "$MIX_PG_DATA"
}
pg_give_back() {
    [ -n "$PG_DATA_OWNER" ] && chown -R "$PG_DATA_OWNER" "$MIX_PG_DATA"
    PG_DATA_OWNER=
}

PROBE_PID=
cleanup() {
    [ -n "$PROBE_PID" ] && kill "$PROBE_PID" 2>/dev/null
    bench_cleanup
    # PostgreSQL may be the one this script started again: stop it (fast shutdown) before its JVM looks for it
    if [ -n "${PG_RESTARTED:-}" ] && [ -n "${PG_PID:-}" ] && kill -0 "$PG_PID" 2>/dev/null; then
        kill -INT "$PG_PID"
        for _ in $(seq 1 300); do kill -0 "$PG_PID" 2>/dev/null || break; sleep 0.1; done
    fi
    pg_give_back
    mix_db_stop
}
trap cleanup EXIT

bench_log "database: demo data ×$MIX_SCALE, $MIX_LINES cost lines, $MIX_TICKETS tickets on port $MIX_PG_PORT"
mix_db_start "$MIX_PG_PORT" "$BENCH_OUT/db-fault-db.log"

# The running server's binaries and its command line (postmaster.opts), to stop it and start it again.
PG_PID=$(head -1 "$MIX_PG_DATA/postmaster.pid")
PG_BIN=$(dirname "$(readlink "/proc/$PG_PID/exe")")
PG_OPTS=$(sed -e 's/^[^ ]* //' -e 's/"//g' -e 's/-D [^ ]* *//' "$MIX_PG_DATA/postmaster.opts")
bench_log "PostgreSQL pid $PG_PID ($PG_BIN, options: $PG_OPTS)"

# -Dpx.rate-limit.enabled=false: all virtual users sign in from one address within seconds
export BENCH_APP_JVM_ARGS="${BENCH_APP_JVM_ARGS:--Xmx1g} -Dpx.rate-limit.enabled=false"
APP_PID=$(mix_app_start "$APP_PORT" "$MGMT_PORT" "$LOG" --px.import.max-file-size=1GB)
bench_log "app pid $APP_PID on port $APP_PORT (management $MGMT_PORT)"
TOKEN=$(mix_admin_token)
API="http://$BENCH_HOST:$APP_PORT/api/v1"

# The file: a vendor portal's export on the platforms the load test's tickets use; case ids of its own.
PLATFORMS="$OUT/platforms.txt"
mix_psql "select p.name from platform p where exists (select 1 from vendor_ticket t where t.platform_id = p.id)
    order by p.name limit 40" >"$PLATFORMS"
CSV="$OUT/tickets-$ROWS.csv"
awk -v rows="$ROWS" -v now="$(date +%s)" 'NR == FNR { p[n++] = $0; next } END {
    print "Configuration item,Number,Priority,Short description,Opened,State,Updated,Responded,Resolved,Closed"
    step = int((700 * 86400) / rows); if (step < 1) step = 1
    for (i = 1; i <= rows; i++) {
        h = (i * 2654435761) % 1000003
        sev = h % 100 < 3 ? "P1" : h % 100 < 15 ? "P2" : h % 100 < 60 ? "P3" : "P4"
        # 10:00 on whole days keeps every time clear of daylight-saving gaps
        o = now - 720 * 86400 + i * step; o = o - o % 86400 + 36000
        r = o + 300 + (h % 60) * 60; s = r + 7200 + (h % 50) * 3600; c = s + 2 * 86400
        printf "%s,FLT%08d,%s,Statements of run %d fail to render,%s,Closed,%s,%s,%s,%s\n", p[i % n], i, sev, i % 997,
            strftime("%Y-%m-%d %H:%M", o, 1), strftime("%Y-%m-%d %H:%M", c, 1), strftime("%Y-%m-%d %H:%M", r, 1),
            strftime("%Y-%m-%d %H:%M", s, 1), strftime("%Y-%m-%d %H:%M", c, 1)
    } }' "$PLATFORMS" /dev/null >"$CSV"
bench_log "file: $(( $(wc -l <"$CSV") - 1 )) tickets, $(( $(stat -c %s "$CSV") / 1000000 )) MB, $(wc -l <"$PLATFORMS") platforms"
mix_psql "select count(*) from vendor_ticket where case_id like 'FLT%'" >"$OUT/flt-before.txt"

# A signed-in browser session for the page probe (CSRF token from the login page, as SessionHeapBench does).
JAR="$OUT/probe.cookies"
csrf=$(curl -s -c "$JAR" -b "$JAR" "http://$BENCH_HOST:$APP_PORT/login" | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=olena" --data-urlencode "password=demo" \
    --data-urlencode "_csrf=$csrf" "http://$BENCH_HOST:$APP_PORT/login"

# Probes: every 0.5 s readiness (management port: includes the database) and a REST call that reads the database,
# every 2 s a page (a new UI on /contracts in the signed-in session, as a reload does). Each probe is sent on its
# own, without waiting for the one before (an answer can take the pool's connection time-out while the database is
# away, and the probes must go on meanwhile); one line each: when it was sent, what, HTTP status, ms. The bodies of
# the first failures are kept.
probe_once() {
    local kind=$1 t code ms body="$OUT/probe-$1-$2.body"
    t=$(bench_now_ms)
    case "$kind" in
        readiness) read -r code ms <<<"$(curl -s -o "$body" --max-time 20 -w '%{http_code} %{time_total}' \
            "http://$BENCH_HOST:$MGMT_PORT/actuator/health/readiness" || true)" ;;
        api) read -r code ms <<<"$(curl -s -o "$body" --max-time 20 -w '%{http_code} %{time_total}' \
            -H "Authorization: Bearer $TOKEN" -H 'Accept-Language: en' "$API/platforms?size=1" || true)" ;;
        page) read -r code ms <<<"$(curl -s -o "$body" --max-time 20 -w '%{http_code} %{time_total}' -b "$JAR" \
            "http://$BENCH_HOST:$APP_PORT/?v-r=init&location=contracts&query=" || true)"
            grep -q "Something went wrong" "$body" 2>/dev/null && code="$code-error-page" ;;
    esac
    if [ "$code" != 200 ] && [ ! -f "$OUT/$kind-failed.json" ]; then
        cp "$body" "$OUT/$kind-failed.json" 2>/dev/null || touch "$OUT/$kind-failed.json"
    fi
    rm -f "$body"
    echo -e "$t\t$kind\t${code:-000}\t$(awk -v s="${ms:-0}" 'BEGIN {printf "%.0f", s * 1000}')" >>"$OUT/probe.tsv"
}
probe() {
    local n=0
    while :; do
        probe_once readiness "$n" &
        probe_once api "$n" &
        [ $(( n % 4 )) = 0 ] && probe_once page "$n" &
        n=$(( n + 1 ))
        sleep 0.5
    done
}
echo -e "sent_epoch_ms\tprobe\tstatus\tms" >"$OUT/probe.tsv"
probe &
PROBE_PID=$!

LOAD_LOAD_AVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
CPU0=$(load_cpu_seconds "$APP_PID")
bench_log "gatling: $USERS users (recovering after failures), ramp ${RAMP}s, steady ${STEADY}s"
(cd "$BENCH_ROOT" && timeout $(( RAMP + STEADY + 900 )) ./mvnw $MVN_FLAGS -Pbench gatling:test \
    -Dbench.simulation=io.pxportal.bench.MixSimulation -Dbench.baseUrl="http://$BENCH_HOST:$APP_PORT" \
    -Dbench.users="$USERS" -Dbench.rampSeconds="$RAMP" -Dbench.steadySeconds="$STEADY" -Dbench.maxIterations=100000 \
    -Dbench.thinkMillisMin="$THINK_MIN" -Dbench.thinkMillisMax="$THINK_MAX" -Dbench.mix="$MIX" -Dbench.recover=true \
    -Dbench.label=db-fault -Dbench.resultsDir="$OUT" -Dbench.gatlingResults="$BENCH_OUT/gatling/db-fault") \
    >"$OUT/gatling.log" 2>&1 &
GATLING_PID=$!
# Maven and Gatling take minutes to get to the first user on a busy machine (Maven's "Running simulation" comes
# minutes before Gatling's own "started"): the outage must come while the users run
for _ in $(seq 1 2400); do
    grep -q "Simulation io.pxportal.bench.MixSimulation started" "$OUT/gatling.log" 2>/dev/null && break
    kill -0 "$GATLING_PID" 2>/dev/null || { bench_log "gatling ended before it ran, see $OUT/gatling.log"; exit 1; }
    sleep 0.5
done
bench_log "simulation running; the import starts in $(( RAMP + 15 ))s"
sleep $(( RAMP + 15 ))

# The import through the API, as an integration would send it; then wait until it writes.
import_file() {
    curl -s -o "$OUT/$1.json" -w '%{http_code} %{time_total}\n' --max-time "${2:-3600}" -H "Authorization: Bearer $TOKEN" \
        -H 'Accept-Language: en' -F "file=@$CSV;type=text/csv" "$API/import/tickets" >"$OUT/$1.status" 2>&1 || true
}
IMPORT_STARTED=$(bench_now_ms)
import_file import-1 &
IMPORT_PID=$!
JOB=
for _ in $(seq 1 600); do
    JOB=$(mix_psql "select id from import_job where file_name = '$(basename "$CSV")' and status = 'VALIDATING'
        order by id desc limit 1" 2>/dev/null || true)
    [ -n "$JOB" ] && break
    sleep 0.5
done
[ -n "$JOB" ] || { bench_log "the import did not start, see $OUT/import-1.json"; exit 1; }
bench_log "import job $JOB running; PostgreSQL stops in ${STOP_AFTER}s"
sleep "$STOP_AFTER"
mix_psql "select status, processed_rows from import_job where id = $JOB" >"$OUT/job-before-outage.txt" || true

DOWN=$(bench_now_ms)
# SIGINT is PostgreSQL's fast shutdown (every connection ended); not pg_ctl, which refuses to run as root
kill -INT "$PG_PID"
for _ in $(seq 1 600); do kill -0 "$PG_PID" 2>/dev/null || break; sleep 0.1; done
DOWN_DONE=$(bench_now_ms)
bench_log "PostgreSQL stopped ($(( DOWN_DONE - DOWN )) ms); starting it again in ${OUTAGE}s"
sleep "$OUTAGE"
pg_own_for_restart
UP=$(bench_now_ms)
PG_RESTARTED=1
# shellcheck disable=SC2086
(pg_as setsid "$PG_BIN/postgres" -D "$MIX_PG_DATA" $PG_OPTS >"$OUT/pg-restart.log" 2>&1 &)
for _ in $(seq 1 600); do mix_psql "select 1" >/dev/null 2>&1 && break; sleep 0.1; done
PG_PID=$(head -1 "$MIX_PG_DATA/postmaster.pid" 2>/dev/null || true)
[ -n "$PG_PID" ] || bench_log "PostgreSQL did not start again, see $OUT/pg-restart.log"
UP_DONE=$(bench_now_ms)
# the server's own word for when it accepted connections, when it logged one (psql takes its time on a busy machine)
PG_READY=$(sed -n 's/^\([0-9-]* [0-9:.]*\) UTC.*ready to accept connections.*/\1/p' "$OUT/pg-restart.log" | head -1)
[ -n "$PG_READY" ] && UP_DONE=$(date -ud "$PG_READY" +%s%3N)
bench_log "PostgreSQL accepting connections again ($(( UP_DONE - UP )) ms)"

# Until the portal serves again: the moment both readiness and the REST call have answered 200 after PostgreSQL was
# back (the later of the two first such answers, when they came, not when they were sent).
served_at() {
    awk -F'\t' -v up="$UP_DONE" 'NR > 1 && $3 == 200 && $1 + $4 >= up {
            e = $1 + $4; if (!($2 in first) || e < first[$2]) first[$2] = e }
        END { if (("readiness" in first) && ("api" in first))
                  printf "%.0f\n", (first["readiness"] > first["api"] ? first["readiness"] : first["api"]) }' "$OUT/probe.tsv"
}
SERVES=
for _ in $(seq 1 240); do
    sleep 0.5
    SERVES=$(served_at)
    [ -n "$SERVES" ] && break
done
# answers still on their way when it was first seen may have come earlier
sleep 21
SERVES=$(served_at)
bench_log "portal serving again: ${SERVES:+$(( SERVES - UP_DONE )) ms after PostgreSQL was back}$([ -n "$SERVES" ] || echo "not within 120 s")"

wait "$IMPORT_PID" || true
IMPORT_ENDED=$(bench_now_ms)
mix_psql "select id, status, processed_rows, message_key, message_argument from import_job where id = $JOB" \
    >"$OUT/job-after.txt" || true
# a job left "running" is failed as interrupted once its heartbeat is 2 minutes old and somebody looks at it
FLT_AFTER=$(mix_psql "select count(*) from vendor_ticket where case_id like 'FLT%'" || echo n/a)
bench_log "import 1: $(cat "$OUT/import-1.status"); job: $(cat "$OUT/job-after.txt"); its tickets in the database: $FLT_AFTER"

wait "$GATLING_PID" || bench_log "gatling ended with an error, see $OUT/gatling.log"
CPU1=$(load_cpu_seconds "$APP_PID")
kill "$PROBE_PID" 2>/dev/null; wait "$PROBE_PID" 2>/dev/null || true; PROBE_PID=

# The same file again, now that the database is back: must import whole.
bench_log "re-running the import"
RERUN_STARTED=$(bench_now_ms)
# BENCH_FAULT_RERUN_TIMEOUT bounds the wait (the import goes on in the portal if the wait ends first)
import_file import-2 "${BENCH_FAULT_RERUN_TIMEOUT:-3600}"
RERUN_ENDED=$(bench_now_ms)
FLT_RERUN=$(mix_psql "select count(*) from vendor_ticket where case_id like 'FLT%'" || echo n/a)
mix_psql "select id, status, processed_rows, message_key from import_job where origin = 'API' order by id desc limit 1" \
    >"$OUT/job-rerun.txt" || true
bench_log "import 2: $(cat "$OUT/import-2.status"); tickets: $FLT_RERUN"
if [ "${BENCH_FAULT_CLEANUP:-1}" = 1 ] && [ "$(cut -d' ' -f1 "$OUT/import-2.status")" = 200 ]; then
    # leave the shared database as load-mix.sh loaded it
    mix_psql "delete from vendor_ticket_aud where case_id like 'FLT%'; delete from vendor_ticket where case_id like 'FLT%'" \
        >/dev/null || bench_log "clean-up failed"
fi
ERRORS_LOGGED=$(grep -c " ERROR " "$LOG" || true)
TRACES=$(grep -c "^\s*at " "$LOG" || true)

# What the simulation saw: its failure timeline and Gatling's counts of every request.
# Gatling's own count of every request (its console summary: "> request count | total | ok | ko")
read -r req_total req_ko <<<"$(awk -F'|' '/> request count/ {gsub(/[ ,]/, ""); print $2, $4}' "$OUT/gatling.log" | tail -1)" || true
FAILS="$OUT/db-fault-failures.tsv"
rel() { awk -v t="$1" -v d="$DOWN" 'BEGIN {printf "%+.1f", (t - d) / 1000}'; }

{
    echo "## Database outage under load: PostgreSQL stopped for ${OUTAGE} s"
    echo
    bench_machine | sed 's/^/- /'
    echo "- load average before the run: $LOAD_LOAD_AVG_BEFORE"
    echo "- $USERS users of the mix ($MIX), ramp ${RAMP} s, ${STEADY} s steady; a failed user logs in again and goes on"
    echo "- import: $ROWS tickets (REST API, \`POST /api/v1/import/tickets\`, $(( $(stat -c %s "$CSV") / 1000000 )) MB)"
    echo "- HikariCP: $(grep '^spring.datasource.hikari' "$BENCH_ROOT/src/main/resources/application.properties" | tr '\n' ' ')"
    echo
    echo "Timeline (s from the stop of PostgreSQL):"
    echo
    echo "- import started $(rel "$IMPORT_STARTED"), job $JOB; before the stop: $(cat "$OUT/job-before-outage.txt" 2>/dev/null) (status|rows)"
    echo "- PostgreSQL stopped (fast shutdown) 0.0 … $(rel "$DOWN_DONE"); started $(rel "$UP") … accepting connections $(rel "$UP_DONE")"
    echo "- portal serving again (readiness and a REST call 200): ${SERVES:+$(rel "$SERVES") — **$(awk -v a="$SERVES" -v b="$UP_DONE" 'BEGIN {printf "%.1f", (a - b) / 1000}') s after PostgreSQL was back**}$([ -n "$SERVES" ] || echo "not within 120 s")"
    echo "- probes that did not answer 200: the first sent $(awk -F'\t' 'NR > 1 && $3 != 200 {if (!f) f = $1} END {printf "%.0f\n", f}' "$OUT/probe.tsv" | while read -r f; do [ "$f" != 0 ] && rel "$f" || echo none; done), the last answered $(awk -F'\t' 'NR > 1 && $3 != 200 && $1 + $4 > l {l = $1 + $4} END {printf "%.0f\n", l}' "$OUT/probe.tsv" | while read -r l; do [ "$l" != 0 ] && rel "$l" || echo none; done)"
    echo "- first and last failed round trip of the simulation: $( [ -f "$FAILS" ] && awk -F'\t' 'NR > 1 {if (!f) f = $1; l = $1} END {print f " " l}' "$FAILS" | while read -r f l; do echo "$(rel "$f") … $(rel "$l")"; done || echo none)"
    echo "- import ended $(rel "$IMPORT_ENDED"): HTTP $(cut -d' ' -f1 "$OUT/import-1.status") after $(cut -d' ' -f2 "$OUT/import-1.status") s"
    echo
    echo "The import:"
    echo
    echo "- answer: \`$(head -c 600 "$OUT/import-1.json")\`"
    echo "- its job afterwards (id|status|rows|message|argument): \`$(cat "$OUT/job-after.txt")\`"
    echo "- its tickets in the database afterwards: $FLT_AFTER (before: $(cat "$OUT/flt-before.txt"))"
    echo "- the same file again: HTTP $(cut -d' ' -f1 "$OUT/import-2.status") in $(( (RERUN_ENDED - RERUN_STARTED) / 1000 )) s, \`$(head -c 300 "$OUT/import-2.json")\`; tickets then: $FLT_RERUN; job: \`$(cat "$OUT/job-rerun.txt")\`"
    echo
    echo "What users got during the outage:"
    echo
    echo "- probes sent while PostgreSQL was down (readiness and REST every 0.5 s, page every 2 s; status×count, slowest answer):"
    for kind in readiness api page; do
        echo "  - $kind: $(awk -F'\t' -v k="$kind" -v d="$DOWN" -v u="$UP_DONE" 'NR > 1 && $2 == k && $1 >= d && $1 < u {c[$3]++; if ($4 > m) m = $4} END {for (s in c) printf "%s×%d ", s, c[s]; printf "(slowest %d ms)", m}' "$OUT/probe.tsv"); over the whole run: $(awk -F'\t' -v k="$kind" 'NR > 1 && $2 == k {n++; if ($3 != 200) f++} END {printf "%d sent, %d not 200", n, f}' "$OUT/probe.tsv")"
    done
    echo "- REST problem while down: \`$(head -c 500 "$OUT/api-failed.json" 2>/dev/null || echo none)\`; readiness: \`$(head -c 300 "$OUT/readiness-failed.json" 2>/dev/null || echo none)\`"
    echo "- the first page (new UI on /contracts) that was not 200: \`$(grep -o 'Something went wrong[^"<]*' "$OUT/page-failed.json" 2>/dev/null | head -1)\`; stack trace or exception name in it: $(grep -cE 'Exception|\\tat [a-z]' "$OUT/page-failed.json" 2>/dev/null || echo 0); the first page 200 without the error page after PostgreSQL was back: $(awk -F'\t' -v u="$UP_DONE" 'NR > 1 && $2 == "page" && $3 == "200" && $1 + $4 >= u {e = $1 + $4; if (!m || e < m) m = e} END {printf "%.0f\n", m}' "$OUT/probe.tsv" | while read -r m; do [ "$m" != 0 ] && awk -v a="$m" -v b="$UP_DONE" 'BEGIN {printf "%.1f s after", (a - b) / 1000}' || echo none; done)"
    echo "- the simulation's failed round trips, by what they showed: "
    echo
    echo '```'
    [ -f "$FAILS" ] && awk -F'\t' 'NR > 1 {c[$3]++} END {for (k in c) print c[k] "\t" k}' "$FAILS" | sort -rn | head -15 || echo "(none)"
    echo '```'
    echo
    echo "Requests: Gatling counted ${req_ko:-?} failed of ${req_total:-?} ($(awk -v k="${req_ko:-0}" -v t="${req_total:-0}" 'BEGIN {if (t > 0) printf "%.2f %%", 100 * k / t; else print "n/a"}'));"
    echo "app CPU over the run $(awk -v a="$CPU0" -v b="$CPU1" 'BEGIN {printf "%.0f", b - a}') s; ERROR lines in the app log: $ERRORS_LOGGED; stack-trace lines: $TRACES."
    echo
    echo '```'
    cat "$OUT/db-fault.txt" 2>/dev/null || echo "(no round-trip summary)"
    echo '```'
} >"$SUMMARY"
cat "$SUMMARY"
