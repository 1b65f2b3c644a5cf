#!/usr/bin/env bash
# `make lighthouse`: Lighthouse 12.2.3 (npm, tools/) with Debian's Chromium,
# headless, mobile with simulated slow 4G (Lighthouse's default), on `/`,
# `/login`, a signed-in `/pay` (the session cookie passed as an extra header)
# and `/gov/services` of the release server in demo mode with a freshly
# seeded database. Prints performance, LCP, TBT and CLS per page against the
# targets of issue #11 (performance ≥ 95, LCP ≤ 1.5 s, TBT ≤ 50 ms,
# CLS ≤ 0.02); the full reports stay in target/lighthouse/.
set -euo pipefail
SERVER=${1:-target/release/linli}
OUT=target/lighthouse
mkdir -p "$OUT"
dir=$(mktemp -d /tmp/linli-lighthouse.XXXXXX)
server_pid=""
trap 'stop_demo_server; rm -rf "$dir"' EXIT
. "$(dirname "$0")/demo-server.sh"

start_demo_server "$SERVER"
sign_in 13900000006
export CHROME_PATH=${CHROMIUM:-/usr/bin/chromium}
lighthouse() { "$(dirname "$0")/lighthouse/node_modules/.bin/lighthouse" "$@"; }
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"

echo "Lighthouse $(lighthouse --version), mobile, simulated slow 4G; load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
printf '%-14s %5s %8s %8s %7s\n' page perf LCP TBT CLS
for spec in "/|home|" "/login|login|" "/pay|pay|signed" "/gov/services|services|"; do
  IFS='|' read -r path name signed <<<"$spec"
  extra=()
  [ -n "$signed" ] && extra=(--extra-headers "{\"Cookie\": \"linli_session=$session\"}")
  rm -rf "$dir/chrome"
  lighthouse "$base$path" --quiet --only-categories=performance --output=json --output-path="$OUT/$name.json" \
    --chrome-flags="$flags --user-data-dir=$dir/chrome" "${extra[@]}" >/dev/null 2>"$dir/lh.log" \
    || { cat "$dir/lh.log" >&2; exit 1; }
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const a = (k) => r.audits[k].numericValue;
    if (r.runtimeError) { console.error(r.runtimeError); process.exit(1); }
    const perf = Math.round(r.categories.performance.score * 100);
    const ok = perf >= 95 && a("largest-contentful-paint") <= 1500 && a("total-blocking-time") <= 50 && a("cumulative-layout-shift") <= 0.02;
    console.log([process.argv[2].padEnd(14), String(perf).padStart(5),
      ((a("largest-contentful-paint") / 1000).toFixed(2) + " s").padStart(8),
      (Math.round(a("total-blocking-time")) + " ms").padStart(8),
      a("cumulative-layout-shift").toFixed(3).padStart(7), ok ? "" : "  (misses a target)"].join(" "));
  ' "$OUT/$name.json" "$path${signed:+ (signed in)}"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); reports in $OUT/"
