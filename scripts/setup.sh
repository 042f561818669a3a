#!/usr/bin/env bash
# Installs everything Kartoteka needs on a Debian/Ubuntu machine: the system
# libraries Qt loads, Xvfb for headless runs, and a project virtualenv in .venv.
# Safe to run again; it only installs what is missing.
#
#   scripts/setup.sh          the viewer
#   scripts/setup.sh bundle   + the freezer (scripts/bundle)
#   scripts/setup.sh test     + the test tools (and what the bundle and no-trace tests run)
#
# A stamp in .venv remembers what the last set-up installed: a digest of
# pyproject.toml, this script, the Python version and the state of the system
# packages (one dpkg-query call). When nothing changed, set-up is skipped, so
# a second `scripts/start` is as fast as `.venv/bin/kartoteka`.
set -euo pipefail
cd "$(dirname "$0")/.."

extra="${1:-}"
case "$extra" in
  ""|bundle|test) ;;
  *) echo "usage: scripts/setup.sh [bundle|test]" >&2; exit 2 ;;
esac
debs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
      libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0
      fonts-dejavu-core fonts-noto-core xvfb xauth)
# the bundle build (PyInstaller reads binaries with binutils, patchelf drops the build
# machine's library paths from them; DejaVu is shipped in it)
bundle_debs=(binutils patchelf)
# the tests also trace a session's file writes and validate the desktop entry
test_debs=(strace desktop-file-utils appstream)
all_debs=("${debs[@]}" "${bundle_debs[@]}" "${test_debs[@]}")
if [ -n "$extra" ]; then debs+=("${bundle_debs[@]}"); fi
if [ "$extra" = "test" ]; then debs+=("${test_debs[@]}"); fi

python="${PYTHON:-python3}"
stamp=.venv/.kartoteka-setup

system_state() {
  if command -v dpkg-query >/dev/null 2>&1; then
    # every mode's packages, so the digest is the same whichever mode asks
    dpkg-query -W -f='${Package} ${Status}\n' "${all_debs[@]}" 2>/dev/null || true
  fi
}

digest() {
  { cat pyproject.toml scripts/setup.sh
    .venv/bin/python -c 'import sys; print(sys.version, sys.prefix)' 2>/dev/null || echo "no venv"
    system_state
  } | sha256sum | cut -d' ' -f1
}

# what each mode also satisfies: a test set-up has everything a plain start needs
covers() {
  case "$1" in
    test) [ "$2" = "test" ] || [ "$2" = "bundle" ] || [ "$2" = "" ] ;;
    bundle) [ "$2" = "bundle" ] || [ "$2" = "" ] ;;
    *) [ "$2" = "" ] ;;
  esac
}

if [ -x .venv/bin/python ] && [ -f "$stamp" ]; then
  read -r done_mode done_digest < "$stamp" || true
  done_mode="${done_mode#mode=}"
  if covers "$done_mode" "$extra" && [ "${done_digest:-}" = "$(digest)" ]; then
    exit 0
  fi
fi

missing=()
if command -v dpkg >/dev/null 2>&1; then
  for p in "${debs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv || {
    echo "Could not create a virtualenv: install python3-venv (apt-get install python3-venv) and run again." >&2
    exit 1
  }
fi
rm -f "$stamp"
if [ -n "$extra" ]; then
  .venv/bin/python -m pip install -q -e ".[$extra]"
else
  .venv/bin/python -m pip install -q -e .
fi
echo "mode=$extra $(digest)" > "$stamp"
