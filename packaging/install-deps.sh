#!/usr/bin/env bash
# Installs every Debian 12 package ReportDesk needs to build, run and test. Idempotent: it asks
# dpkg what is missing and only then runs apt-get (with one `apt-get update` first).
# Usage: packaging/install-deps.sh [build|run|test|all]   (default: all)
set -euo pipefail

build=(
  cmake ninja-build g++ make pkg-config dpkg-dev file
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-pdf-dev libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
  qt6-httpserver-dev qt6-websockets-dev libgl-dev
)
run=(
  qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins qt6-translations-l10n fonts-dejavu-core
  xvfb xauth libqt6keychain1 libsecret-1-0
)
test=(
  xvfb xauth poppler-utils qpdf dbus dbus-x11 gnome-keyring libsecret-tools fonts-dejavu-core
)

case "${1:-all}" in
  build) wanted=("${build[@]}") ;;
  run) wanted=("${build[@]}" "${run[@]}") ;;
  test) wanted=("${build[@]}" "${run[@]}" "${test[@]}") ;;
  all) wanted=("${build[@]}" "${run[@]}" "${test[@]}") ;;
  *) echo "usage: $0 [build|run|test|all]" >&2; exit 2 ;;
esac

missing=()
for pkg in $(printf '%s\n' "${wanted[@]}" | sort -u); do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#wanted[@]} packages are installed."
  exit 0
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo; missing: ${missing[*]}" >&2; exit 1; }
  SUDO=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
