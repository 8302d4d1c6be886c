#!/usr/bin/env bash
# Builds a base image for the `image` profile from what a machine without any container registry still reaches:
# a minimal Debian bookworm root filesystem (debootstrap --variant=minbase from a Debian mirror, with the point
# release's and the security updates applied) and a Java runtime jlink'd from a local JDK 21+ into /opt/java/openjdk,
# as in the eclipse-temurin images. The result is a `docker save` tar, which Jib takes as its base image:
#
#   bash src/image/base-image.sh [OUTPUT.tar]     (as root: debootstrap and chroot need it)
#   ./mvnw -B -ntp -Pimage verify -Dpx.image.base=tar://$HOME/.cache/px-portal/base-image.tar
#
#   PX_BASE_JDK        the JDK to jlink from (default: the newest 21+ under /usr/lib/jvm with jlink)
#   PX_BASE_MIRROR     Debian mirror (default http://deb.debian.org/debian; a snapshot.debian.org URL pins the packages)
#   PX_BASE_SECURITY   Debian security mirror (default http://deb.debian.org/debian-security)
#   SOURCE_DATE_EPOCH  the time stamp of every file and of the image (default: the last commit of this repository)
#
# The layers' files carry that one time stamp and are sorted, which removes tar's own differences between two builds;
# the packages are whatever the mirror serves on the day, and their install scripts may write the date (/etc/shadow).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:-${XDG_CACHE_HOME:-$HOME/.cache}/px-portal/base-image.tar}"
MIRROR="${PX_BASE_MIRROR:-http://deb.debian.org/debian}"
SECURITY="${PX_BASE_SECURITY:-http://deb.debian.org/debian-security}"
SUITE=bookworm
EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$REPO" log -1 --format=%ct 2>/dev/null || date +%s)}"
# fontconfig (with its DejaVu fonts): the charts and the PDF pack draw text with java.awt, which needs it on Linux.
PACKAGES=fontconfig,tzdata
# A server JRE: Java SE, the JDK modules that libraries reach at run time (sun.misc.Unsafe, com.sun.management,
# locale data of the portal's languages, zip file system, DNS for JNDI, JFR) and jcmd for heap dumps in the field.
MODULES=java.se,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs
MODULES+=,jdk.management,jdk.management.agent,jdk.management.jfr,jdk.jfr,jdk.naming.dns,jdk.net,jdk.httpserver
MODULES+=,jdk.security.auth,jdk.security.jgss,jdk.xml.dom,jdk.jcmd,jdk.attach

