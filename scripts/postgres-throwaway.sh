#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: initdb into DIR, trust authentication, listening only on a
# unix socket in DIR (on a free port number), no fsync. Used by .ci/run and, when JOURNEYKIT_POSTGRES is not
# set, by the tests themselves (tests/Helpers/PostgresServer.cs).
#   scripts/postgres-throwaway.sh start DIR   prints the Npgsql connection string on its last line
#   scripts/postgres-throwaway.sh stop DIR    stops the cluster and removes DIR
# PG_BIN overrides the server binaries (default: /usr/lib/postgresql/15/bin). As root, the server runs as
# the user postgres (initdb refuses root).
set -euo pipefail
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
command=${1:?usage: postgres-throwaway.sh start|stop DIR}
dir=${2:?usage: postgres-throwaway.sh start|stop DIR}
as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$command" in
  start)
    if [ ! -x "$bin/initdb" ]; then
      echo "postgres-throwaway: no PostgreSQL server in $bin (install postgresql-15, or set PG_BIN)" >&2
      exit 1
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    as_server "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)))
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "Host=$dir;Port=$port;Username=postgres;Database=postgres;Pooling=false"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: postgres-throwaway.sh start|stop DIR" >&2
    exit 2
    ;;
esac
