#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the tests and the demo need, when any is missing.
# Non-interactive; needs root (or sudo) only when something is missing.
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  qt6-svg-dev qt6-translations-l10n
  libyaml-cpp-dev libspdlog-dev libfmt-dev
  ksh shellcheck xvfb xauth fonts-noto-cjk bsdutils
  python3 python3-yaml
  openssh-client openssh-server
  dpkg-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# No service is started by the installation: openssh-server's would listen on every address; the tests start
# their own sshd on 127.0.0.1 and stop it (policy-rc.d 101: "action not allowed").
policy=/usr/sbin/policy-rc.d
placed=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod 755 "$policy"
  placed=yes
fi
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
[ -z "$placed" ] || $sudo rm -f "$policy"
