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
# An unlocked Secret Service for QtKeychain, private to this D-Bus session. The password only
# guards this throwaway keyring; it must not be empty: with an empty one gnome-keyring does not
# create the login keyring but asks a prompter (which cannot show without a display), and every
# store then fails. With a password the keyring file on disk is encrypted as on a desktop.
# tst_secretstore fails, saying why, when the keychain does not work.
if command -v gnome-keyring-daemon >/dev/null; then
  if keyring_env=$(printf 'reportdesk-tests' | gnome-keyring-daemon --unlock --components=secrets); then
    eval "$keyring_env"
    export GNOME_KEYRING_CONTROL 2>/dev/null || true
  else
    echo "run-suite: gnome-keyring-daemon did not start; the keychain tests will fail." >&2
  fi
else
  echo "run-suite: gnome-keyring-daemon is missing (packaging/install-deps.sh test);" \
       "the keychain tests will fail." >&2
fi
ctest --test-dir "$0" --output-on-failure --timeout 600 -j "$1" "${@:2}"
INNER
)
if command -v dbus-run-session >/dev/null; then
  dbus-run-session -- bash -c "$inner" "$build_dir" "$jobs" "$@"
else
  bash -c "$inner" "$build_dir" "$jobs" "$@"
fi
