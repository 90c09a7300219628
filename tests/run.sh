#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing, builds once, runs every test project,
# and ends with one line "N passed, N failed[, N skipped]" summed over all of them.
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)
if [ ${#need[@]} -gt 0 ]; then
    echo "Installing ${need[*]}"
    apt_run() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
    apt_run env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    apt_run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
        || { echo "Could not install ${need[*]}"; exit 1; }
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results=$(mktemp -d)
dotnet build Budgeting.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
dotnet test Budgeting.sln -c Release --no-build -nologo \
    --logger "trx" --results-directory "$results" -- NUnit.NumberOfTestWorkers=2
status=$?

cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*' | awk -v status="$status" '
    { for (i = 1; i <= NF; i++) if (split($i, kv, "=") == 2) { gsub(/"/, "", kv[2]); n[kv[1]] += kv[2] } }
    END {
        failed = n["failed"] + n["error"] + n["timeout"] + n["aborted"]
        if (status != 0 && failed == 0) failed = 1
        line = (n["passed"] + 0) " passed, " failed " failed"
        if (n["notExecuted"] > 0) line = line ", " n["notExecuted"] " skipped"
        print line
    }'
exit $status
