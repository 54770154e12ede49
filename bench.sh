#!/usr/bin/env bash
# Builds dce-ha-wizard and runs its benchmark program (dce-ha-bench): the figures, medians on this machine.
# Arguments go to dce-ha-bench (--quick, --runs N).
set -euo pipefail
cd "$(dirname "$0")"
./scripts/ensure-deps.sh
./scripts/build.sh
exec ./build/bin/dce-ha-bench "$@"
