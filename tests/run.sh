#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing, builds once, runs every test project on SQLite,
# runs the app tests that write data again on PostgreSQL (a throwaway cluster, see tests/postgres.sh), and ends with
# one line "N passed, N failed[, N skipped]" summed over all of them.
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
    echo "Installing ${need[*]}"
    apt_run() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
    apt_run env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    apt_run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
        || { echo "Could not install ${need[*]}"; exit 1; }
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results=$(mktemp -d)

# Without it the PostgreSQL tests fail, saying so: the suite cannot pass without PostgreSQL.
source tests/postgres.sh
trap stop_test_postgres EXIT
start_test_postgres || echo "Could not start PostgreSQL: the tests that need it will fail."
dotnet build Budgeting.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
dotnet test Budgeting.sln -c Release --no-build -nologo \
    --logger "trx" --results-directory "$results" -- NUnit.NumberOfTestWorkers=2
status=$?

# The pages that write votes, eligibility, results, proposals and accounts, again on PostgreSQL.
on_postgres="FullyQualifiedName~Budgeting.Web.Tests.Pages.Vote.|FullyQualifiedName~Budgeting.Web.Tests.Pages.Eligibility."
on_postgres="$on_postgres|FullyQualifiedName~Budgeting.Web.Tests.Pages.Results.|FullyQualifiedName~Budgeting.Web.Tests.Pages.Proposals."
on_postgres="$on_postgres|FullyQualifiedName~Budgeting.Web.Tests.Pages.Account.|FullyQualifiedName~Budgeting.Web.Tests.Data."
BUDGETING_TEST_PROVIDER=PostgreSQL dotnet test tests/Budgeting.Web.Tests -c Release --no-build -nologo \
    --filter "($on_postgres)&TestCategory!=SqliteOnly&TestCategory!=PostgresOnly" \
    --logger "trx" --results-directory "$results/postgres" -- NUnit.NumberOfTestWorkers=2
postgres_status=$?
[ "$status" -eq 0 ] && status=$postgres_status

cat "$results"/*.trx "$results"/postgres/*.trx 2>/dev/null | grep -o '<Counters [^>]*' | awk -v status="$status" '
    { for (i = 1; i <= NF; i++) if (split($i, kv, "=") == 2) { gsub(/"/, "", kv[2]); n[kv[1]] += kv[2] } }
    END {
        failed = n["failed"] + n["error"] + n["timeout"] + n["aborted"]
        if (status != 0 && failed == 0) failed = 1
        line = (n["passed"] + 0) " passed, " failed " failed"
        if (n["notExecuted"] > 0) line = line ", " n["notExecuted"] " skipped"
        print line
    }'
exit $status
