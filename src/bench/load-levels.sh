# The load tests' runs and summary, shared by load.sh (PortalSimulation on H2) and load-mix.sh (MixSimulation on
# PostgreSQL); sourced after lib.sh. The caller sets LOAD_NAME (file prefix in $BENCH_OUT), LOAD_SIMULATION,
# LOAD_PORT, LOAD_PID (the app), LOAD_EXTRA (an array: further -Dbench.* for Gatling), LOAD_LOG (the app's log),
# LOAD_DATA (one line: the data the app serves), and the knobs below.
# shellcheck shell=bash

LEVELS="${BENCH_LOAD_USERS:-50 200}"
REPEATS="${BENCH_LOAD_REPEATS:-3}"
RAMP="${BENCH_LOAD_RAMP:-30}"
STEADY="${BENCH_LOAD_STEADY:-120}"
WARMUP_USERS="${BENCH_LOAD_WARMUP_USERS:-20}"
WARMUP_SECONDS="${BENCH_LOAD_WARMUP_SECONDS:-40}"
THINK_MIN="${BENCH_LOAD_THINK_MIN:-1000}"
THINK_MAX="${BENCH_LOAD_THINK_MAX:-2000}"
MVN_FLAGS="${MVN_FLAGS:--B}"

load_compile() {
    bench_log "compiling the simulation (bench profile)"
    (cd "$BENCH_ROOT" && ./mvnw $MVN_FLAGS -q -Pbench test-compile) >"$BENCH_OUT/$LOAD_NAME-compile.log" 2>&1 \
        || { bench_log "compile failed, see $BENCH_OUT/$LOAD_NAME-compile.log"; return 1; }
}

