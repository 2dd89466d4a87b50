#!/usr/bin/env bash
# The demo: installs what is missing, builds, starts the reference platform on a free
# loopback port with the demo community (and live activity), syncs it into a demo cache
# as `manager`, then opens the console on that cache, logged in. Closing the console stops
# the platform.
#
#   scripts/demo.sh [CONSOLE OPTIONS]     e.g. scripts/demo.sh --lang zh_CN
#   DEMO_DIR=... scripts/demo.sh          (default: build/demo; reused between runs)
#
# The password below is the demo community's published one and is used for nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
demo_dir=${DEMO_DIR:-$root/build/demo}

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "demo.sh: the console is a desktop program and needs a display (DISPLAY or WAYLAND_DISPLAY is not set)." >&2
  echo "         Run it in a desktop session, or under Xvfb: xvfb-run -a scripts/demo.sh" >&2
  [ -n "${CI:-}" ] && echo "         (CI detected: use scripts/test.sh there.)" >&2
  exit 1
fi

scripts/install-deps.sh
scripts/build.sh

mkdir -p "$demo_dir"
server_log="$demo_dir/platform.log"
: > "$server_log"
build/server/steward-platform --db "$demo_dir/platform.db" --seed demo --port 0 --live >"$server_log" 2>&1 &
server_pid=$!
stop_server() {
  if kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}
trap stop_server EXIT INT TERM

url=""
for _ in $(seq 1 600); do
  url=$(sed -n 's/.*listening on \(http:\/\/[^ ]*\).*/\1/p' "$server_log" | head -1)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "demo.sh: the platform exited:" >&2; tail -5 "$server_log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "demo.sh: the platform did not start within 60 s; see $server_log" >&2; exit 1; }
echo "Platform listening on $url (log: $server_log)"

export STEWARD_PASSWORD=steward-demo
rc=0
build/app/steward sync --server "$url" --user manager --data-dir "$demo_dir/console" || rc=$?
# 3: synced, but conflicts wait in the console — exactly where the demo goes next.
if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
  echo "demo.sh: steward sync failed (exit $rc)" >&2
  exit "$rc"
fi
# Logged in automatically because STEWARD_PASSWORD is set (demo and automation only).
build/app/steward --data-dir "$demo_dir/console" --server "$url" --user manager "$@" || true
