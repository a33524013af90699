#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite (the CTest fixture "postgres").
#
#   scripts/test-postgres.sh start <dir>   fresh cluster on 127.0.0.1:<free port>, trust auth on
#                                          127.0.0.1 only, fsync off; writes its URL to <dir>/url
#   scripts/test-postgres.sh stop <dir>    stops it (fast) and removes <dir>
#
# start first stops and removes whatever an earlier, killed run left in <dir>. PostgreSQL will not
# run as root: as root the cluster runs as the `postgres` system user (Debian's postgresql package
# creates it); as anyone else it runs as that user.
set -euo pipefail

usage() {
  echo "usage: $0 start|stop <dir>" >&2
  exit 2
}
[ $# -eq 2 ] || usage
action=$1
dir=$2
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac
dir=${dir%/}
[ -n "$dir" ] || usage

marker=".lintas-test-postgres" # only a dir holding this is ever removed

pg_bin=${LINTAS_PG_BIN:-}
if [ -z "$pg_bin" ]; then
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
    pg_bin=/usr/lib/postgresql/15/bin
  else
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
fi
if [ ! -x "$pg_bin/initdb" ] || [ ! -x "$pg_bin/pg_ctl" ]; then
  echo "test-postgres: no PostgreSQL server binaries (install the postgresql package: scripts/setup.sh)" >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  if ! id -u postgres >/dev/null 2>&1; then
    echo "test-postgres: running as root needs the postgres system user (postgresql package)" >&2
    exit 1
  fi
  pg_user=postgres
  # From / so that a cwd the postgres user cannot read (say /root) does not trouble pg_ctl.
  as_pg() { (cd / && runuser -u postgres -- "$@"); }
else
  pg_user=$(id -un)
  as_pg() { "$@"; }
fi

# Where the cluster lives: <dir> itself, unless the server's user cannot reach it or the socket
# path would be too long for a unix socket (108 bytes); then a private dir under /tmp, named in
# <dir>/home.
cluster_home() {
  if [ -f "$dir/home" ]; then cat "$dir/home"; else echo "$dir"; fi
}

postmaster_pid() {
  local pidfile="$1/data/postmaster.pid"
  if [ -f "$pidfile" ]; then head -n 1 "$pidfile" 2>/dev/null || true; fi
}

stop_cluster() {
  local home pid
  home=$(cluster_home)
  pid=$(postmaster_pid "$home")
  # A pid file left by a killed run may name a process that has since reused the number: act
  # only on the postmaster of this very data dir.
  if [ -n "$pid" ] && grep -qaF -- "$home/data" "/proc/$pid/cmdline" 2>/dev/null; then
    as_pg "$pg_bin/pg_ctl" stop -D "$home/data" -m fast -w -t 60 >/dev/null 2>&1 \
      || as_pg "$pg_bin/pg_ctl" stop -D "$home/data" -m immediate -w -t 30 >/dev/null 2>&1 || true
    # Still there (another user's cluster, a wedged server): end it directly.
    if grep -qaF -- "$home/data" "/proc/$pid/cmdline" 2>/dev/null; then
      kill -QUIT "$pid" 2>/dev/null || true
      for _ in $(seq 50); do [ -e "/proc/$pid" ] || break; sleep 0.2; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  if [ "$home" != "$dir" ] && [ -f "$home/$marker" ]; then rm -rf "$home"; fi
  rm -rf "$dir"
}

check_dir_is_ours() {
  if [ -d "$dir" ] && [ ! -f "$dir/$marker" ] && [ -n "$(ls -A "$dir")" ]; then
    echo "test-postgres: $dir exists and was not made by this script; not touching it" >&2
    exit 1
  fi
}

free_port() {
  local port
  for _ in $(seq 100); do
    port=$((20000 + RANDOM % 40000))
    # Nothing answers there (bash's /dev/tcp: no extra tools needed).
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "test-postgres: no free port found" >&2
  return 1
}

start_cluster() {
  check_dir_is_ours
  stop_cluster
  mkdir -p "$dir"
  touch "$dir/$marker"
  local home="$dir"
  if [ "$pg_user" = postgres ] && [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir"
    if ! as_pg test -w "$dir"; then home=""; fi
  fi
  if [ -n "$home" ] && [ $((${#home} + 25)) -gt 107 ]; then home=""; fi
  if [ -z "$home" ]; then
    home=$(mktemp -d /tmp/lintas-test-postgres.XXXXXX)
    touch "$home/$marker"
    [ "$(id -u)" -ne 0 ] || chown -R postgres: "$home"
    echo "$home" >"$dir/home"
  fi
  chmod 700 "$home"

  if ! as_pg "$pg_bin/initdb" -D "$home/data" -U "$pg_user" -E UTF8 --locale=C --no-sync \
    --auth-local=peer --auth-host=trust >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    echo "test-postgres: initdb failed" >&2
    exit 1
  fi
  # Only the socket (as the same OS user) and 127.0.0.1 (anyone, no password): never ::1 or
  # another address.
  as_pg tee "$home/data/pg_hba.conf" >/dev/null <<EOF
local all all peer
host all all 127.0.0.1/32 trust
EOF
  as_pg tee -a "$home/data/postgresql.conf" >/dev/null <<EOF

# lintas test cluster: thrown away after the run, so durability is not wanted
listen_addresses = '127.0.0.1'
unix_socket_directories = '$home'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
EOF

  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    # -w waits until the server accepts connections; another process may take the port
    # between the probe and the start, so a failed start tries another one.
    if as_pg "$pg_bin/pg_ctl" start -D "$home/data" -l "$home/server.log" -w -t 60 -o "-p $port" >/dev/null; then
      break
    fi
    if [ "$attempt" -eq 5 ]; then
      cat "$home/server.log" >&2 || true
      echo "test-postgres: the server did not start" >&2
      exit 1
    fi
  done

  local url="postgresql://$pg_user@127.0.0.1:$port/postgres"
  for _ in $(seq 100); do
    if "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres -U "$pg_user"; then break; fi
    sleep 0.1
  done
  # A real query over TCP, as the tests will make it.
  if ! "$pg_bin/psql" -X -q -t -A -d "$url" -c 'SELECT 1' | grep -qx 1; then
    echo "test-postgres: the server started but does not answer on $url" >&2
    exit 1
  fi
  echo "$url" >"$dir/url.tmp"
  mv "$dir/url.tmp" "$dir/url"
  echo "test-postgres: $url (cluster in $home)"
}

case "$action" in
  start) start_cluster ;;
  stop)
    check_dir_is_ours
    stop_cluster
    echo "test-postgres: stopped and removed $dir"
    ;;
  *) usage ;;
esac
