#!/usr/bin/env bash
# Load test: Gatling (Java DSL, src/bench/java/io/pxportal/bench/PortalSimulation.java) against the production
# jar (demo profile, demo data ×100). One warm-up run, then each user level (default 50 and 200 concurrent
# users) BENCH_LOAD_REPEATS times, interleaved, on the same warm JVM; medians over the repeats are reported.
# Every virtual user logs out at the end, so the sessions of one run do not weigh on the next.
#
#   bash src/bench/load.sh   BENCH_LOAD_USERS="50 200" BENCH_LOAD_REPEATS=3 BENCH_LOAD_RAMP=30 BENCH_LOAD_STEADY=120
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${BENCH_PORT_LOAD:-8093}"
LEVELS="${BENCH_LOAD_USERS:-50 200}"
REPEATS="${BENCH_LOAD_REPEATS:-3}"
RAMP="${BENCH_LOAD_RAMP:-30}"
STEADY="${BENCH_LOAD_STEADY:-120}"
WARMUP_USERS="${BENCH_LOAD_WARMUP_USERS:-20}"
WARMUP_SECONDS="${BENCH_LOAD_WARMUP_SECONDS:-40}"
MVN_FLAGS="${MVN_FLAGS:--B}"
SUMMARY="$BENCH_OUT/load.md"
RUNS_TSV="$BENCH_OUT/load-runs.tsv"

[ -f "$BENCH_JAR" ] || { bench_log "missing $BENCH_JAR: run ./mvnw -B package -DskipTests"; exit 1; }
bench_port_free "$PORT"
mkdir -p "$BENCH_OUT"

bench_log "compiling the simulation (bench profile)"
(cd "$BENCH_ROOT" && ./mvnw $MVN_FLAGS -q -Pbench test-compile) >"$BENCH_OUT/load-compile.log" 2>&1 \
    || { bench_log "compile failed, see $BENCH_OUT/load-compile.log"; exit 1; }

log="$BENCH_OUT/load-app.log"
pid=$(bench_start_scaled "$PORT" "$log")
bench_log "load: app pid $pid on port $PORT"

cpu_seconds() { awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$1/stat"; }

# gatling USERS RAMP STEADY LABEL
gatling() {
    local users=$1 ramp=$2 steady=$3 label=$4
    bench_log "gatling: $users users, ramp ${ramp}s, steady ${steady}s ($label)"
    (cd "$BENCH_ROOT" && timeout $(( ramp + steady + 600 )) ./mvnw $MVN_FLAGS -Pbench gatling:test \
        -Dbench.baseUrl="http://$BENCH_HOST:$PORT" -Dbench.users="$users" -Dbench.rampSeconds="$ramp" \
        -Dbench.steadySeconds="$steady" -Dbench.label="$label" -Dbench.resultsDir="$BENCH_OUT/load" \
        -Dbench.gatlingResults="$BENCH_OUT/gatling/$label") >"$BENCH_OUT/load/$label-gatling.log" 2>&1
}

mkdir -p "$BENCH_OUT/load"
gatling "$WARMUP_USERS" 10 "$WARMUP_SECONDS" warmup || bench_log "warm-up run failed (see $BENCH_OUT/load/warmup-gatling.log)"

echo -e "label\tusers\trun\tcount\terrors\tp50\tp95\tp99\tmax\tmean\tapp_cpu_s\tapp_rss_kb\tapp_log_errors\tround_trips_whole_run\tapp_cpu_ms_per_round_trip\tload_avg_1m" >"$RUNS_TSV"
for run in $(seq 1 "$REPEATS"); do
    for users in $LEVELS; do
        label="users-$users-run-$run"
        cpu0=$(cpu_seconds "$pid")
        errors0=$(grep -c " ERROR " "$log" || true)
        gatling "$users" "$RAMP" "$STEADY" "$label" || bench_log "gatling run $label failed"
        cpu1=$(cpu_seconds "$pid")
        errors1=$(grep -c " ERROR " "$log" || true)
        read -r rss _ <<<"$(bench_mem_kb "$pid")"
        all=$(grep "^ALL uidl round trips" "$BENCH_OUT/load/$label.txt" 2>/dev/null \
            | awk '{print $(NF-6) "\t" $(NF-5) "\t" $(NF-4) "\t" $(NF-3) "\t" $(NF-2) "\t" $(NF-1) "\t" $NF}')
        [ -n "$all" ] || all="0\t0\t0\t0\t0\t0\t0"
        whole=$(sed -n 's/^round trips in the whole run (ramp included): //p' "$BENCH_OUT/load/$label.txt" 2>/dev/null)
        cpu=$(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN {printf "%.1f", b - a}')
        per=$(awk -v c="$cpu" -v n="${whole:-0}" 'BEGIN {if (n > 0) printf "%.1f", c * 1000 / n; else print 0}')
        echo -e "$label\t$users\t$run\t$all\t$cpu\t$rss\t$(( errors1 - errors0 ))\t${whole:-0}\t$per\t$(cut -d' ' -f1 /proc/loadavg)" >>"$RUNS_TSV"
        bench_log "$label: $(echo -e "$all" | awk '{print "count " $1 ", errors " $2 ", p50 " $3 " p95 " $4 " p99 " $5 " ms"}')"
        sleep 5
    done
done
bench_stop "$pid"

{
    echo "## Load test (Gatling, UIDL round trips in the steady window), $REPEATS runs per level, medians"
    echo
    bench_machine | sed 's/^/- /'
    echo "- per run: ramp ${RAMP} s, then ${STEADY} s measured; think time 1–2 s; demo data ×${BENCH_SCALE:-100}"
    echo
    echo "| users | round trips measured per run | errors (all runs) | p50 ms | p95 ms | p99 ms | max ms (worst run) | app CPU ms per round trip¹ |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
    for users in $LEVELS; do
        rows=$(awk -F'\t' -v u="$users" 'NR>1 && $2==u' "$RUNS_TSV")
        echo "| $users | $(cut -f4 <<<"$rows" | bench_median) | $(cut -f5 <<<"$rows" | awk '{s+=$1} END {print s+0}') \
| $(cut -f6 <<<"$rows" | bench_median) | $(cut -f7 <<<"$rows" | bench_median) | $(cut -f8 <<<"$rows" | bench_median) \
| $(cut -f9 <<<"$rows" | sort -n | tail -1) | $(cut -f15 <<<"$rows" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') |"
    done
    echo
    echo "¹ the app's CPU time during the run (logins and ramp included) divided by all its UIDL round trips."
    echo
    echo "Per run (label, p50/p95/p99 ms, errors, 1-minute load average of the machine after the run):"
    echo
    awk -F'\t' 'NR>1 {printf "- %s: %s/%s/%s ms, %s errors, load %s\n", $1, $6, $7, $8, $5, $16}' "$RUNS_TSV"
    echo
    echo "Errors logged by the app during the runs: $(awk -F'\t' 'NR>1 {s+=$13} END {print s+0}' "$RUNS_TSV")."
    echo "All runs: \`${RUNS_TSV#"$BENCH_ROOT"/}\`; Gatling reports: \`${BENCH_OUT#"$BENCH_ROOT"/}/gatling/<label>/*/index.html\`."
    echo
    for users in $LEVELS; do
        echo "### $users users, per round trip (run 1)"
        echo
        echo '```'
        cat "$BENCH_OUT/load/users-$users-run-1.txt" 2>/dev/null || echo "(missing)"
        echo '```'
        echo
    done
} >"$SUMMARY"
cat "$SUMMARY"
