#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for integration tests and local
# development, and print the line `DATABASE_URL=postgresql://postgres@127.0.0.1:PORT/tributary_test`.
#
#   tools/services/postgres.sh          start (idempotent: reuses a server that answers)
#   tools/services/postgres.sh stop     stop it (what postgres-stop.sh runs)
#
# Environment:
#   TRIBUTARY_CACHE     where data lives (default ~/.cache/tributary), never the repo
#   TRIBUTARY_PG_PORT   TCP port (default 54329)
#   TRIBUTARY_PG_DB     database to create if missing and print (default tributary_test, what the suites use)
#
# The server is a test cluster, not a deployment: trust authentication (no password) on
# 127.0.0.1 and fsync, synchronous_commit and full_page_writes off, so a crash of the machine
# can lose or corrupt its data. Anywhere that matters, point DATABASE_URL at a real server.
# Progress goes to stderr; stdout carries only the DATABASE_URL line.
set -euo pipefail

CACHE="${TRIBUTARY_CACHE:-$HOME/.cache/tributary}"
PORT="${TRIBUTARY_PG_PORT:-54329}"
DB_NAME="${TRIBUTARY_PG_DB:-tributary_test}"
SERVICE_USER="postgres" # initdb and postgres refuse to run as root; used only when we are root
URL="postgresql://postgres@127.0.0.1:${PORT}/${DB_NAME}"
BIN=""        # directory holding initdb, pg_ctl and postgres; set by find_bin_dir
ROOT=""       # per-port directory holding data/, run/ and postgres.log; set by choose_root
PG_ISREADY="" # client tools, set by find_tools
PSQL=""

say() { echo "postgres.sh: $*" >&2; }
die() {
  say "ERROR: $*"
  exit 1
}

[[ "$PORT" =~ ^[0-9]+$ ]] || die "TRIBUTARY_PG_PORT must be a port number."
[[ "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]] || die "TRIBUTARY_PG_DB must be a plain lower-case name (letters, digits, _)."

# A directory with initdb, pg_ctl and postgres: PATH first, then Debian's layout (newest version).
find_bin_dir() {
  local initdb dir
  if initdb="$(command -v initdb)" && command -v pg_ctl >/dev/null && command -v postgres >/dev/null; then
    dir="$(dirname "$(readlink -f "$initdb")")"
    [[ -x "$dir/pg_ctl" && -x "$dir/postgres" ]] && { echo "$dir"; return 0; }
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]] && { echo "$dir"; return 0; }
  done
  return 1
}

# Find the server binaries (installing them if needed) and the client tools beside them.
find_tools() {
  if ! BIN="$(find_bin_dir)"; then
    install_postgres
    BIN="$(find_bin_dir)" || die "PostgreSQL binaries are still missing after installing the package."
  fi
  PG_ISREADY="$BIN/pg_isready"
  [[ -x "$PG_ISREADY" ]] || PG_ISREADY="$(command -v pg_isready)" || die "pg_isready not found."
  PSQL="$BIN/psql"
  [[ -x "$PSQL" ]] || PSQL="$(command -v psql)" || die "psql not found."
}

as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "PostgreSQL is not installed and neither root nor sudo is available to install it (apt-get install postgresql)."
  fi
}

install_postgres() {
  command -v apt-get >/dev/null || die "PostgreSQL is not installed and apt-get is unavailable. Install PostgreSQL 15+ (initdb, pg_ctl, postgres) and retry."
  say "PostgreSQL binaries not found; installing Debian's postgresql package."
  # Keep the package from creating and starting its own cluster on port 5432.
  as_root mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.d/tributary.conf >/dev/null
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
}

# Run a server-side command as an unprivileged user when we are root.
as_service() {
  if [[ $EUID -eq 0 ]]; then runuser -u "$SERVICE_USER" -- "$@"; else "$@"; fi
}

ensure_service_user() {
  [[ $EUID -eq 0 ]] || return 0
  id -u "$SERVICE_USER" >/dev/null 2>&1 && return 0
  say "Creating system user '$SERVICE_USER' to run the server (PostgreSQL refuses to run as root)."
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$SERVICE_USER" ||
    die "could not create the '$SERVICE_USER' system user."
}

