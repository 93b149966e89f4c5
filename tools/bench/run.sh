#!/usr/bin/env bash
# npm run bench: the persist stage, the whole pipeline (in-process and Temporal), vendor conditions, auth, fleet.
#
#   bash tools/bench/run.sh                     both parts, 100,000 rows / 100,000 charges
#   bash tools/bench/run.sh --quick             smoke run, 10,000 / 10,000
#   bash tools/bench/run.sh --only persist      one part (persist or pipeline)
#   bash tools/bench/run.sh --profile           also profile the pipeline's process (--cpu-prof)
#   bash tools/bench/run.sh --only vendor --latency 200ms --rate 25/s   vendor conditions (--help for all)
#
# Uses DATABASE_URL (or TRIBUTARY_TEST_DATABASE_URL); when neither is set it starts the
# test services (tools/services/env.sh). Each part works in its own throwaway database.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

if [[ -z "${DATABASE_URL:-}" && -z "${TRIBUTARY_TEST_DATABASE_URL:-}" ]]; then
  # env.sh also starts stripe-mock, which the bench does not need: fall back to PostgreSQL alone.
  if ! . tools/services/env.sh; then
    echo "bench: tools/services/env.sh failed; starting PostgreSQL alone." >&2
    DATABASE_URL="$(bash tools/services/postgres.sh | sed -n 's/^DATABASE_URL=//p' | tail -n 1)"
    [[ -n "$DATABASE_URL" ]] || { echo "bench: PostgreSQL did not start (tools/services/postgres.sh)." >&2; exit 1; }
    export DATABASE_URL
  fi
fi

# tsx as a Node loader (one process; the children are started the same way).
exec node --conditions=@tributary/source --import tsx tools/bench/src/main.ts "$@"
