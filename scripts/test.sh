#!/usr/bin/env bash
# Runs every test on a fresh machine: restores packages, type-checks and unit-tests the agent
# console's JavaScript, builds, runs all test projects, and prints the closing line
# "N passed, N failed" that CI reads. Exit code is non-zero on any failure.
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

# The PostgreSQL store's tests start a throwaway cluster of their own from Debian's postgresql
# (initdb into a temp folder, a free loopback port, as the postgres user: see
# tests/ShopExit.Bot.Tests/Support/PostgresCluster.cs), and fail, never skip, without it;
# redis-server and nginx are for the scale-out tests. Only what is missing is installed; the
# packages' own services are not started (policy-rc.d), the tests start what they need.
missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing ${missing[*]} (apt)..."
    policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        policy=/usr/sbin/policy-rc.d
        printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy"
    fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    installed=$?
    [ -n "$policy" ] && rm -f "$policy"
    if [ "$installed" -ne 0 ]; then
        echo "could not install ${missing[*]}"
        echo "0 passed, 1 failed"
        exit 1
    fi
fi

# The real npm clients (DirectLineJS, playwright-core), pinned by package-lock.json.
if ! (cd tests/clients && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error); then
    echo "npm ci failed in tests/clients"
    echo "0 passed, 1 failed"
    exit 1
fi

# The agent console (ShopExit.Bot/wwwroot/agent, native ES modules): its JSDoc types checked by
# tsc (one test: the whole check), and its pure modules' unit tests under node's test runner (each
# test counts). Both count toward the closing line; a failure here does not stop the run.
js_passed=0
js_failed=0
(cd tests/clients && ./node_modules/.bin/tsc --noEmit -p agent-console/tsconfig.json) > "$results_dir/tsc.log" 2>&1
tsc_exit=$?
cat "$results_dir/tsc.log"
if [ "$tsc_exit" -eq 0 ]; then
    js_passed=1
    echo "tsc: the agent console type-checks"
else
    js_failed=1
    echo "tsc: the agent console does not type-check (exit code $tsc_exit)"
fi

(cd tests/clients && node --test --test-reporter=tap agent-console/*.test.mjs) > "$results_dir/node-test.tap" 2>&1
node_exit=$?
grep -E '^(not ok|# (tests|pass|fail|cancelled) )' "$results_dir/node-test.tap"
tap_count() {
    grep -E "^# $1 [0-9]+$" "$results_dir/node-test.tap" | tail -n 1 | grep -o '[0-9]*$' || echo 0
}
node_passed=$(tap_count pass)
node_failed=$(( $(tap_count fail) + $(tap_count cancelled) ))
if [ "$node_exit" -ne 0 ] && [ "$node_failed" -eq 0 ]; then
    # node --test failed without a failed test (a crash, no summary): never report green.
    node_failed=1
fi
echo "node --test (agent console): ${node_passed} passing and ${node_failed} failing"
js_passed=$(( js_passed + node_passed ))
js_failed=$(( js_failed + node_failed ))

if ! dotnet build ShopExit.sln -c Release --nologo -v quiet; then
    echo "build failed"
    echo "${js_passed} passed, $(( js_failed + 1 )) failed"
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

passed=$(( passed + js_passed ))
failed=$(( failed + js_failed ))
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ] && [ "$test_exit" -eq 0 ]
