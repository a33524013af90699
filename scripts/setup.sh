#!/usr/bin/env bash
# Installs the Debian 12 packages Lintas needs (only the missing ones), then configures and
# builds into ./build. Sourced by run-app.sh and run-tests.sh; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

LINTAS_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libsqlcipher-dev libsodium-dev libssl-dev libqrencode-dev libpq-dev postgresql
  catch2 librapidcheck-dev libbenchmark-dev
  xvfb xauth libfaketime fonts-dejavu-core dbus-daemon poppler-utils
)

missing=()
for p in "${LINTAS_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "lintas: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

BUILD_DIR=${LINTAS_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