load_cpu_seconds() { awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$1/stat"; }

# load_gatling USERS RAMP STEADY LABEL
load_gatling() {
    local users=$1 ramp=$2 steady=$3 label=$4
    bench_log "gatling $LOAD_SIMULATION: $users users, ramp ${ramp}s, steady ${steady}s ($label)"
    # shellcheck disable=SC2086
    (cd "$BENCH_ROOT" && timeout $(( ramp + steady + 600 )) ./mvnw $MVN_FLAGS -Pbench gatling:test \
        -Dbench.simulation="io.pxportal.bench.$LOAD_SIMULATION" \
        -Dbench.baseUrl="http://$BENCH_HOST:$LOAD_PORT" -Dbench.users="$users" -Dbench.rampSeconds="$ramp" \
        -Dbench.steadySeconds="$steady" -Dbench.thinkMillisMin="$THINK_MIN" -Dbench.thinkMillisMax="$THINK_MAX" \
        -Dbench.label="$label" -Dbench.resultsDir="$BENCH_OUT/$LOAD_NAME" \
        -Dbench.gatlingResults="$BENCH_OUT/gatling/$LOAD_NAME-$label" "${LOAD_EXTRA[@]}") \
        >"$BENCH_OUT/$LOAD_NAME/$label-gatling.log" 2>&1
}

# One warm-up run, then each user level REPEATS times, interleaved, on the same warm JVM; one row per run in
# $BENCH_OUT/$LOAD_NAME-runs.tsv.
load_run_levels() {
    local runs_tsv="$BENCH_OUT/$LOAD_NAME-runs.tsv" run users label cpu0 cpu1 errors0 errors1 rss all whole cpu per db
    mkdir -p "$BENCH_OUT/$LOAD_NAME"
    load_gatling "$WARMUP_USERS" 10 "$WARMUP_SECONDS" warmup \
        || bench_log "warm-up run failed (see $BENCH_OUT/$LOAD_NAME/warmup-gatling.log)"
    echo -e "label\tusers\trun\tcount\terrors\tp50\tp95\tp99\tmax\tmean\tapp_cpu_s\tapp_rss_kb\tapp_log_errors\tround_trips_whole_run\tapp_cpu_ms_per_round_trip\tload_avg_1m\tdb_time_share\tdb_ms_per_round_trip" >"$runs_tsv"
    for run in $(seq 1 "$REPEATS"); do
        for users in $LEVELS; do
            label="users-$users-run-$run"
            cpu0=$(load_cpu_seconds "$LOAD_PID")
            errors0=$(grep -c " ERROR " "$LOAD_LOG" || true)
            load_gatling "$users" "$RAMP" "$STEADY" "$label" || bench_log "gatling run $label failed"
            cpu1=$(load_cpu_seconds "$LOAD_PID")
            errors1=$(grep -c " ERROR " "$LOAD_LOG" || true)
            read -r rss _ <<<"$(bench_mem_kb "$LOAD_PID")"
            all=$(grep "^ALL uidl round trips" "$BENCH_OUT/$LOAD_NAME/$label.txt" 2>/dev/null \
                | awk '{print $(NF-6) "\t" $(NF-5) "\t" $(NF-4) "\t" $(NF-3) "\t" $(NF-2) "\t" $(NF-1) "\t" $NF}')
            [ -n "$all" ] || all="0\t0\t0\t0\t0\t0\t0"
            whole=$(sed -n 's/^round trips in the whole run (ramp included): //p' "$BENCH_OUT/$LOAD_NAME/$label.txt" 2>/dev/null)
            cpu=$(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN {printf "%.1f", b - a}')
            per=$(awk -v c="$cpu" -v n="${whole:-0}" 'BEGIN {if (n > 0) printf "%.1f", c * 1000 / n; else print 0}')
            db=$(sed -n 's/.*db time share \([0-9.]*\).*; \([0-9.]*\) ms per round trip/\1\t\2/p' \
                "$BENCH_OUT/$LOAD_NAME/$label.txt" 2>/dev/null)
            echo -e "$label\t$users\t$run\t$all\t$cpu\t$rss\t$(( errors1 - errors0 ))\t${whole:-0}\t$per\t$(cut -d' ' -f1 /proc/loadavg)\t${db:-n/a\tn/a}" >>"$runs_tsv"
            bench_log "$label: $(echo -e "$all" | awk '{print "count " $1 ", errors " $2 ", p50 " $3 " p95 " $4 " p99 " $5 " ms"}')"
            sleep 5
        done
    done
}

# load_summary TITLE: $BENCH_OUT/$LOAD_NAME.md from the runs, with run 1's table per round trip (and per view).
load_summary() {
    local title=$1 runs_tsv="$BENCH_OUT/$LOAD_NAME-runs.tsv" rows users
    {
        echo "## $title, $REPEATS runs per level, medians"
        echo
        bench_machine | sed 's/^/- /'
        echo "- per run: ramp ${RAMP} s, then ${STEADY} s measured; think time ${THINK_MIN}–${THINK_MAX} ms; $LOAD_DATA"
        echo
        echo "| users | round trips measured per run | errors (all runs) | p50 ms | p95 ms | p99 ms | max ms (worst run) | app CPU ms per round trip¹ | DB time share² | DB ms per round trip² |"
        echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
        for users in $LEVELS; do
            rows=$(awk -F'\t' -v u="$users" 'NR>1 && $2==u' "$runs_tsv")
            echo "| $users | $(cut -f4 <<<"$rows" | bench_median) | $(cut -f5 <<<"$rows" | awk '{s+=$1} END {print s+0}') \
| $(cut -f6 <<<"$rows" | bench_median) | $(cut -f7 <<<"$rows" | bench_median) | $(cut -f8 <<<"$rows" | bench_median) \
| $(cut -f9 <<<"$rows" | sort -n | tail -1) | $(cut -f15 <<<"$rows" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') \
| $(cut -f17 <<<"$rows" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') \
| $(cut -f18 <<<"$rows" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') |"
        done
        echo
        echo "¹ the app's CPU time during the run (logins and ramp included) divided by all its round trips."
        echo "² PostgreSQL only: pg_stat_database.active_time of the portal's database over the run, divided by the"
        echo "run's wall time (the average number of busy database backends) and by all round trips; n/a on H2."
        echo
        echo "Per run (label, p50/p95/p99 ms, errors, 1-minute load average of the machine after the run):"
        echo
        awk -F'\t' 'NR>1 {printf "- %s: %s/%s/%s ms, %s errors, load %s\n", $1, $6, $7, $8, $5, $16}' "$runs_tsv"
        echo
        echo "Errors logged by the app during the runs: $(awk -F'\t' 'NR>1 {s+=$13} END {print s+0}' "$runs_tsv")."
        echo "All runs: \`${runs_tsv#"$BENCH_ROOT"/}\`; Gatling reports: \`${BENCH_OUT#"$BENCH_ROOT"/}/gatling/$LOAD_NAME-<label>/*/index.html\`."
        echo
        for users in $LEVELS; do
            echo "### $users users, per round trip (run 1)"
            echo
            echo '```'
            cat "$BENCH_OUT/$LOAD_NAME/users-$users-run-1.txt" 2>/dev/null || echo "(missing)"
            echo '```'
            echo
        done
    } >"$BENCH_OUT/$LOAD_NAME.md"
    cat "$BENCH_OUT/$LOAD_NAME.md"
}
