#!/usr/bin/env bash
# Stop the test PostgreSQL server started by postgres.sh (same TRIBUTARY_CACHE and
# TRIBUTARY_PG_PORT). Succeeds when nothing is running. The data directory is kept.
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/postgres.sh" stop
