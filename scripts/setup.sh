#!/usr/bin/env bash
# Installs everything Kartoteka needs on a Debian/Ubuntu machine: the system
# libraries Qt loads, Xvfb for headless runs, and a project virtualenv in .venv.
# Safe to run again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

extra="${1:-}"   # "test" to add the test tools
debs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
      libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0
      fonts-dejavu-core fonts-noto-core xvfb xauth)
if [ "${1:-}" = "test" ]; then
  # the test extra's followthemoney needs PyICU, which PyPI ships as source only
  debs+=(libicu-dev pkg-config g++)
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

python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv || {
    echo "Could not create a virtualenv: install python3-venv (apt-get install python3-venv) and run again." >&2
    exit 1
  }
fi
if [ "$extra" = "test" ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
