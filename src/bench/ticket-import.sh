#!/usr/bin/env bash
# Ticket import of 1,000,000 rows against PostgreSQL's COPY of the same file (docs/benchmarks.md): writes the CSV
# (deterministic), then in an embedded PostgreSQL 17 on port 5445 (in the benchmark's JVM, gone when it ends) times
# COPY into a plain table and into a table typed and indexed like vendor_ticket, the portal's import of the file
# (set-based path, as the API's importNow runs it) and the same import again. Writes ticket-import.md to target/bench/.
#
#   bash src/bench/ticket-import.sh   BENCH_TICKET_IMPORT_ROWS=1000000
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${BENCH_PORT_PG_TICKETS:-5445}"
MVN_FLAGS="${MVN_FLAGS:--B}"
mkdir -p "$BENCH_OUT"
if (exec 3<>"/dev/tcp/$BENCH_HOST/$PORT") 2>/dev/null; then
    bench_log "port $PORT is in use; choose another (BENCH_PORT_PG_TICKETS)"
    exit 1
fi

bench_log "ticket import: ${BENCH_TICKET_IMPORT_ROWS:-1000000} rows on PostgreSQL port $PORT"
(cd "$BENCH_ROOT" && ./mvnw $MVN_FLAGS -Pbench test -Dtest=TicketImportBench \
    -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
    -Dbench.pgPort="$PORT" -Dbench.out="$BENCH_OUT" -Dbench.tickets="${BENCH_TICKET_IMPORT_ROWS:-1000000}") \
    >"$BENCH_OUT/ticket-import-maven.log" 2>&1 \
    || { bench_log "failed, see $BENCH_OUT/ticket-import-maven.log"; cat "$BENCH_OUT/ticket-import.md" 2>/dev/null; exit 1; }
{ echo; bench_machine | sed 's/^/- /'; echo; } >>"$BENCH_OUT/ticket-import.md"
cat "$BENCH_OUT/ticket-import.md"
