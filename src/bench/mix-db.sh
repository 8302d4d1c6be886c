# The mixed load test's PostgreSQL and the production jar on it, for db-fault.sh and soak.sh (sourced after lib.sh
# and load-levels.sh). The database is LoadMixDatabase's (load-mix.sh): demo data ×BENCH_SCALE + BENCH_MIX_LINES cost
# lines + BENCH_MIX_TICKETS tickets in target/bench/work/load-mix-pg, loaded once per size and reused, served by an
# embedded PostgreSQL 17 in a Maven JVM of its own until the stop file appears.
# shellcheck shell=bash

MIX_SCALE="${BENCH_SCALE:-100}"
MIX_LINES="${BENCH_MIX_LINES:-1000000}"
MIX_TICKETS="${BENCH_MIX_TICKETS:-1000000}"
MIX_WORK="$BENCH_OUT/work"
MIX_PG_DATA="$MIX_WORK/load-mix-pg"
MIX_READY="$MIX_WORK/load-mix-pg.ready"
MIX_STOP="$MIX_WORK/load-mix-pg.stop"
MIX_DB_PID=
MIX_JDBC_URL=

# mix_db_start PG_PORT LOG: starts (or loads, then starts) the database; sets MIX_JDBC_URL.
mix_db_start() {
    local port=$1 log=$2
    if (exec 3<>"/dev/tcp/$BENCH_HOST/$port") 2>/dev/null; then
        bench_log "port $port is in use; choose another"
        return 1
    fi
    mkdir -p "$MIX_WORK"
    rm -f "$MIX_READY" "$MIX_STOP"
    (cd "$BENCH_ROOT" && exec ./mvnw $MVN_FLAGS -Pbench test -Dtest=LoadMixDatabase \
        -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true -Dbench.pgPort="$port" \
        -Dbench.pgData="$MIX_PG_DATA" -Dbench.readyFile="$MIX_READY" -Dbench.stopFile="$MIX_STOP" \
        -Dbench.demoScale="$MIX_SCALE" -Dbench.lines="$MIX_LINES" -Dbench.tickets="$MIX_TICKETS") >"$log" 2>&1 &
    MIX_DB_PID=$!
    for _ in $(seq 1 $(( ${BENCH_MIX_LOAD_TIMEOUT:-7200} * 2 ))); do
        [ -f "$MIX_READY" ] && break
        kill -0 "$MIX_DB_PID" 2>/dev/null || { bench_log "database failed, see $log"; return 1; }
        sleep 0.5
    done
    [ -f "$MIX_READY" ] || { bench_log "database not ready in time, see $log"; return 1; }
    MIX_JDBC_URL="$(cat "$MIX_READY")"
    bench_log "database ready: $MIX_JDBC_URL"
}

# Ends the database's JVM (it stops PostgreSQL as it ends); safe to call twice.
mix_db_stop() {
    touch "$MIX_STOP"
    if [ -n "$MIX_DB_PID" ]; then
        for _ in $(seq 1 240); do kill -0 "$MIX_DB_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$MIX_DB_PID" 2>/dev/null && kill -TERM "$MIX_DB_PID" 2>/dev/null
        wait "$MIX_DB_PID" 2>/dev/null || true
        MIX_DB_PID=
    fi
}

# mix_app_start PORT MANAGEMENT_PORT LOG [--more.spring=args ...]: the production jar (demo profile) on the database,
# actuator on MANAGEMENT_PORT, in target/bench/work/<name of LOG>; waits for the first 200 of /login; prints the pid.
mix_app_start() {
    local port=$1 management=$2 log=$3 dir pid
    shift 3
    bench_port_free "$port" || return 1
    bench_port_free "$management" || return 1
    dir="$MIX_WORK/$(basename "$log" .log)"
    mkdir -p "$dir"
    # shellcheck disable=SC2086
    (cd "$dir" && exec "$JAVA" ${BENCH_APP_JVM_ARGS:-} -jar "$BENCH_JAR" --spring.profiles.active=demo \
        --server.port="$port" --management.server.port="$management" --spring.datasource.url="$MIX_JDBC_URL" \
        --spring.datasource.username=postgres --spring.datasource.password= "$@" >"$log" 2>&1) &
    pid=$!
    bench_track "$pid"
    bench_wait_200 "$port" "$pid" 600 >/dev/null || { bench_log "app did not start, see $log"; return 1; }
    echo "$pid"
}

# mix_psql SQL: one statement on the database, unaligned output without headers.
mix_psql() {
    PGCONNECT_TIMEOUT=3 psql -X -q -A -t -h "$BENCH_HOST" -p "$MIX_PG_PORT" -U postgres -d postgres -c "$1"
}

# mix_metric MANAGEMENT_PORT TOKEN NAME [TAG]: the value of an actuator metric (first measurement), or "n/a".
mix_metric() {
    local url="http://$BENCH_HOST:$1/actuator/metrics/$3"
    [ -n "${4:-}" ] && url="$url?tag=$4"
    curl -s --max-time 5 -H "Authorization: Bearer $2" "$url" \
        | sed -n 's/.*"measurements":\[{"statistic":"[A-Z_]*","value":\([0-9.E+-]*\)}.*/\1/p' | head -1 | grep . || echo n/a
}

# mix_admin_token: a write token of the demo admin, written into the database as the API tokens page would (only
# its SHA-256 is stored), for the REST API and the actuator's metrics; prints the token.
mix_admin_token() {
    local token hash
    token="pxp_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' | cut -c1-43)"
    hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
    mix_psql "insert into api_token (owner_id, name, scope, secret_hash, prefix, created_at)
        select id, 'bench $(date +%s%N)', 'WRITE', '$hash', '${token:0:12}', now() from app_user where username = 'admin'" \
        >/dev/null || return 1
    echo "$token"
}
