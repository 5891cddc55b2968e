#!/bin/sh
# One-shot job on temporalio/admin-tools: creates the `temporal` and `temporal_visibility`
# databases on PostgreSQL and brings both schemas to the version this admin-tools release ships.
# Idempotent: `create` tolerates an existing database, `setup-schema -v 0.0` leaves a newer
# version alone, and `update-schema` applies only the missing versioned steps, so the same job
# also migrates the schema when the pinned Temporal version is raised.
set -eu

: "${POSTGRES_SEEDS:=postgresql}"
: "${DB_PORT:=5432}"
: "${POSTGRES_USER:=temporal}"
: "${DBNAME:=temporal}"
: "${VISIBILITY_DBNAME:=temporal_visibility}"
: "${SQL_PASSWORD:?SQL_PASSWORD (the PostgreSQL password) must be set}"
export SQL_PASSWORD

SCHEMA_ROOT=/etc/temporal/schema/postgresql/v12

echo "Waiting for PostgreSQL at ${POSTGRES_SEEDS}:${DB_PORT}..."
tries=0
until nc -z -w 5 "${POSTGRES_SEEDS}" "${DB_PORT}"; do
  tries=$((tries + 1))
  if [ "${tries}" -ge 30 ]; then
    echo "PostgreSQL did not open its port" >&2
    exit 1
  fi
  sleep 2
done

sql() {
  temporal-sql-tool --plugin postgres12 --ep "${POSTGRES_SEEDS}" -p "${DB_PORT}" \
    -u "${POSTGRES_USER}" --db "$@"
}

for db in "${DBNAME}:temporal" "${VISIBILITY_DBNAME}:visibility"; do
  name="${db%%:*}"
  dir="${db#*:}"
  echo "Schema of database ${name} (${dir})"
  sql "${name}" create
  sql "${name}" setup-schema -v 0.0
  sql "${name}" update-schema -d "${SCHEMA_ROOT}/${dir}/versioned"
done

echo "PostgreSQL schemas are up to date"
