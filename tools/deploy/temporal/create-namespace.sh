#!/bin/sh
# Register the Temporal namespace Tributary uses (TEMPORAL_NAMESPACE, `default`) once the
# server answers; a namespace that exists is left as it is. docker-compose.yml runs it as a
# one-off job with the temporalio/admin-tools image (the `temporal` CLI).
#
# Environment (set by docker-compose.yml): TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE,
# TEMPORAL_NAMESPACE_RETENTION (default 7d: how long closed workflows stay visible).
set -eu

: "${TEMPORAL_ADDRESS:?TEMPORAL_ADDRESS (host:port of the frontend) is required}"
namespace="${TEMPORAL_NAMESPACE:-default}"
retention="${TEMPORAL_NAMESPACE_RETENTION:-7d}"

tries=0
until temporal operator cluster health --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1; do
  tries=$((tries + 1))
  [ "$tries" -lt 60 ] || { echo "Temporal at $TEMPORAL_ADDRESS did not become healthy" >&2; exit 1; }
  sleep 2
done

if temporal operator namespace describe --address "$TEMPORAL_ADDRESS" -n "$namespace" >/dev/null 2>&1; then
  echo "Namespace '$namespace' already exists."
else
  temporal operator namespace create --address "$TEMPORAL_ADDRESS" -n "$namespace" --retention "$retention"
  echo "Namespace '$namespace' created (retention $retention)."
fi
