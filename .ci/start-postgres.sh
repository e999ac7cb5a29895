#!/usr/bin/env bash
# Installs (if needed) and starts a throwaway PostgreSQL server on localhost for the
# integration tests, then prints the JDBC URL they should use. Idempotent.
set -euo pipefail

PGPORT="${MEDTWIN_PG_PORT:-54329}"
PGDATA_DIR="${MEDTWIN_PG_DATA:-/tmp/medtwin-test-pg}"
PGPASSWORD_TEST="medtwin-test"

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

run_as_postgres() {
  if [ "$(id -u)" = "0" ]; then
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

if ! run_as_postgres "$PGBIN/pg_ctl -D $PGDATA_DIR status" >/dev/null 2>&1; then
  if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
    mkdir -p "$PGDATA_DIR"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$PGDATA_DIR"
    run_as_postgres "$PGBIN/initdb -D $PGDATA_DIR -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  fi
  run_as_postgres "$PGBIN/pg_ctl -D $PGDATA_DIR -l $PGDATA_DIR/server.log -w \
    -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' start" >/dev/null
fi

"$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc \
  "SELECT 1 FROM pg_roles WHERE rolname='medtwin'" | grep -q 1 ||
  "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc \
    "CREATE ROLE medtwin LOGIN PASSWORD '$PGPASSWORD_TEST' CREATEDB" >/dev/null

echo "jdbc:postgresql://127.0.0.1:$PGPORT/postgres?user=medtwin&password=$PGPASSWORD_TEST"