log() { printf '%s base-image: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

[ "$(id -u)" = 0 ] || { log "run as root (debootstrap and chroot need it)"; exit 1; }
command -v debootstrap >/dev/null || { log "missing debootstrap: apt-get install debootstrap"; exit 1; }

find_jdk() {
    local candidate version
    for candidate in "${PX_BASE_JDK:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
        candidate="${candidate%/}"
        [ -n "$candidate" ] && [ -x "$candidate/bin/jlink" ] || continue
        version="$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java.specification.version = //p')"
        if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}
JDK="$(find_jdk)" || { log "no JDK 21+ with jlink found: set PX_BASE_JDK"; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/px-base-image.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
ROOTFS="$WORK/rootfs"
JAVAFS="$WORK/java"
IMAGE="$WORK/image"
mkdir -p "$IMAGE"

log "debootstrap $SUITE (minbase + $PACKAGES) from $MIRROR"
debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$ROOTFS" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }

log "security and point-release updates"
cat >"$ROOTFS/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb $SECURITY $SUITE-security main
EOF
chroot "$ROOTFS" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    sh -c 'apt-get -qq update && apt-get -qq -y upgrade && apt-get -qq clean' >"$WORK/upgrade.log" 2>&1 \
    || { tail -20 "$WORK/upgrade.log" >&2; exit 1; }
chroot "$ROOTFS" dpkg-query -W -f '${Package} ${Version}\n' >"$WORK/packages.txt"

# What a container runtime provides at run time, or nobody needs in an image: the build host's name and resolver,
# package lists and caches, logs, manuals. The licences under /usr/share/doc stay.
rm -rf "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/var/cache/apt/* "$ROOTFS"/var/cache/debconf/*-old \
    "$ROOTFS"/var/log/* "$ROOTFS"/usr/share/man/* "$ROOTFS"/usr/share/info/* "$ROOTFS"/tmp/* \
    "$ROOTFS"/var/lib/dpkg/*-old "$ROOTFS"/etc/machine-id "$ROOTFS"/var/lib/dbus/machine-id
find "$ROOTFS/usr/share/doc" -type f ! -name copyright -delete
: >"$ROOTFS/etc/resolv.conf"
: >"$ROOTFS/etc/hostname"
chmod 1777 "$ROOTFS/tmp"
# Fontconfig trusts its cache only for the font folders' modification times it was built with, and the layer clamps
# them: clamp first, then build the cache, or every start as user 65532 (who may not write it) rescans the fonts and
# logs "Fontconfig error: No writable cache directories".
find "$ROOTFS" -newermt "@$EPOCH" -exec touch -h -d "@$EPOCH" {} +
chroot "$ROOTFS" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin fc-cache -s -f

log "jlink from $JDK"
"$JDK/bin/jlink" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
    --output "$JAVAFS/opt/java/openjdk"
JAVA_VERSION="$("$JAVAFS/opt/java/openjdk/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.runtime.version = //p')"

# One layer per part, in docker save's layout: <diff id>/layer.tar, the uncompressed tar's SHA-256 as its name.
layer() {
    local dir="$1" tmp="$IMAGE/layer.tmp" sum
    (cd "$dir" && tar --sort=name --mtime="@$EPOCH" --clamp-mtime --numeric-owner --format=posix \
        --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime -cf "$tmp" -- *)
    sum="$(sha256sum "$tmp" | cut -d' ' -f1)"
    mkdir -p "$IMAGE/$sum"
    mv "$tmp" "$IMAGE/$sum/layer.tar"
    echo "$sum"
}
log "packing layers"
chown -R 0:0 "$JAVAFS"
OS_LAYER="$(layer "$ROOTFS")"
JAVA_LAYER="$(layer "$JAVAFS")"

CREATED="$(date -u -d "@$EPOCH" +%Y-%m-%dT%H:%M:%SZ)"
jq -n --arg created "$CREATED" --arg os "sha256:$OS_LAYER" --arg java "sha256:$JAVA_LAYER" \
    --arg suite "$SUITE" --arg packages "$PACKAGES" --arg modules "$MODULES" --arg jv "$JAVA_VERSION" '{
    architecture: "amd64", os: "linux", created: $created,
    config: {
        Env: ["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
              "JAVA_HOME=/opt/java/openjdk", "JAVA_VERSION=\($jv)", "LANG=C.UTF-8"],
        Cmd: ["java", "-version"]
    },
    rootfs: {type: "layers", diff_ids: [$os, $java]},
    history: [
        {created: $created, created_by: "debootstrap --variant=minbase --include=\($packages) \($suite); apt-get upgrade"},
        {created: $created, created_by: "jlink --add-modules \($modules) (Java \($jv))"}
    ]
}' >"$IMAGE/config.json"
CONFIG="$(sha256sum "$IMAGE/config.json" | cut -d' ' -f1)"
mv "$IMAGE/config.json" "$IMAGE/$CONFIG.json"
TAG="px-portal-base:$SUITE-java${JAVA_VERSION%%[.+]*}"
jq -n --arg config "$CONFIG.json" --arg tag "$TAG" --arg os "$OS_LAYER/layer.tar" --arg java "$JAVA_LAYER/layer.tar" \
    '[{Config: $config, RepoTags: [$tag], Layers: [$os, $java]}]' >"$IMAGE/manifest.json"

mkdir -p "$(dirname "$OUT")"
(cd "$IMAGE" && tar --sort=name --mtime="@$EPOCH" --owner=0 --group=0 --numeric-owner --format=posix \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime -cf "$OUT.tmp" -- *)
mv "$OUT.tmp" "$OUT"
cp "$WORK/packages.txt" "${OUT%.tar}.packages.txt"
log "$TAG: $(du -h "$OUT" | cut -f1) in $OUT (packages: ${OUT%.tar}.packages.txt)"
echo "$OUT"
