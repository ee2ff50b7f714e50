#!/usr/bin/env bash
# Runs the bot on its embedded defaults: SQLite in ./data, FAQ from ./faq, http://localhost:5000.
# Extra arguments go to the bot, e.g. --urls http://0.0.0.0:8080 or --ShopExit:DataDirectory=/var/shopexit.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project ShopExit.Bot -c Release -- --urls "${SHOPEXIT_URLS:-http://localhost:5000}" "$@"
