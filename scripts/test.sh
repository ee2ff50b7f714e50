#!/usr/bin/env bash
# Runs every test on a fresh machine: restores packages, builds, runs all test projects, and
# prints the closing line "N passed, N failed" that CI reads. Exit code is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

results_dir="${TEST_RESULTS_DIR:-artifacts/test-results}"
rm -rf "$results_dir"
mkdir -p "$results_dir"

if ! dotnet build ShopExit.sln -c Release --nologo -v quiet; then
    echo "build failed"
    echo "0 passed, 1 failed"
    exit 1
fi

dotnet test ShopExit.sln -c Release --no-build --nologo \
    --logger "trx" --results-directory "$results_dir" 2>&1 | tee "$results_dir/console.log"
test_exit=${PIPESTATUS[0]}

# Sum the per-assembly counts from the TRX files (one per test project).
count() {
    grep -ho "<Counters [^>]*>" "$results_dir"/*.trx 2>/dev/null \
        | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9]*" | awk '{ s += $1 } END { print s + 0 }'
}
passed=$(count passed)
failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))

if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # The runner failed without a failed test (a crash, a missing TRX): never report green.
    failed=1
fi

echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ] && [ "$test_exit" -eq 0 ]
