#!/usr/bin/env bash
# Stop the stripe-mock started by stripe-mock.sh (same TRIBUTARY_CACHE and
# TRIBUTARY_STRIPE_MOCK_PORT). Succeeds when nothing is running.
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/stripe-mock.sh" stop
