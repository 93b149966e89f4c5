#!/usr/bin/env bash
# The suites that need real services: starts PostgreSQL, stripe-mock and a
# Temporal dev server on 127.0.0.1 (installing them when missing), then runs
# every project's `test:services` target against them (extra arguments go to
# nx, e.g. `-p sync,temporal`). A missing service fails the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=tools/services/env.sh
. tools/services/env.sh
export TRIBUTARY_TEST_DATABASE_URL="${TRIBUTARY_TEST_DATABASE_URL:-$DATABASE_URL}"
# The browser suites (apps/admin) drive Debian's Chromium: installed when missing.
chromium="$(tools/services/chromium.sh)"
export CHROMIUM_PATH="${chromium#CHROMIUM_PATH=}"
npx nx run-many -t test:services --parallel=1 --outputStyle=stream "$@"
