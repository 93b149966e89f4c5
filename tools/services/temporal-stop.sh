#!/usr/bin/env bash
# Stop the Temporal dev server started by temporal.sh (same TRIBUTARY_CACHE and
# TRIBUTARY_TEMPORAL_PORT). Succeeds when nothing is running. Its SQLite state is kept.
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/temporal.sh" stop
