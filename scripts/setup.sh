#!/usr/bin/env bash
# One-time set-up on a fresh machine: Debian's Chromium (for the end-to-end tests; never a downloaded
# browser) and the npm packages from the lock file. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq chromium
  fi
fi

npm ci --no-audit --no-fund
