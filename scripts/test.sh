#!/usr/bin/env bash
# Runs every test on a fresh machine: restores packages, builds, runs all test projects, and
# prints the closing line "N passed, N failed" that CI reads. Exit code is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

results_dir="${TEST_RESULTS_DIR:-artifacts/test-results}"
rm -rf "$results_dir"
mkdir -p "$results_dir"

# Browser tests drive Debian's Chromium (no browser download is possible here); CJK and emoji
# fonts make the screenshots readable. Installed once; needs root, as on CI.
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    echo "Installing chromium and fonts (apt)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk fonts-noto-color-emoji >/dev/null \
        || { echo "could not install chromium"; echo "0 passed, 1 failed"; exit 1; }
fi

# The real npm clients (DirectLineJS, playwright-core), pinned by package-lock.json.
if ! (cd tests/clients && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error); then
    echo "npm ci failed in tests/clients"
    echo "0 passed, 1 failed"
    exit 1
fi

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
