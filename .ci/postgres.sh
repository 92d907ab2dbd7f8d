# Sourced by .ci/run: start a throw-away PostgreSQL server on 127.0.0.1 for the PostgreSQL store's
# tests and export DATABASE_URL. Debian's package is installed when missing (with retries). When
# PostgreSQL truly cannot be installed or started, DATABASE_URL stays unset, NIANBAO_PG_SKIPPED
# says why, and those tests are reported as skipped with that reason; the rest of CI still runs.
# Never exits the calling shell.

pg_skip() {
  export NIANBAO_PG_SKIPPED="$1"
  unset DATABASE_URL
  echo "################################################################################" >&2
  echo "## PostgreSQL tests will be SKIPPED: $1" >&2
  echo "################################################################################" >&2
  return 1
}

pg_bindir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

pg_as_root() { # run a command as root (directly, or through sudo without a password)
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo -n "$@"; else return 1; fi
}

pg_install() {
  [ -n "$(pg_bindir)" ] && [ -x "$(pg_bindir)/initdb" ] && return 0
  command -v apt-get >/dev/null || { echo "no apt-get on this machine" >&2; return 1; }
  pg_as_root true || { echo "not root and no password-less sudo: cannot install postgresql" >&2; return 1; }
  local attempt
  for attempt in 1 2 3; do
    echo "[ci] installing Debian's postgresql (attempt $attempt)" >&2
    if pg_as_root env DEBIAN_FRONTEND=noninteractive timeout 300 apt-get update -qq >&2 &&
      pg_as_root env DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq --no-install-recommends postgresql >&2; then
      [ -x "$(pg_bindir)/initdb" ] && return 0
    fi
    sleep $((attempt * 10))
  done
  return 1
}

pg_start() {
  local bin port dir run
  bin="$(pg_bindir)"
  dir="$(mktemp -d /tmp/nianbao-ci-pg.XXXXXX)"
  # initdb refuses to run as root: as root the cluster belongs to the postgres system user.
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "no postgres system user" >&2; return 1; }
    chown postgres: "$dir"
    run() { runuser -u postgres -- "$@"; }
  else
    run() { "$@"; }
  fi
  # A free port: the first of a few that nothing listens on.
  for port in 55439 55449 55459 55469 55479; do
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" >/dev/null 2>&1
    [ $? = 2 ] && break # 2 = no response
  done
  run "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    run "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; return 1; }
  run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2 ||
    { cat "$dir/server.log" >&2; return 1; }
  export NIANBAO_CI_PG_STOP="$bin/pg_ctl -D $dir/data -m fast stop"
  [ "$(id -u)" = 0 ] && NIANBAO_CI_PG_STOP="runuser -u postgres -- $NIANBAO_CI_PG_STOP"
  export NIANBAO_CI_PG_DIR="$dir"
  "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE nianbao_ci" >&2 || return 1
  export DATABASE_URL="postgres://postgres@127.0.0.1:$port/nianbao_ci"
  echo "[ci] PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port; DATABASE_URL=$DATABASE_URL" >&2
}

if [ -n "${DATABASE_URL:-}" ]; then
  echo "[ci] using the given DATABASE_URL" >&2
elif ! pg_install; then
  pg_skip "Debian's postgresql could not be installed (see the lines above)" || true
elif ! pg_start; then
  pg_skip "a PostgreSQL server could not be started on 127.0.0.1 (see the lines above)" || true
fi
