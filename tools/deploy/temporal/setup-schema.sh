#!/bin/sh
# Create (or bring up to date) Temporal's two PostgreSQL databases, `temporal` and
# `temporal_visibility`, with the schema files shipped in the temporalio/admin-tools
# image. docker-compose.yml runs it as a one-off job before the server starts, on every
# `docker compose up`: each step is idempotent (an existing database is kept, a schema
# already at the latest version is left alone).
#
# The layout Temporal publishes since it stopped building temporalio/auto-setup images
# (temporalio/features#707): temporalio/server plus admin-tools jobs that run
# `temporal-sql-tool` for the schema and `temporal operator namespace create` for the
# namespace (see temporalio/samples-server, compose/docker-compose-postgres.yml).
#
# Environment (set by docker-compose.yml): POSTGRES_SEEDS, DB_PORT, POSTGRES_USER, SQL_PASSWORD.
set -eu

: "${POSTGRES_SEEDS:?POSTGRES_SEEDS (the PostgreSQL host) is required}"
: "${POSTGRES_USER:?POSTGRES_USER is required}"
: "${SQL_PASSWORD:?SQL_PASSWORD (read by temporal-sql-tool) is required}"
port="${DB_PORT:-5432}"
schemas=/etc/temporal/schema/postgresql/v12

tries=0
until nc -z -w 5 "$POSTGRES_SEEDS" "$port"; do
  tries=$((tries + 1))
  [ "$tries" -lt 60 ] || { echo "PostgreSQL at $POSTGRES_SEEDS:$port did not answer" >&2; exit 1; }
  sleep 1
done

sql() { temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "$port" -u "$POSTGRES_USER" "$@"; }
for db in temporal:temporal temporal_visibility:visibility; do
  name="${db%%:*}"
  dir="${db##*:}"
  echo "Temporal schema: database $name"
  sql --db "$name" create
  sql --db "$name" setup-schema -v 0.0
  sql --db "$name" update-schema -d "$schemas/$dir/versioned"
done
echo "Temporal schema is up to date."
