#!/usr/bin/env bash
# Load benchmark: builds Release, starts a fresh app (demo seed, Production settings, Release build) on a free loopback
# port with a throwaway database (SQLite, or PostgreSQL in a throwaway cluster), runs `budgeting loadtest` against it,
# prints the load tool's JSON on stdout, and stops everything it started.
#
#   bash benchmarks/load.sh [--provider sqlite|postgresql] [--seconds 60] [--ballots 100000] [--concurrency 64]
#                           [--no-build] [-- MORE LOADTEST OPTIONS]
#
# Progress and the app's log go to stderr; the exit code is the load tool's (0 when nothing was lost, duplicated or
# failed). The app's process id is passed to the tool, so the JSON also says how much CPU the app used.
set -euo pipefail

provider=sqlite
seconds=60
ballots=100000
concurrency=64
build=1
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --provider) provider="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --ballots) ballots="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "load.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$provider" in
  sqlite|postgresql) ;;
  *) echo "load.sh: --provider is sqlite or postgresql, not $provider" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/budgeting-load.XXXXXX")"
chmod 755 "$work"
app_pid=""
pg_ctl=""
pg_data="$work/pg"

log() { echo "load.sh: $*" >&2; }

cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  if [ -n "$pg_ctl" ] && [ -f "$pg_data/postmaster.pid" ]; then
    as_postgres "$pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# PostgreSQL refuses to run as root: the cluster belongs to the postgres user when we are root.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$bin" ]; then
    if [ "$(id -u)" -eq 0 ]; then
      log "installing PostgreSQL from apt"
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    elif command -v sudo >/dev/null; then
      sudo apt-get update -qq >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    else
      log "PostgreSQL is not installed (apt-get install postgresql)"; exit 3
    fi
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  pg_ctl="$bin/pg_ctl"
  local port
  port="$(free_port)"
  mkdir -p "$pg_data"
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_data"
  as_postgres "$bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  as_postgres "$pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
    -o "-p $port -k $pg_data -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres budgeting
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($pg_data)"
  connection="Host=127.0.0.1;Port=$port;Database=budgeting;Username=postgres;Maximum Pool Size=100"
}

if [ "$build" -eq 1 ]; then
  log "building Release"
  dotnet build "$root/src/Budgeting.Web" -c Release -v quiet -nologo >&2
  dotnet build "$root/src/Budgeting.Cli" -c Release -v quiet -nologo >&2
fi

if [ "$provider" = postgresql ]; then
  start_postgres
  provider_setting=(Database__Provider=PostgreSQL)
else
  connection="Data Source=$work/budgeting.db"
  provider_setting=()
fi

port="$(free_port)"
url="http://127.0.0.1:$port"
web="$root/src/Budgeting.Web"
log "starting the app on $url ($provider)"
(
  cd "$web"
  exec env ASPNETCORE_ENVIRONMENT=Production HOME="$work" "${provider_setting[@]}" \
    ConnectionStrings__Budgeting="$connection" Database__ApplyMigrationsOnStartup=true \
    Budgeting__Seed__Demo=true Budgeting__Seed__DemoPassword=demo-pass-2026 \
    Budgeting__Email__PickupFolder="$work/mail" Budgeting__Uploads__Folder="$work/uploads" \
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
    dotnet bin/Release/net10.0/Budgeting.Web.dll --urls "$url" --contentRoot "$web"
) > "$work/app.log" 2>&1 &
app_pid=$!

for _ in $(seq 1 240); do
  if curl -fs -o /dev/null "$url/healthz" 2>/dev/null; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then log "the app exited:"; cat "$work/app.log" >&2; exit 3; fi
  sleep 0.5
done
curl -fs -o /dev/null "$url/healthz" || { log "the app did not answer /healthz:"; cat "$work/app.log" >&2; exit 3; }

log "running budgeting loadtest --seconds $seconds --ballots $ballots --concurrency $concurrency ${extra[*]}"
status=0
dotnet run --no-build --project "$root/src/Budgeting.Cli" -c Release -- loadtest --url "$url" --json \
  --seconds "$seconds" --ballots "$ballots" --concurrency "$concurrency" --server-pid "$app_pid" "${extra[@]}" || status=$?
if grep -q "fail:\|crit:" "$work/app.log"; then
  log "the app logged errors:"; grep -A5 "fail:\|crit:" "$work/app.log" | head -n 60 >&2
fi
exit "$status"
