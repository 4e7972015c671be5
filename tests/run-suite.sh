#!/usr/bin/env bash
# Runs the whole ctest suite headless from a build directory. Starts what the tests need and
# stops it afterwards: a private D-Bus session with an unlocked gnome-keyring (for the keychain
# tests), all on this machine only. Usage: tests/run-suite.sh BUILD_DIR [ctest args...]
set -euo pipefail
build_dir=${1:?usage: tests/run-suite.sh BUILD_DIR [ctest args...]}
shift || true
jobs=$(nproc)

# Tests never touch the user's files: a throwaway HOME and XDG folders for the whole run.
scratch=$(mktemp -d -t reportdesk-tests.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen

inner=$(cat <<'INNER'
set -euo pipefail
# An unlocked Secret Service for QtKeychain, private to this D-Bus session.
if command -v gnome-keyring-daemon >/dev/null; then
  eval "$(printf '' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
fi
ctest --test-dir "$0" --output-on-failure --timeout 600 -j "$1" "${@:2}"
INNER
)
if command -v dbus-run-session >/dev/null; then
  dbus-run-session -- bash -c "$inner" "$build_dir" "$jobs" "$@"
else
  bash -c "$inner" "$build_dir" "$jobs" "$@"
fi
