#!/usr/bin/env bash
# Start stripe-mock (Stripe's official API mock) on 127.0.0.1 for tests, and print
# the line `STRIPE_MOCK_URL=http://127.0.0.1:PORT`. It runs with -strict-version-check:
# a request whose Stripe-Version is not the version of stripe-mock's OpenAPI spec
# is refused, so the contract test proves the connector's pinned version too.
#
#   tools/services/stripe-mock.sh          start (idempotent: reuses a mock that answers)
#   tools/services/stripe-mock.sh stop     stop it (what stripe-mock-stop.sh runs)
#
# Environment:
#   TRIBUTARY_CACHE              binary, log and pid file (default ~/.cache/tributary), never the repo
#   TRIBUTARY_STRIPE_MOCK_PORT   HTTP port (default 12113: not stripe-mock's own 12111, where an
#                                older checkout may have left a mock without strict version checking)
#
# Progress goes to stderr; stdout carries only the STRIPE_MOCK_URL line.
set -euo pipefail

CACHE="${TRIBUTARY_CACHE:-$HOME/.cache/tributary}"
PORT="${TRIBUTARY_STRIPE_MOCK_PORT:-12113}"
VERSION="v0.197.0"
STATE="$CACHE/stripe-mock"
LOG="$STATE/stripe-mock-$PORT.log"
PIDFILE="$STATE/stripe-mock-$PORT.pid"
URL="http://127.0.0.1:$PORT"

say() { echo "stripe-mock.sh: $*" >&2; }
die() {
  say "ERROR: $*"
  exit 1
}

[[ "$PORT" =~ ^[0-9]+$ ]] || die "TRIBUTARY_STRIPE_MOCK_PORT must be a port number."

# The pinned build in the cache first, then one on PATH, else `go install` it into the cache.
find_binary() {
  local go
  if [[ -x "$CACHE/bin/stripe-mock" ]]; then echo "$CACHE/bin/stripe-mock"; return 0; fi
  if command -v stripe-mock >/dev/null; then command -v stripe-mock; return 0; fi
  go="$(command -v go || echo /usr/local/go/bin/go)"
  [[ -x "$go" ]] || die "stripe-mock is not installed and Go is not available to build it. Install Go, or put stripe-mock $VERSION in $CACHE/bin."
  say "Installing stripe-mock $VERSION into $CACHE/bin (go install)."
  mkdir -p "$CACHE/bin"
  GOBIN="$CACHE/bin" "$go" install "github.com/stripe/stripe-mock@$VERSION" >&2 ||
    die "go install github.com/stripe/stripe-mock@$VERSION failed (see above)."
  echo "$CACHE/bin/stripe-mock"
}

status_of() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 2 -u sk_test_123: "$@" "$URL/v1/charges" || true
}

# Answers, and checks versions: an API version no spec has must be refused.
answers() {
  [[ "$(status_of)" == "200" ]] && [[ "$(status_of -H 'Stripe-Version: 2000-01-01')" == "400" ]]
}

# Something answers on the port but lets any version through.
lenient() {
  [[ "$(status_of)" == "200" ]] && ! answers
}

# The pid from our pid file, if that process is still a stripe-mock.
our_pid() {
  local pid
  [[ -f "$PIDFILE" ]] || return 1
  pid="$(cat "$PIDFILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] && [[ "$(command_of "$pid")" == *stripe-mock* ]] || return 1
  echo "$pid"
}

command_of() {
  if [[ -r "/proc/$1/comm" ]]; then cat "/proc/$1/comm"; else ps -o comm= -p "$1" 2>/dev/null || true; fi
}

launch() {
  local bin="$1" detach=() pid i
  mkdir -p "$STATE"
  say "Starting stripe-mock on $URL (log: $LOG)."
  # setsid (nohup where it is missing) detaches it from the caller's terminal, and no
  # descriptor stays open on our stdout, so `$(stripe-mock.sh)` returns at once.
  if command -v setsid >/dev/null; then detach=(setsid); else detach=(nohup); fi
  # -http-addr alone would still open HTTPS on *:12112; pin HTTPS to a free loopback port.
  "${detach[@]}" "$bin" -strict-version-check -http-addr "127.0.0.1:$PORT" -https-addr "127.0.0.1:" >>"$LOG" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PIDFILE"
  for ((i = 0; i < 60; i++)); do
    answers && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PIDFILE"
      tail -n 20 "$LOG" >&2 || true
      die "stripe-mock exited during start-up (log above: $LOG). Is port $PORT already in use?"
    fi
    sleep 0.5
  done
  kill "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
  die "stripe-mock did not answer on $URL within 30 s (log: $LOG)."
}

start() {
  local bin
  command -v curl >/dev/null || die "curl is required."
  if answers; then
    say "stripe-mock already answers on $URL with strict version checking; reusing it."
  elif lenient; then
    die "a stripe-mock without -strict-version-check answers on $URL; stop it (tools/services/stripe-mock-stop.sh if this script started it) or set TRIBUTARY_STRIPE_MOCK_PORT."
  else
    our_pid >/dev/null && die "stripe-mock (pid $(our_pid)) is running but not answering on $URL; run tools/services/stripe-mock-stop.sh."
    bin="$(find_binary)"
    launch "$bin"
  fi
  echo "STRIPE_MOCK_URL=$URL"
}

stop() {
  local pid i
  if ! pid="$(our_pid)"; then
    rm -f "$PIDFILE"
    answers && say "A stripe-mock on $URL was not started by this script; leaving it running." ||
      say "No stripe-mock started by this script on port $PORT; nothing to stop."
    return 0
  fi
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 20; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  rm -f "$PIDFILE"
  say "Stopped stripe-mock on port $PORT (pid $pid)."
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) die "usage: $0 [start|stop]" ;;
esac
