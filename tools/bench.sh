#!/usr/bin/env bash
# `make bench`: requests per second and latency (p50, p99) of the Linli
# release server for `/`, a signed-in `/pay`, `/gov/services`, Shop's search
# and a signed-in cart with goods from two shops (the checkout page), and of
# nginx serving the very same bytes (each page's HTML saved to a file) on the
# same machine, with the ratio Linli / nginx.
#
# Load: wrk on loopback only, bounded in time (BENCH_SECS per run, default
# 10), BENCH_CONNS connections (default 32) on BENCH_THREADS threads
# (default 2). Demo mode, a freshly seeded database in a temporary directory.
# Requests carry no Accept-Encoding, so neither server compresses.
set -euo pipefail
SERVER=${1:-target/release/linli}
SECS=${BENCH_SECS:-10}
CONNS=${BENCH_CONNS:-32}
THREADS=${BENCH_THREADS:-2}

dir=$(mktemp -d /tmp/linli-bench.XXXXXX)
chmod 755 "$dir"
server_pid=""; nginx_pid=""
cleanup() {
  stop_demo_server
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  sleep 0.2
  rm -rf "$dir"
}
trap cleanup EXIT
. "$(dirname "$0")/demo-server.sh"

start_demo_server "$SERVER"
# A resident with bills (13900000006, Liu Siyuan, reads English).
sign_in 13900000006
cookie="Cookie: linli_session=$session; linli_lang=en"

# The same bytes for nginx: each page as Linli sends it to that client.
# `/` and `/gov/services` as a first-time visitor and signed in; `/pay` only
# exists signed in.
anon="Accept-Language: en"
PAGES=("/|home|$anon" "/|home-in|$cookie" "/pay|pay|$cookie" "/gov/services|services|$anon" "/gov/services|services-in|$cookie"
  "/shop/search?q=naan|search|$anon" "/shop/search?q=naan|search-in|$cookie" "/shop/cart|cart|$cookie")
# The resident's cart: bread and medicine from two shops (the checkout page).
for good in city-bakery-girde city-pharmacy-paracetamol; do
  curl -fs -o /dev/null -H "$cookie" -H "Origin: $base" -d "good=$good&qty=2&back=/shop" "$base/api/shop/add"
done
mkdir -p "$dir/www"
for spec in "${PAGES[@]}"; do
  IFS='|' read -r path file header <<<"$spec"
  curl -fs -H "$header" "$base$path" -o "$dir/www/$file.html"
done
grep -q 'action="/api/auth/logout\|/me"' "$dir/www/pay.html" || { echo "/pay is not the signed-in page" >&2; exit 1; }

nport=$(free_port)
cat >"$dir/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nodelay on;
  keepalive_requests 100000;
  default_type text/html;
  # the signed-in copy when the request carries a session cookie
  map \$http_cookie \$in { ~linli_session= "-in"; default ""; }
  server {
    listen 127.0.0.1:$nport;
    root $dir/www;
    location = / { try_files /home\$in.html =404; }
    location = /pay { try_files /pay.html =404; }
    location = /gov/services { try_files /services\$in.html =404; }
    location = /shop/search { try_files /search\$in.html =404; }
    location = /shop/cart { try_files /cart.html =404; }
  }
}
CONF
nginx -c "$dir/nginx.conf" -p "$dir" &
nginx_pid=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$nport/" >/dev/null 2>&1 && break; sleep 0.1; done
cmp -s <(curl -fs "http://127.0.0.1:$nport/pay") "$dir/www/pay.html" || { echo "nginx does not serve the saved page" >&2; exit 1; }

# CPU time the server's processes spent (all threads), in clock ticks.
ticks() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat"))); done; echo "$t"; }
HZ=$(getconf CLK_TCK)

# wrk --latency prints "50%  1.23ms" … "99%  4.56ms" and "N requests in …".
run() { # url header pids… → "req/s p50 p99 cpu-µs-per-request"
  local url=$1 header=$2 out t0 t1
  shift 2
  t0=$(ticks "$@")
  out=$(wrk -t"$THREADS" -c"$CONNS" -d"${SECS}s" --latency -H "$header" "$url")
  t1=$(ticks "$@")
  if grep -q 'Non-2xx' <<<"$out"; then echo "non-2xx answers from $url" >&2; echo "$out" >&2; exit 1; fi
  awk -v hz="$HZ" -v cpu=$((t1 - t0)) '
    /^Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 }
    / requests in / { n = $1 }
    END { printf "%s %s %s %.0f\n", rps, p50, p99, cpu / hz * 1e6 / n }' <<<"$out"
}

# req/s and latency depend on what else the machine is doing (wrk itself
# takes a core's share); the CPU time each server spends per request (µs,
# all its threads) does much less, so it is printed too, with its ratio.
nginx_pids=("$nginx_pid" $(pgrep -P "$nginx_pid" || true))
echo "wrk -t$THREADS -c$CONNS -d${SECS}s on loopback; load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
printf '%-14s %-9s %6s | %9s %8s %8s %6s | %9s %8s %8s %6s | %6s %6s\n' page who bytes "linli r/s" p50 p99 "cpu µs" "nginx r/s" p50 p99 "cpu µs" ratio "cpu"
for spec in "${PAGES[@]}"; do
  IFS='|' read -r path file header <<<"$spec"
  who=$([ "$header" = "$anon" ] && echo visitor || echo signed-in)
  read -r lr l50 l99 lc < <(run "$base$path" "$header" "$server_pid")
  read -r nr n50 n99 nc < <(run "http://127.0.0.1:$nport$path" "$header" "${nginx_pids[@]}")
  ratio=$(awk -v a="$lr" -v b="$nr" 'BEGIN { printf "%.3f", a / b }')
  cratio=$(awk -v a="$lc" -v b="$nc" 'BEGIN { printf "%.3f", (a > 0) ? b / a : 0 }')
  printf '%-14s %-9s %6s | %9s %8s %8s %6s | %9s %8s %8s %6s | %6s %6s\n' "$path" "$who" "$(stat -c %s "$dir/www/$file.html")" \
    "$lr" "$l50" "$l99" "$lc" "$nr" "$n50" "$n99" "$nc" "$ratio" "$cratio"
done
echo "ratio = linli r/s ÷ nginx r/s; cpu = nginx's CPU per request ÷ linli's (the r/s ratio on an otherwise idle machine, roughly)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
