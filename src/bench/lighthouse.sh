#!/usr/bin/env bash
# Page speed in the browser (docs/benchmarks.md): Lighthouse 12.2.3 (npm) with its desktop preset on the main pages
# of the production jar with the demo data, logged in as the steering member (a session cookie sent with every
# request), and writes target/bench/lighthouse.md: performance score, largest contentful paint, total blocking
# time and layout shift per page, against the targets (score >= 0.9, LCP <= 1.5 s).
#
#   ./mvnw -B -ntp -DskipTests package && bash src/bench/lighthouse.sh
#   BENCH_PORT_LIGHTHOUSE=8090 BENCH_MANAGEMENT_PORT_LIGHTHOUSE=8190 BENCH_LIGHTHOUSE_RUNS=3 CHROME_PATH=/usr/bin/chromium
#   BENCH_LIGHTHOUSE_REVIEW=1 (the review whose page is measured)
#
# Needs Node 20+ (npx) and a Chromium: Debian's (installed by .ci/run) unless CHROME_PATH says otherwise.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${BENCH_PORT_LIGHTHOUSE:-8090}"
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT_LIGHTHOUSE:-8190}"
RUNS="${BENCH_LIGHTHOUSE_RUNS:-3}"
LIGHTHOUSE="${BENCH_LIGHTHOUSE:-lighthouse@12.2.3}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
DIR="$BENCH_OUT/lighthouse"
SUMMARY="$BENCH_OUT/lighthouse.md"
BASE="http://$BENCH_HOST:$PORT"

[ -f "$BENCH_JAR" ] || { bench_log "no $BENCH_JAR: build it with ./mvnw -B -ntp -DskipTests package"; exit 1; }
[ -x "$CHROME_PATH" ] || { bench_log "no Chromium at $CHROME_PATH (apt-get install chromium, or set CHROME_PATH)"; exit 1; }
command -v npx >/dev/null || { bench_log "npx (Node 20+) is needed for Lighthouse"; exit 1; }
bench_port_free "$PORT"

rm -rf "$DIR"
mkdir -p "$DIR/work"
bench_log "starting the jar on port $PORT"
(cd "$DIR/work" && exec "$JAVA" ${BENCH_APP_JVM_ARGS:-} -jar "$BENCH_JAR" --spring.profiles.active=demo \
    --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT" >"$DIR/app.log" 2>&1) &
APP=$!
bench_track "$APP"
bench_wait_200 "$PORT" "$APP" 900 >/dev/null || { bench_log "app did not start, see $DIR/app.log"; exit 1; }
bench_wait_log "$DIR/app.log" "Alert scan of" 900 || { bench_log "app not ready, see $DIR/app.log"; exit 1; }

# Log in as a browser does (the form's CSRF token, then the form post); the session cookie goes to Lighthouse.
JAR="$DIR/cookies.txt"
csrf=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p' | head -1)
[ -n "$csrf" ] || { bench_log "no CSRF token on the login page"; exit 1; }
location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR" -b "$JAR" -H "Origin: $BASE" \
    --data-urlencode "username=steering" --data-urlencode "password=demo" --data-urlencode "_csrf=$csrf" "$BASE/login")
case "$location" in *login*|"") bench_log "login failed (redirected to '$location')"; exit 1 ;; esac
session=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR" | tail -1)
printf '{"Cookie": "JSESSIONID=%s"}\n' "$session" >"$DIR/headers.json"

# An open review: the demo data's first review (a fresh database numbers them from 1).
PAGES=(login "" contracts licences finance support experience/scorecard roadmap "reviews/${BENCH_LIGHTHOUSE_REVIEW:-1}")

# Median of decimals on stdin, keeping their precision (the mean of the middle two for an even count).
median() {
    sort -g | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2];
        else print (a[NR/2]+a[NR/2+1])/2}'
}

lighthouse_run() {
    local url=$1 out=$2 headers=$3
    npx -y "$LIGHTHOUSE" "$url" --quiet --preset=desktop --only-categories=performance \
        --output=json --output-path="$out" --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
        ${headers:+--extra-headers="$headers"} --disable-storage-reset >/dev/null 2>>"$DIR/lighthouse.log"
}

echo -e "page\trun\tscore\tlcp_ms\ttbt_ms\tcls\tfcp_ms" >"$DIR/runs.tsv"
for page in "${PAGES[@]}"; do
    name="${page:-portfolio}"
    for run in $(seq 1 "$RUNS"); do
        out="$DIR/${name//\//-}-$run.json"
        if [ "$page" = login ]; then
            lighthouse_run "$BASE/login" "$out" ""
        else
            lighthouse_run "$BASE/$page" "$out" "$DIR/headers.json"
        fi
        node -e '
            const r = require(process.argv[1]); const a = r.audits;
            if (r.finalDisplayedUrl && /\/login/.test(r.finalDisplayedUrl) && process.argv[2] !== "login") {
                console.error("redirected to the login page"); process.exit(1); }
            console.log([process.argv[2], process.argv[3], r.categories.performance.score,
                Math.round(a["largest-contentful-paint"].numericValue), Math.round(a["total-blocking-time"].numericValue),
                a["cumulative-layout-shift"].numericValue.toFixed(3),
                Math.round(a["first-contentful-paint"].numericValue)].join("\t"));' "$out" "$name" "$run" >>"$DIR/runs.tsv"
        bench_log "$(tail -1 "$DIR/runs.tsv")"
    done
done

{
    echo "## Lighthouse $LIGHTHOUSE, desktop preset, medians of $RUNS runs per page"
    echo
    echo "| page | performance | largest paint | total blocking time | layout shift | first paint | targets met |"
    echo "| --- | --- | --- | --- | --- | --- | --- |"
    for page in "${PAGES[@]}"; do
        name="${page:-portfolio}"
        col() { awk -F'\t' -v p="$name" -v c="$1" '$1 == p {print $c}' "$DIR/runs.tsv" | median; }
        score=$(col 3); lcp=$(col 4); tbt=$(col 5); cls=$(col 6); fcp=$(col 7)
        met=$(awk -v s="$score" -v l="$lcp" 'BEGIN {print (s >= 0.9 && l <= 1500) ? "yes" : "no"}')
        echo "| ${name%%/[0-9]*} | $score | $lcp ms | $tbt ms | $cls | $fcp ms | $met |"
    done
    echo
    bench_machine | sed 's/^/- /'
    echo "- uptime: $(uptime)"
    echo "- command: \`bash src/bench/lighthouse.sh\` (BENCH_LIGHTHOUSE_RUNS=$RUNS)"
} >"$SUMMARY.tmp"
mv "$SUMMARY.tmp" "$SUMMARY"
cat "$SUMMARY"
