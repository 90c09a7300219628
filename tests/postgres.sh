# Sourced by tests/run.sh (or by hand: `source tests/postgres.sh && start_test_postgres`): starts a throwaway
# PostgreSQL cluster in a temporary folder, on a free loopback port with its socket in that folder and trust
# authentication, and exports BUDGETING_TEST_POSTGRES for the tests; stop_test_postgres stops it and removes the folder.
# PostgreSQL refuses to run as root, so as root the cluster runs as the user "postgres" that Debian's package creates.

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
pg_dir=""

as_pg_user() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_test_postgres() {
    if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
        echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)" >&2
        return 1
    fi
    pg_dir=$(mktemp -d)
    [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
    as_pg_user "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$pg_dir/initdb.log" 2>&1 \
        || { cat "$pg_dir/initdb.log" >&2; return 1; }
    local port tries
    for tries in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 40000))
        # Something answers there already: try another port.
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
        # A throwaway cluster needs no durability: no fsync makes the tests' many small transactions cheap.
        if as_pg_user "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 -o \
            "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$pg_dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null; then
            export BUDGETING_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
            return 0
        fi
    done
    cat "$pg_dir/server.log" >&2
    return 1
}

stop_test_postgres() {
    [ -n "$pg_dir" ] || return 0
    [ -f "$pg_dir/data/postmaster.pid" ] && as_pg_user "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$pg_dir"
    pg_dir=""
    unset BUDGETING_TEST_POSTGRES
}
