#!/usr/bin/env bash
# Builds dce-ha-wizard and starts it on the demo simulated AIX node (build/demo/): the GUI when a display
# exists, the terminal front-end otherwise. Extra arguments go to the wizard. On a fresh Debian 12 it first
# installs what it needs.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/ensure-deps.sh
./scripts/build.sh
demo="$PWD/build/demo"
mkdir -p "$demo/node1" "$demo/node2" "$demo/shared-dasd"
# node2 is the demo cluster's standby: the GUI offers both nodes in one window, the terminal its standby run.
exec ./build/bin/dce-ha-wizard --simulate --root "$demo/node1" --peer-root "$demo/node2" \
    --shared-dasd "$demo/shared-dasd" "$@"
