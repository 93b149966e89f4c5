#!/usr/bin/env bash
# Start the test services and export their URLs into the calling shell:
#
#   . tools/services/env.sh           # bash: exports DATABASE_URL, STRIPE_MOCK_URL and TEMPORAL_ADDRESS
#   eval "$(tools/services/env.sh)"   # any POSIX shell: prints the export lines
#
# npm scripts run under sh, so call it through bash there, for example
#   bash -c '. tools/services/env.sh && vitest run -c vitest.services.config.ts'
#
# When sourced it does not `set -euo pipefail` (that would change the caller's shell);
# the service scripts run as child processes with those options, and a failure in
# either makes the `.` command return non-zero without exporting anything.

tributary_services_env() {
  local dir pg stripe temporal
  dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)" || return 1
  pg="$("$dir/postgres.sh")" || { echo "env.sh: PostgreSQL did not start." >&2; return 1; }
  stripe="$("$dir/stripe-mock.sh")" || { echo "env.sh: stripe-mock did not start." >&2; return 1; }
  # The suites need no Web UI; an operator's `tools/services/temporal.sh` starts one.
  temporal="$(TRIBUTARY_TEMPORAL_UI_PORT="${TRIBUTARY_TEMPORAL_UI_PORT:-off}" "$dir/temporal.sh")" ||
    { echo "env.sh: the Temporal dev server did not start." >&2; return 1; }
  pg="$(printf '%s\n' "$pg" | sed -n 's/^DATABASE_URL=//p' | tail -n 1)"
  stripe="$(printf '%s\n' "$stripe" | sed -n 's/^STRIPE_MOCK_URL=//p' | tail -n 1)"
  temporal="$(printf '%s\n' "$temporal" | sed -n 's/^TEMPORAL_ADDRESS=//p' | tail -n 1)"
  if [[ -z "$pg" || -z "$stripe" || -z "$temporal" ]]; then
    echo "env.sh: a service script did not print its URL." >&2
    return 1
  fi
  export DATABASE_URL="$pg" STRIPE_MOCK_URL="$stripe" TEMPORAL_ADDRESS="$temporal"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  tributary_services_env
  printf 'export DATABASE_URL=%q\nexport STRIPE_MOCK_URL=%q\nexport TEMPORAL_ADDRESS=%q\n' "$DATABASE_URL" "$STRIPE_MOCK_URL" "$TEMPORAL_ADDRESS"
elif tributary_services_env; then
  unset -f tributary_services_env
else
  unset -f tributary_services_env
  return 1
fi