# The cache normally holds the data. As root, a home directory such as /root (mode 700) is
# not reachable by the unprivileged server user; rather than loosen its permissions, fall
# back to a root-owned directory under /var/cache.
choose_root() {
  ROOT="$CACHE/postgres-$PORT"
  if [[ $EUID -eq 0 ]] && ! { mkdir -p "$CACHE" && runuser -u "$SERVICE_USER" -- test -x "$CACHE"; }; then
    ROOT="/var/cache/tributary/postgres-$PORT"
    say "$CACHE is not reachable by user '$SERVICE_USER'; keeping the test cluster in $ROOT."
  fi
}

answers() {
  "$PG_ISREADY" -q -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -t 2
}

running_here() {
  [[ -f "$ROOT/data/PG_VERSION" ]] && as_service "$BIN/pg_ctl" -D "$ROOT/data" status >/dev/null 2>&1
}

init_cluster() {
  local data="$ROOT/data" major
  major="$("$BIN/postgres" --version | sed -E 's/[^0-9]*([0-9]+).*/\1/')"
  if [[ -f "$data/PG_VERSION" && "$(cat "$data/PG_VERSION")" != "$major" ]]; then
    say "Test cluster in $data is from PostgreSQL $(cat "$data/PG_VERSION"), binaries are $major; re-creating it."
    rm -rf "$data"
  fi
  mkdir -p "$ROOT/run"
  [[ $EUID -eq 0 ]] && chown -R "$SERVICE_USER:" "$ROOT"
  chmod 700 "$ROOT"
  [[ -f "$data/PG_VERSION" ]] && return 0
  say "Creating test cluster in $data (PostgreSQL $major)."
  as_service "$BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C --no-instructions --no-sync >&2 ||
    die "initdb failed (see the output above)."
}

start_server() {
  local opts
  [[ "$ROOT" != *"'"* ]] || die "the data path must not contain a single quote: $ROOT"
  opts="-k '$ROOT/run' -c listen_addresses=127.0.0.1 -p $PORT -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  say "Starting PostgreSQL on 127.0.0.1:$PORT (log: $ROOT/postgres.log)."
  if ! as_service "$BIN/pg_ctl" -D "$ROOT/data" -l "$ROOT/postgres.log" -w -t 60 -o "$opts" start >&2; then
    tail -n 30 "$ROOT/postgres.log" >&2 || true
    die "PostgreSQL did not start on port $PORT (log above: $ROOT/postgres.log). Is the port already in use?"
  fi
}

wait_until_ready() {
  local i
  for ((i = 0; i < 60; i++)); do
    answers && return 0
    sleep 0.5
  done
  die "PostgreSQL started but does not answer on 127.0.0.1:$PORT (log: $ROOT/postgres.log)."
}

ensure_database() {
  local exists
  exists="$("$PSQL" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAX \
    -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" || die "cannot query the server on port $PORT."
  [[ "$exists" == "1" ]] && return 0
  "$PSQL" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qX -c "CREATE DATABASE $DB_NAME" >&2 ||
    die "could not create database $DB_NAME."
}

start() {
  find_tools
  if answers; then
    say "A server already answers on 127.0.0.1:$PORT; reusing it."
  else
    ensure_service_user
    choose_root
    running_here && die "a server from $ROOT/data is running but not answering on port $PORT; run tools/services/postgres-stop.sh and retry."
    init_cluster
    start_server
    wait_until_ready
  fi
  ensure_database
  echo "DATABASE_URL=$URL"
}

stop() {
  BIN="$(find_bin_dir)" || { say "PostgreSQL is not installed; nothing to stop."; return 0; }
  id -u "$SERVICE_USER" >/dev/null 2>&1 || [[ $EUID -ne 0 ]] || { say "Nothing to stop."; return 0; }
  choose_root
  if ! running_here; then
    say "No test server from $ROOT/data is running; nothing to stop."
    return 0
  fi
  as_service "$BIN/pg_ctl" -D "$ROOT/data" -m fast -w -t 60 stop >&2 || die "pg_ctl stop failed (log: $ROOT/postgres.log)."
  say "Stopped PostgreSQL on port $PORT."
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) die "usage: $0 [start|stop]" ;;
esac
