# Shared helpers of the benchmark scripts (sourced, not run). Only loopback addresses are used.
# shellcheck shell=bash

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_OUT="${BENCH_OUT:-$BENCH_ROOT/target/bench}"
BENCH_JAR="${BENCH_JAR:-$BENCH_ROOT/target/px-portal-0.1.0-SNAPSHOT.jar}"
BENCH_HOST=127.0.0.1

# A JDK 25+ (the AOT cache needs JDK 25's -XX:AOTCacheOutput): $BENCH_JAVA_HOME, else JAVA_HOME if new
# enough, else the newest JDK 25+ under /usr/lib/jvm.
bench_find_jdk() {
    local candidate version
    for candidate in "${BENCH_JAVA_HOME:-}" "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
        candidate="${candidate%/}"
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/jcmd" ] || continue
        version="$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java.specification.version = //p')"
        if [ "${version%%.*}" -ge 25 ] 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "no JDK 25+ found; set BENCH_JAVA_HOME" >&2
    return 1
}
BENCH_JDK="$(bench_find_jdk)" || exit 1
JAVA="$BENCH_JDK/bin/java"

bench_log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

# Every app this script starts is noted here and stopped (by pid) when the script ends, however it ends.
BENCH_PIDS="$(mktemp /tmp/px-bench-pids.XXXXXX)"
bench_track() { echo "$1" >>"$BENCH_PIDS"; }
bench_cleanup() {
    local pid
    while read -r pid; do
        # only if that pid is still our app (running in target/bench), not a reused pid
        [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || continue
        case "$(readlink "/proc/$pid/cwd" 2>/dev/null)" in "$BENCH_OUT"/*) bench_stop "$pid" ;; esac
    done <"$BENCH_PIDS"
    rm -f "$BENCH_PIDS"
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

bench_now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Fails when something already listens on the port (someone else's app): we only measure our own.
bench_port_free() {
    if curl -s -o /dev/null --max-time 2 "http://$BENCH_HOST:$1/"; then
        bench_log "port $1 is in use; choose another (BENCH_PORT_*)"
        return 1
    fi
}

# bench_wait_200 PORT PID TIMEOUT_S: polls /login every 100 ms until HTTP 200; prints the ms it waited.
# Returns 1 if the process died or the time ran out.
bench_wait_200() {
    local port=$1 pid=$2 timeout_ms=$(( $3 * 1000 )) start code
    start=$(bench_now_ms)
    while [ $(( $(bench_now_ms) - start )) -lt "$timeout_ms" ]; do
        code=$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "http://$BENCH_HOST:$port/login" || true)
        if [ "$code" = 200 ]; then
            echo $(( $(bench_now_ms) - start ))
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# bench_wait_log FILE PATTERN TIMEOUT_S
bench_wait_log() {
    local i
    for i in $(seq 1 $(( $3 * 2 ))); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        sleep 0.5
    done
    return 1
}

# bench_stop PID: SIGTERM (lets H2 close its file and the AOT cache be written), SIGKILL after 60 s.
bench_stop() {
    local pid=$1 i
    kill -TERM "$pid" 2>/dev/null || return 0
    for i in $(seq 1 600); do
        kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
        sleep 0.1
    done
    bench_log "pid $pid did not stop in 60 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    return 0
}

# Resident and proportional set size of a process in KB: "RSS PSS"
bench_mem_kb() {
    local rss pss
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null)
    pss=$(awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup" 2>/dev/null)
    echo "${rss:-0} ${pss:-0}"
}

# Median of the numbers on stdin (one per line); the mean of the middle two for an even count.
bench_median() {
    sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "n/a"} else if (NR%2) {print a[(NR+1)/2]} else {printf "%.0f\n", (a[NR/2]+a[NR/2+1])/2}}'
}

bench_machine() {
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "cpu: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
    echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MB total, " $7 " MB available"}')"
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "java: $("$JAVA" -version 2>&1 | head -1)"
    echo "commit: $(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null)"
}

# bench_start_scaled PORT LOG: starts the production jar (demo profile, demo data ×BENCH_SCALE) in
# target/bench/work/scaled, reusing its database if it was made at the same scale; waits until /login
# answers and every start-up runner (the demo data) has finished; prints the pid. The database is marked as made
# at that scale only then, so a run stopped half-way through the demo data does not leave a half portfolio behind.
bench_start_scaled() {
    local port=$1 log=$2 scale="${BENCH_SCALE:-100}" dir="$BENCH_OUT/work/scaled" pid
    mkdir -p "$dir"
    if [ "$(cat "$dir/scale" 2>/dev/null)" != "$scale" ] || [ ! -d "$dir/data" ]; then
        rm -rf "$dir/data" "$dir/scale"
    fi
    (cd "$dir" && exec "$JAVA" ${BENCH_APP_JVM_ARGS:-} -jar "$BENCH_JAR" --spring.profiles.active=demo \
        --server.port="$port" --px.demo.scale="$scale" >"$log" 2>&1) &
    pid=$!
    bench_track "$pid"
    # The portal answers 503 until its runners are done; the alert scan at "ready" comes after the last of them
    # (also for builds without that gate, which answered /login while the demo data was still being written)
    bench_wait_200 "$port" "$pid" 1800 >/dev/null || { bench_log "app did not start, see $log"; return 1; }
    bench_wait_log "$log" "Alert scan of" 1800 || { bench_log "app not ready, see $log"; return 1; }
    echo "$scale" >"$dir/scale"
    echo "$pid"
}

# bench_maven_pg NAME CLASS PORT PORT_KNOB [-Dbench.x=y ...]: runs a PostgreSQL benchmark class of src/bench/java
# (bench profile; it starts an embedded PostgreSQL on PORT in its own JVM) with Maven, after checking that nothing
# listens on PORT; the class writes NAME.md to target/bench, this appends the machine to it and prints it.
bench_maven_pg() {
    local name=$1 class=$2 port=$3 knob=$4
    shift 4
    mkdir -p "$BENCH_OUT"
    if (exec 3<>"/dev/tcp/$BENCH_HOST/$port") 2>/dev/null; then
        bench_log "port $port is in use; choose another ($knob)"
        return 1
    fi
    (cd "$BENCH_ROOT" && ./mvnw ${MVN_FLAGS:--B} -Pbench test -Dtest="$class" \
        -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
        -Dbench.pgPort="$port" -Dbench.out="$BENCH_OUT" "$@") >"$BENCH_OUT/$name-maven.log" 2>&1 \
        || { bench_log "failed, see $BENCH_OUT/$name-maven.log"; cat "$BENCH_OUT/$name.md" 2>/dev/null; return 1; }
    { bench_machine | sed 's/^/- /'; echo; } >>"$BENCH_OUT/$name.md"
    cat "$BENCH_OUT/$name.md"
}
