#!/bin/sh
# One-shot job on temporalio/admin-tools, after the server is healthy: creates the namespace if it
# is missing and registers Policyflow's search attributes (all Keyword) if they are missing.
# Idempotent; safe on every `docker compose up`.
set -eu

NAMESPACE="${TEMPORAL_NAMESPACE:-default}"
ADDRESS="${TEMPORAL_ADDRESS:-temporal:7233}"
RETENTION="${TEMPORAL_NAMESPACE_RETENTION:-720h}"
# name:type pairs; the names are the ones in io.policyflow.refund.workflow.RefundSearchAttributes.
SEARCH_ATTRIBUTES="${POLICYFLOW_SEARCH_ATTRIBUTES:-RefundStage:Keyword RefundOutcome:Keyword OrderNumber:Keyword}"

HOST="${ADDRESS%:*}"
PORT="${ADDRESS##*:}"

echo "Waiting for the Temporal frontend at ${ADDRESS}..."
tries=0
until nc -z -w 5 "${HOST}" "${PORT}"; do
  tries=$((tries + 1))
  [ "${tries}" -lt 30 ] || { echo "Temporal frontend did not open its port" >&2; exit 1; }
  sleep 2
done

# Same workaround as temporalio/samples-server's create-namespace.sh: talk to the IPv4 address.
IP="$(getent ahosts "${HOST}" 2>/dev/null | awk '/STREAM/ && $1 ~ /^[0-9.]+$/ {print $1; exit}')"
if [ -n "${IP}" ]; then
  ADDRESS="${IP}:${PORT}"
fi

tries=0
until temporal operator cluster health --address "${ADDRESS}" >/dev/null 2>&1; do
  tries=$((tries + 1))
  [ "${tries}" -lt 30 ] || { echo "Temporal did not report healthy" >&2; exit 1; }
  echo "Temporal not serving yet (${tries})..."
  sleep 2
done

if temporal operator namespace describe --namespace "${NAMESPACE}" --address "${ADDRESS}" >/dev/null 2>&1; then
  echo "Namespace ${NAMESPACE} exists"
else
  echo "Creating namespace ${NAMESPACE} (retention ${RETENTION})"
  temporal operator namespace create --namespace "${NAMESPACE}" --retention "${RETENTION}" \
    --address "${ADDRESS}"
fi

has_attribute() {
  temporal operator search-attribute list --namespace "${NAMESPACE}" --address "${ADDRESS}" 2>/dev/null \
    | grep -Eq "(^|[^A-Za-z0-9_])$1([^A-Za-z0-9_]|\$)"
}

for entry in ${SEARCH_ATTRIBUTES}; do
  name="${entry%%:*}"
  type="${entry#*:}"
  tries=0
  # A namespace created a moment ago can take a few seconds to reach every frontend cache.
  until has_attribute "${name}"; do
    tries=$((tries + 1))
    [ "${tries}" -le 20 ] || { echo "Could not register search attribute ${name}" >&2; exit 1; }
    echo "Registering search attribute ${name} (${type}) on ${NAMESPACE}"
    temporal operator search-attribute create --namespace "${NAMESPACE}" --name "${name}" \
      --type "${type}" --address "${ADDRESS}" || sleep 3
  done
  echo "Search attribute ${name} is registered"
done

echo "Namespace ${NAMESPACE} is ready"
