#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through Playwright; install it from apt if it is missing.
# (Never `playwright install`: it downloads a browser build from outside the package registries.)
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi
