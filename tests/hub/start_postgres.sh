#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the hub tests and print its URL on stdout:
#     postgresql+psycopg://postgres@127.0.0.1:PORT/postgres
#
#   export STOREDESK_TEST_PG_URL="$(tests/hub/start_postgres.sh)"
#
# Usage: start_postgres.sh [DIR]   DIR (new or empty) holds the cluster; default: a mktemp folder.
# The cluster listens on 127.0.0.1 on a free port (and a unix socket in DIR), trust auth, fsync
# off (test data only). initdb refuses to run as root, so as root it runs as the `postgres`
# system user (created by the postgresql package). Stop it with the command printed on stderr.
set -euo pipefail

bindir=""
if command -v initdb >/dev/null 2>&1; then
  bindir="$(dirname "$(command -v initdb)")"
else
  # Debian/Ubuntu packages keep the server binaries off PATH
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "start_postgres.sh: initdb/pg_ctl not found (apt-get install postgresql)" >&2
  exit 1
fi

dir="${1:-$(mktemp -d "${TMPDIR:-/tmp}/storedesk-pg.XXXXXX")}"
mkdir -p "$dir"
run() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "start_postgres.sh: running as root but there is no 'postgres' user to run initdb as" >&2
    exit 1
  fi
  chown postgres "$dir"
  chmod 700 "$dir"
  run() { runuser -u postgres -- "$@"; }
fi

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

run "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2; exit 1; }
run "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

echo "PostgreSQL running in $dir on port $port; stop with: $( [ "$(id -u)" -eq 0 ] && echo 'runuser -u postgres -- ')$bindir/pg_ctl -D $dir/data stop" >&2
echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
