#!/usr/bin/env bash
# Runs the image that `./mvnw -Pimage package` wrote, without a container runtime, and checks that it serves: the
# layers are unpacked in the manifest's order into one root file system, and the image's own entry point, environment,
# working directory and user are run in it with chroot (own mount and PID namespaces, /proc, /dev and /etc/hosts as a
# runtime gives them; the host's network). Then the management port's liveness and readiness must say UP and the
# login page answer 200.
#
#   bash src/image/run-image.sh [IMAGE.tar]      (as root, for chroot; default target/px-portal-image.tar)
#   PX_RUN_PORT=18100 PX_RUN_MANAGEMENT_PORT=18101 PX_RUN_PROFILE=demo PX_RUN_TIMEOUT=600 ...
#
# The demo profile needs no database server: it runs on an H2 file under /tmp, the one path the image's user may
# write. Prints the image's size, the seconds to the first 200 of the login page, and the probes' answers; the
# portal's log is left in target/run-image.log (PX_RUN_LOG).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TAR="${1:-$REPO/target/px-portal-image.tar}"
PORT="${PX_RUN_PORT:-18100}"
MANAGEMENT_PORT="${PX_RUN_MANAGEMENT_PORT:-18101}"
PROFILE="${PX_RUN_PROFILE:-demo}"
TIMEOUT="${PX_RUN_TIMEOUT:-600}"
APP_LOG="${PX_RUN_LOG:-$REPO/target/run-image.log}"

log() { printf '%s run-image: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

[ "$(id -u)" = 0 ] || { log "run as root (chroot needs it)"; exit 1; }
[ -f "$TAR" ] || { log "missing $TAR: ./mvnw -Pimage package"; exit 1; }
for port in "$PORT" "$MANAGEMENT_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        log "port $port is in use"
        exit 1
    fi
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/px-run-image.XXXXXX")"
APP_PID=
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        # SIGTERM to java, as a runtime stops a container; then unshare, whose --kill-child ends what is left
        kill -TERM $(pgrep -P "$APP_PID") 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    [ -f "$WORK/app.log" ] && cp "$WORK/app.log" "$APP_LOG"
    rm -rf "$WORK"
}
trap cleanup EXIT

IMAGE="$WORK/image"
ROOTFS="$WORK/rootfs"
mkdir -p "$IMAGE" "$ROOTFS"
tar -xf "$TAR" -C "$IMAGE"
MANIFEST="$IMAGE/manifest.json"
CONFIG="$IMAGE/$(jq -r '.[0].Config' "$MANIFEST")"

# Layers in order; a later layer's whiteouts (.wh.NAME, .wh..wh..opq) remove what earlier ones brought.
while read -r layer; do
    tar --warning=no-unknown-keyword -tf "$IMAGE/$layer" | { grep -E '(^|/)\.wh\.' || true; } | while read -r whiteout; do
        dir="$(dirname "$whiteout")" name="$(basename "$whiteout")"
        if [ "$name" = .wh..wh..opq ]; then
            find "$ROOTFS/$dir" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
        else
            rm -rf "${ROOTFS:?}/$dir/${name#.wh.}"
        fi
    done
    tar --warning=no-unknown-keyword -xf "$IMAGE/$layer" -C "$ROOTFS" --numeric-owner --exclude='.wh.*' --exclude='*/.wh.*'
done < <(jq -r '.[0].Layers[]' "$MANIFEST")

mapfile -t ENTRYPOINT < <(jq -r '.config.Entrypoint // [] | .[]' "$CONFIG")
mapfile -t CMD < <(jq -r '.config.Cmd // [] | .[]' "$CONFIG")
mapfile -t ENV < <(jq -r '.config.Env // [] | .[]' "$CONFIG")
USER_SPEC="$(jq -r '.config.User // "0:0"' "$CONFIG")"
WORKDIR="$(jq -r '.config.WorkingDir // "/" | if . == "" then "/" else . end' "$CONFIG")"
log "image: $(du -h "$TAR" | cut -f1) tar, $(du -sh "$ROOTFS" | cut -f1) unpacked; user $USER_SPEC, working dir $WORKDIR"
log "entry point: ${ENTRYPOINT[*]} ${CMD[*]}"

# The run-time settings a deployment would give (docs/deployment.md): the ports, the profile, the database.
ENV+=("SERVER_PORT=$PORT" "PX_MANAGEMENT_PORT=$MANAGEMENT_PORT" "SPRING_PROFILES_ACTIVE=$PROFILE")
if [ "$PROFILE" != prod ]; then
    ENV+=("SPRING_DATASOURCE_URL=jdbc:h2:file:/tmp/px/pxportal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
fi
for name in $(env | sed -n 's/^\(PX_[A-Z0-9_]*\|SPRING_[A-Z0-9_]*\|JAVA_TOOL_OPTIONS\)=.*/\1/p'); do
    case "$name" in PX_RUN_*) ;; *) ENV+=("$name=${!name}") ;; esac
done

touch "$ROOTFS/etc/hosts"
START_MS="$(date +%s%3N)"
unshare --mount --pid --fork --kill-child sh -c '
    root="$1"; workdir="$2"; user="$3"; shift 3
    mount --make-rprivate /
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --bind /etc/hosts "$root/etc/hosts"
    exec chroot --userspec="$user" --groups="${user#*:}" "$root" /usr/bin/env -C "$workdir" -i "$@"
' run-image "$ROOTFS" "$WORKDIR" "$USER_SPEC" "${ENV[@]}" "${ENTRYPOINT[@]}" "${CMD[@]}" \
    >"$WORK/app.log" 2>&1 &
APP_PID=$!

status() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true; }
answered=
while [ $(($(date +%s%3N) - START_MS)) -lt $((TIMEOUT * 1000)) ]; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        tail -40 "$WORK/app.log" >&2
        log "the portal stopped before it answered"
        exit 1
    fi
    if [ "$(status "http://127.0.0.1:$PORT/login")" = 200 ]; then
        answered=$(($(date +%s%3N) - START_MS))
        break
    fi
    sleep 0.5
done
[ -n "$answered" ] || { tail -40 "$WORK/app.log" >&2; log "no 200 from /login within ${TIMEOUT}s"; exit 1; }

JAVA_PID="$(pgrep -P "$APP_PID" | head -1)"
log "java runs as $(awk '/^Uid:/ {print "uid " $2} /^Gid:/ {print "gid " $2}' "/proc/$JAVA_PID/status" | paste -sd' ')"
log "java: $(grep -m1 -o 'Starting PxPortalApplication using Java [^ ]*' "$WORK/app.log" || echo '?')"
failed=0
for probe in liveness readiness; do
    body="$(curl -s --max-time 5 "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/$probe" || true)"
    log "/actuator/health/$probe: $body"
    [ "$(jq -r .status <<<"$body" 2>/dev/null)" = UP ] || failed=1
done
log "/login: $(status "http://127.0.0.1:$PORT/login") after $((answered / 1000)).$((answered % 1000 / 100)) s"
if grep -q '"log.level":"ERROR"\|^.\{0,40\}ERROR ' "$WORK/app.log"; then
    grep -m5 '"log.level":"ERROR"\|^.\{0,40\}ERROR ' "$WORK/app.log" >&2
    failed=1
fi
[ "$failed" = 0 ] && log "OK" || log "FAILED"
exit "$failed"
