#!/usr/bin/env bash
# Start a Temporal development server (`temporal server start-dev`) on 127.0.0.1
# for tests and local development, and print the line `TEMPORAL_ADDRESS=127.0.0.1:PORT`.
#
#   tools/services/temporal.sh          start (idempotent: reuses a server that answers)
#   tools/services/temporal.sh stop     stop it (what temporal-stop.sh runs)
#
# Environment:
#   TRIBUTARY_CACHE              CLI binary, SQLite state, log and pid file (default ~/.cache/tributary), never the repo
#   TRIBUTARY_TEMPORAL_PORT      front-end gRPC port (default 17233)
#   TRIBUTARY_TEMPORAL_UI_PORT   the Temporal Web UI's port (default: the gRPC port + 1000, so 18233);
#                                `off` starts the server headless (what the test suites do)
#
# The state survives restarts (SQLite in the cache), so workflows and schedules do too.
# SQLite runs in WAL mode with synchronous=NORMAL: with the default (a rollback journal,
# synchronous=FULL) every write waits for several fsyncs, and the server's schedulers fall
# behind (setting 1,000 schedules took 103 s, against 5.8 s in WAL mode; README, fleet bench).
# A crash of the machine may lose the last transactions; a crash of the server loses nothing.
# The Temporal CLI (which embeds the dev server) is `go install`ed into the cache when
# missing. Progress goes to stderr; stdout carries only the TEMPORAL_ADDRESS line.
set -euo pipefail

CACHE="${TRIBUTARY_CACHE:-$HOME/.cache/tributary}"
PORT="${TRIBUTARY_TEMPORAL_PORT:-17233}"
VERSION="v1.5.1"
STATE="$CACHE/temporal"
LOG="$STATE/temporal-$PORT.log"
PIDFILE="$STATE/temporal-$PORT.pid"
DB="$STATE/temporal-$PORT.sqlite"
ADDRESS="127.0.0.1:$PORT"
UI_PORT="${TRIBUTARY_TEMPORAL_UI_PORT:-$((PORT + 1000))}"

say() { echo "temporal.sh: $*" >&2; }
die() {
  say "ERROR: $*"
  exit 1
}

[[ "$PORT" =~ ^[0-9]+$ ]] || die "TRIBUTARY_TEMPORAL_PORT must be a port number."
[[ "$UI_PORT" == off || "$UI_PORT" =~ ^[0-9]+$ ]] || die "TRIBUTARY_TEMPORAL_UI_PORT must be a port number or 'off'."

# The pinned build in the cache first, then one on PATH, else `go install` it into the cache.
find_binary() {
  local go
  if [[ -x "$CACHE/bin/temporal" ]]; then echo "$CACHE/bin/temporal"; return 0; fi
  if command -v temporal >/dev/null; then command -v temporal; return 0; fi
  go="$(command -v go || echo /usr/local/go/bin/go)"
  [[ -x "$go" ]] || die "the Temporal CLI is not installed and Go is not available to build it. Install Go, or put temporal $VERSION in $CACHE/bin."
  say "Installing the Temporal CLI $VERSION into $CACHE/bin (go install; the first build takes several minutes)."
  mkdir -p "$CACHE/bin"
  GOBIN="$CACHE/bin" "$go" install "github.com/temporalio/cli/cmd/temporal@$VERSION" >&2 ||
    die "go install github.com/temporalio/cli/cmd/temporal@$VERSION failed (see above)."
  echo "$CACHE/bin/temporal"
}

answers() {
  local bin="$1"
  "$bin" operator cluster health --address "$ADDRESS" --command-timeout 3s 2>/dev/null | grep -q SERVING
}

# The pid from our pid file, if that process is still a temporal.
our_pid() {
  local pid
  [[ -f "$PIDFILE" ]] || return 1
  pid="$(cat "$PIDFILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] && [[ "$(command_of "$pid")" == temporal* ]] || return 1
  echo "$pid"
}

command_of() {
  if [[ -r "/proc/$1/comm" ]]; then cat "/proc/$1/comm"; else ps -o comm= -p "$1" 2>/dev/null || true; fi
}

launch() {
  local bin="$1" detach=() pid i
  mkdir -p "$STATE"
  local ui=(--headless)
  [[ "$UI_PORT" == off ]] || ui=(--ui-port "$UI_PORT")
  say "Starting the Temporal dev server on $ADDRESS (state: $DB, log: $LOG)."
  # setsid (nohup where it is missing) detaches it from the caller's terminal, and no
  # descriptor stays open on our stdout, so `$(temporal.sh)` returns at once.
  if command -v setsid >/dev/null; then detach=(setsid); else detach=(nohup); fi
  "${detach[@]}" "$bin" server start-dev --ip 127.0.0.1 --port "$PORT" "${ui[@]}" --db-filename "$DB" \
    --sqlite-pragma journal_mode=wal --sqlite-pragma synchronous=normal \
    --log-level warn >>"$LOG" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PIDFILE"
  for ((i = 0; i < 120; i++)); do
    answers "$bin" && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PIDFILE"
      tail -n 20 "$LOG" >&2 || true
      die "the Temporal server exited during start-up (log above: $LOG). Is port $PORT already in use?"
    fi
    sleep 0.5
  done
  kill "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
  die "the Temporal server did not answer on $ADDRESS within 60 s (log: $LOG)."
}

start() {
  local bin
  bin="$(find_binary)"
  if answers "$bin"; then
    say "A Temporal server already answers on $ADDRESS; reusing it."
  else
    our_pid >/dev/null && die "Temporal (pid $(our_pid)) is running but not answering on $ADDRESS; run tools/services/temporal-stop.sh."
    launch "$bin"
  fi
  report_ui
  echo "TEMPORAL_ADDRESS=$ADDRESS"
}

# Where the Web UI is (on stderr): a reused server may have been started headless.
report_ui() {
  if [[ "$UI_PORT" == off ]]; then
    say "No Web UI requested (TRIBUTARY_TEMPORAL_UI_PORT=off)."
  elif curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$UI_PORT/"; then
    say "Temporal Web UI: http://127.0.0.1:$UI_PORT"
  else
    say "No Temporal Web UI answers on 127.0.0.1:$UI_PORT (a server started headless, e.g. by the test suites, was reused; run tools/services/temporal-stop.sh and start it again for the UI)."
  fi
}

stop() {
  local pid i
  if ! pid="$(our_pid)"; then
    rm -f "$PIDFILE"
    say "No Temporal server started by this script on port $PORT; nothing to stop."
    return 0
  fi
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 40; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  rm -f "$PIDFILE"
  say "Stopped the Temporal server on port $PORT (pid $pid)."
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) die "usage: $0 [start|stop]" ;;
esac
