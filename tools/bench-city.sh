#!/usr/bin/env bash
# `make bench-city`: a city's set-up on one machine — two Linli release
# servers on one PostgreSQL behind nginx with the sample configuration
# (tools/city/nginx.conf) — against one server on SQLite, under the same
# load of simulated residents.
#
# Residents: every demo person with a home, each with a session made in the
# database. wrk (loopback, bounded: BENCH_SECS per run, default 15;
# BENCH_CONNS connections, default 32) runs tools/city/residents.lua: each
# request is one resident's, chosen at random, reading their pages (bills,
# history, Me, the service guide, the home page), or, one request in ten,
# starting to pay one of their bills with a fresh idempotency key (the
# first starts the payment; later ones for the same bill are told it is
# being paid — both are answers, not errors), or, one in twenty, filing a
# report about their building (a multipart form, as a browser sends it). Prints requests per second,
# p50/p99 latency and errors (socket errors and answers other than
# 2xx/3xx) for each set-up. Needs: the release server, PostgreSQL, nginx
# and wrk (make bench-city installs the last two).
set -euo pipefail
SERVER=$(realpath "${1:-target/release/linli}")
SECS=${BENCH_SECS:-15}
CONNS=${BENCH_CONNS:-32}
THREADS=${BENCH_THREADS:-2}
HERE=$(cd "$(dirname "$0")" && pwd)
SECRET=bench-city-shared-secret-0123456789abcdef

dir=$(mktemp -d /tmp/linli-city.XXXXXX)
chmod 755 "$dir"
pids=(); nginx_pid=""; pg_ctl=""
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  [ -n "$pg_ctl" ] && (cd / && as_pg "$pg_ctl" -D "$dir/pg" -m immediate stop >/dev/null 2>&1) || true
  sleep 0.3
  rm -rf "$dir"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# A throw-away PostgreSQL, as the tests start theirs.
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (make test-deps installs it)" >&2; exit 1; }
pg_ctl="$bin/pg_ctl"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
pgport=$(free_port)
(cd / && as_pg "$bin/initdb" -D "$dir/pg" -A trust -U postgres --no-sync -E UTF8 --locale C >/dev/null)
(cd / && as_pg "$pg_ctl" -D "$dir/pg" -w -l "$dir/pg.log" \
  -o "-p $pgport -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null)
"$bin/createdb" -h 127.0.0.1 -p "$pgport" -U postgres linli
PG_URL="postgres://postgres@127.0.0.1:$pgport/linli"

start_server() { # url port log → pid in $!
  LINLI_DEMO=1 LINLI_SECRET=$SECRET LINLI_DATABASE_URL=$1 LINLI_ADDR=127.0.0.1:$2 LINLI_UPLOAD_DIR=$dir/uploads \
    LINLI_TRUST_PROXY=1 RUST_LOG=warn "$SERVER" >"$dir/$3" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$2/readyz" >/dev/null 2>&1 && return 0; sleep 0.1; done
  cat "$dir/$3" >&2; echo "a server did not start" >&2; exit 1
}

# Sessions for every demo resident with a home, made in the database, and
# each one's unpaid bills; written as the Lua table the load script reads.
residents() { # sql-runner → $dir/residents.lua
  local rows
  rows=$("$@" "SELECT u.id, COALESCE((SELECT b.id FROM bills b WHERE b.unit_id = u.home_unit_id AND b.paid_order_id IS NULL ORDER BY b.id LIMIT 1), ''), (SELECT n.building_id FROM units n WHERE n.id = u.home_unit_id) FROM users u WHERE u.home_unit_id IS NOT NULL ORDER BY u.id")
  { echo "residents = {"
    while IFS='|' read -r user bill building; do
      [ -n "$user" ] || continue
      token=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
      hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
      now=$(date +%s)
      "$@" "INSERT INTO sessions (token_hash, user_id, created_at, last_seen, expires_at, kiosk) VALUES ('$hash', '$user', $now, $now, $((now + 86400)), 0)" >/dev/null
      echo "  { token = \"$token\", bill = \"$bill\", building = \"$building\" },"
    done <<<"$rows"
    echo "}"; } >"$dir/residents.lua"
}
pg_sql() { psql -At -F '|' -h 127.0.0.1 -p "$pgport" -U postgres -d linli -c "$1"; }
sqlite_sql() { python3 - "$dir/linli.db" "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); r = c.execute(sys.argv[2]).fetchall(); c.commit()
for row in r: print("|".join("" if v is None else str(v) for v in row))
PY
}

# A resident's session works: /pay is their signed-in page, not a redirect to sign in.
check_signed_in() { # base-url
  local token code
  token=$(grep -o 'token = "[0-9a-f]*"' "$dir/residents.lua" | head -1 | cut -d'"' -f2)
  code=$(curl -s -o "$dir/check.html" -w '%{http_code}' -H "Cookie: linli_session=$token; linli_lang=en" "$1/pay")
  [ "$code" = 200 ] && grep -q 'href="/me" class="header-account"' "$dir/check.html" \
    || { echo "a simulated resident is not signed in at $1/pay (HTTP $code)" >&2; exit 1; }
}

load() { # base-url label
  local out
  out=$(cd "$dir" && BASE="$1" wrk -t"$THREADS" -c"$CONNS" -d"${SECS}s" --latency -s "$HERE/city/residents.lua" "$1")
  echo "$out" >"$dir/wrk-$2.txt"
  awk -v label="$2" '
    /^Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 }
    / requests in / { n = $1 }
    /Socket errors:/ { gsub(",", ""); se = $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    END { printf "%-34s %9s %9s %9s %8d %7d\n", label, rps, p50, p99, n, se + bad }' <<<"$out"
}

echo "wrk -t$THREADS -c$CONNS -d${SECS}s on loopback, tools/city/residents.lua; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Two servers on PostgreSQL behind nginx (the sample, on free ports).
p1=$(free_port); p2=$(free_port); pn=$(free_port)
start_server "$PG_URL" "$p1" server1.log
start_server "$PG_URL" "$p2" server2.log
sed -e "s/127.0.0.1:3001/127.0.0.1:$p1/; s/127.0.0.1:3002/127.0.0.1:$p2/; s/listen 80;/listen 127.0.0.1:$pn;/" \
  "$HERE/city/nginx.conf" >"$dir/linli.conf"
cat >"$dir/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log warn;
events { worker_connections 1024; }
http { access_log off; include $dir/linli.conf; }
CONF
nginx -c "$dir/nginx.conf" -p "$dir" &
nginx_pid=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$pn/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
residents pg_sql
check_signed_in "http://127.0.0.1:$pn"
n=$(grep -c token "$dir/residents.lua")
printf '%-34s %9s %9s %9s %8s %7s\n' "set-up ($n residents)" "req/s" p50 p99 requests errors
load "http://127.0.0.1:$pn" "2 servers, PostgreSQL, nginx"
done_pg=$(pg_sql "SELECT (SELECT COUNT(*) FROM cases WHERE description LIKE 'The stair light%') || ' reports filed, ' || (SELECT COUNT(*) FROM payment_orders) || ' payments started'")
for p in "${pids[@]}"; do kill "$p"; done; kill "$nginx_pid"; pids=(); nginx_pid=""
sleep 0.5

# One server on SQLite, the same residents and load, no proxy.
ps=$(free_port)
start_server "sqlite://$dir/linli.db" "$ps" server-sqlite.log
residents sqlite_sql
check_signed_in "http://127.0.0.1:$ps"
load "http://127.0.0.1:$ps" "1 server, SQLite"
done_sqlite=$(sqlite_sql "SELECT (SELECT COUNT(*) FROM cases WHERE description LIKE 'The stair light%') || ' reports filed, ' || (SELECT COUNT(*) FROM payment_orders) || ' payments started'")
echo "what the residents did: PostgreSQL $done_pg; SQLite $done_sqlite"
echo "errors: socket errors + answers other than 2xx/3xx; full wrk output in the run's folder while it runs"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
