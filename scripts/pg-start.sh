#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the tests and print its URL.
#
#   scripts/pg-start.sh [DIR]      # default .build/pg; prints postgresql://yuanzhi@/yuanzhi_test?host=…
#
# Debian's `postgresql` package (deps/apt-packages.txt). The cluster lives in DIR
# (data/, run/ for the socket, log), listens on a Unix socket only
# (listen_addresses=''), trusts local connections as role `yuanzhi`, and trades
# durability for speed (fsync off): it is for tests, never for an archive you keep.
# PostgreSQL refuses to run as root: as root, the cluster is owned and run by
# the unprivileged `postgres` user that Debian's package creates.
# Idempotent (a running cluster is reused) and safe to call from parallel jobs.
set -euo pipefail

dir="${1:-.build/pg}"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
db=yuanzhi_test
role=yuanzhi

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
  bindir="$(pg_config --bindir)"
fi
if [ -z "$bindir" ]; then
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pg-start: PostgreSQL server binaries not found (install Debian's postgresql package: make setup)" >&2
  exit 1
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "pg-start: running as root but there is no 'postgres' user to run the server as" >&2
    exit 1
  fi
  as_owner=(runuser -u postgres --)
fi

# the socket path must fit in 107 bytes; a deep checkout gets a short one under /tmp
sock="$dir/run"
if [ ${#sock} -gt 90 ]; then
  sock="/tmp/yuanzhi-pg-$(printf '%s' "$dir" | cksum | cut -d' ' -f1)"
fi

exec 9>"$dir/.lock"
flock 9

mkdir -p "$sock"
if [ ${#as_owner[@]} -gt 0 ]; then
  chown postgres: "$dir" "$sock"
  if ! "${as_owner[@]}" test -x "$dir"; then
    echo "pg-start: user postgres cannot reach $dir (a parent folder is not searchable); use a DIR under /tmp" >&2
    exit 1
  fi
fi

url="postgresql://$role@/$db?host=$sock"
if [ -f "$dir/data/postmaster.pid" ] && "$bindir/pg_isready" -q -h "$sock" -U "$role" -d postgres; then
  echo "$url"
  exit 0
fi

if [ ! -f "$dir/data/PG_VERSION" ]; then
  rm -rf "$dir/data"
  "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" --username="$role" --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    echo "pg-start: initdb failed; see $dir/initdb.log" >&2
    tail -n 5 "$dir/initdb.log" >&2
    exit 1
  }
  cat >>"$dir/data/postgresql.conf" <<EOF
# yuanzhi test cluster: Unix socket only, no durability
listen_addresses = ''
unix_socket_permissions = 0700
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
fi

rm -f "$dir/data/postmaster.pid"  # a stale pid file left by a killed server
"${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c unix_socket_directories='$sock'" start >/dev/null 9>&- || {
  echo "pg-start: the server did not start; see $dir/server.log" >&2
  tail -n 5 "$dir/server.log" >&2
  exit 1
}
"$bindir/psql" -q -h "$sock" -U "$role" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" |
  grep -q 1 || "$bindir/createdb" -h "$sock" -U "$role" "$db"
PGOPTIONS="-c client_min_messages=warning" "$bindir/psql" -q -h "$sock" -U "$role" -d "$db" -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" >/dev/null
echo "$url"
