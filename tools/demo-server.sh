# Sourced by tools/bench.sh and tools/lighthouse.sh: a Linli release server in
# demo mode on a free loopback port with a freshly seeded database in $dir,
# and a sign-in the way a browser without JavaScript does it (ask for a code,
# read it from the demo outbox at /demo/sms, send it back).
# Needs: $dir (a temporary directory, removed by the caller).

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_demo_server BINARY → sets $base and $server_pid
start_demo_server() {
  local port
  port=$(free_port)
  base="http://127.0.0.1:$port"
  LINLI_DEMO=1 LINLI_ADDR="127.0.0.1:$port" LINLI_DATABASE_URL="sqlite://$dir/linli.db" RUST_LOG=warn \
    "$1" >"$dir/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 200); do curl -fs "$base/healthz" >/dev/null 2>&1 && return 0; sleep 0.1; done
  cat "$dir/server.log" >&2
  echo "the server did not start" >&2
  return 1
}

stop_demo_server() {
  if [ -n "${server_pid:-}" ]; then kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; fi
  server_pid=""
}

# sign_in PHONE → sets $session (the session cookie's value)
sign_in() {
  local jar="$dir/cookies-$1" code
  post() { curl -fs -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" -H "Origin: $base" -H 'Accept: text/html' --data "$2" "$base$1"; }
  [ "$(post /api/auth/request_code "phone=$1")" = "$base/login/code" ] || { echo "requesting a code for $1 failed" >&2; return 1; }
  code=$(curl -fs -b "$jar" "$base/demo/sms" | grep -o '[0-9]\{6\}' | head -1)
  [ "$(post /api/auth/verify_code "code=$code")" = "$base/me" ] || { echo "signing in with $code failed" >&2; return 1; }
  session=$(awk '$6 == "linli_session" { print $7 }' "$jar")
  [ -n "$session" ] || { echo "no session cookie" >&2; return 1; }
}
