#!/usr/bin/env bash
# Builds dce-ha-wizard and runs its whole test suite. On a fresh Debian 12 it first installs what it needs.
# Exit status: non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/ensure-deps.sh
./scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc)" "$@"
