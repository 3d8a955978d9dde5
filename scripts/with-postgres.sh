#!/usr/bin/env bash
# Runs one command against a throwaway PostgreSQL server from Debian's postgresql package: initdb
# into a temporary folder, pg_ctl on a free loopback port, DATABASE_URL exported for the command,
# server stopped and folder removed afterwards. Used by .ci/run and the database benchmarks.
#   scripts/with-postgres.sh npm run test:db
set -euo pipefail
if [ $# -eq 0 ]; then echo "usage: $0 <command> [args...]" >&2; exit 2; fi
initdb_path=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$initdb_path" ]; then
  echo "PostgreSQL is not installed: sudo apt-get install -y postgresql" >&2
  exit 1
fi
PG_BIN=$(dirname "$initdb_path")
PGDATA=$(mktemp -d /tmp/minsheng-pg-XXXXXX)
PGSOCK=$(mktemp -d /tmp/minsheng-pgsock-XXXXXX)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
# PostgreSQL refuses to run as root: as root, the server runs as the postgres system user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$PGDATA" "$PGSOCK"; fi
cleanup() { as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PGDATA" "$PGSOCK"; }
trap cleanup EXIT
as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
  -o "-p $PGPORT -k $PGSOCK -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT (throwaway)" >&2
export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
"$@"
