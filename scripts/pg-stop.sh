#!/usr/bin/env bash
# Stop the throwaway PostgreSQL cluster started by scripts/pg-start.sh (its data stays).
#
#   scripts/pg-stop.sh [DIR]       # default .build/pg
set -euo pipefail

dir="${1:-.build/pg}"
[ -f "$dir/data/postmaster.pid" ] || exit 0
dir="$(cd "$dir" && pwd)"
bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/pg_ctl" ]; then
  bindir="$(pg_config --bindir)"
fi
[ -n "$bindir" ] || bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)
"${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
