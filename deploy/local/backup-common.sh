# What deploy/local/backup and deploy/local/restore-drill share. Sourced after env.sh (PROG names the caller).
# shellcheck shell=bash

say() { echo "$PROG: $*"; }
die() { echo "$PROG: $*" >&2; exit 1; }

# psql as postgres to a server on 127.0.0.1, unaligned, fields separated by '|': psql_at PORT DATABASE [options...]
psql_at() {
  local port=$1 db=$2
  shift 2
  as_pg "$PG_BIN/psql" -X -q -A -t -F '|' -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d "$db" "$@"
}

# The port of the cluster's primary now: PRIMARY_PORT, or STANDBY_PORT once the standby has been promoted.
primary_port() {
  local port
  for port in "$PRIMARY_PORT" "$STANDBY_PORT"; do
    if [ "$(psql_at "$port" postgres -c 'select pg_is_in_recovery()' 2>/dev/null)" = f ]; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

require_pg_bin() {
  [ -n "$PG_BIN" ] && [ -x "$PG_BIN/pg_basebackup" ] ||
    die "no PostgreSQL binaries found (PG_BIN='$PG_BIN'); start the local cluster first (deploy/local/README.md)"
}

# Seconds since the epoch, with fractions; elapsed STARTED prints the seconds since STARTED with one decimal.
clock() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(clock)" 'BEGIN { printf "%.1f", b - a }'; }

# The archiver as the primary on PORT sees it, one line:
#   archived_count|last_archived_wal|seconds since last_archived_time|failed_count|last_failed_wal|failing now (t/f)
#   |bytes of WAL written since the end of the last archived segment (what a lost primary would take with it; a
#   backup history file or a .partial segment counts as its segment, archived in name order after it)
archiver_status() {
  psql_at "$1" postgres -c "
    select a.archived_count, coalesce(a.last_archived_wal, '-'),
           coalesce(round(extract(epoch from now() - a.last_archived_time)::numeric, 1)::text, '-'),
           a.failed_count, coalesce(a.last_failed_wal, '-'),
           coalesce(a.last_failed_time > coalesce(a.last_archived_time, '-infinity'), false),
           case when a.last_archived_wal ~ '^[0-9A-F]{24}($|[.])' then greatest(0, pg_wal_lsn_diff(pg_current_wal_lsn(),
             (to_hex(('x' || substr(a.last_archived_wal, 9, 8))::bit(32)::bigint) || '/0')::pg_lsn
               + (('x' || substr(a.last_archived_wal, 17, 8))::bit(32)::bigint + 1)
                 * pg_size_bytes(current_setting('wal_segment_size'))))::bigint
           else null end
    from pg_stat_archiver a"
}
