#!/usr/bin/env bash
# Sets up everything the tests need on a fresh Debian/Ubuntu machine, then runs
# ruff and the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"

# Each entry: a package, or alternatives separated by "|" (Debian 13 renamed some libraries).
SYSTEM_PACKAGES=(
  python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  "libglib2.0-0t64|libglib2.0-0" fonts-wqy-microhei binutils poppler-utils age minisign
)
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for entry in "${SYSTEM_PACKAGES[@]}"; do
    IFS='|' read -r -a options <<< "$entry"
    found=""
    for pkg in "${options[@]}"; do installed "$pkg" && found=1 && break; done
    [ -n "$found" ] || missing+=("$entry")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=""
    if [ "$(id -u)" != 0 ]; then
      command -v sudo >/dev/null 2>&1 || { echo "test.sh: please install as root: ${missing[*]}" >&2; exit 1; }
      sudo_cmd="sudo"
    fi
    $sudo_cmd apt-get update -qq
    chosen=()
    for entry in "${missing[@]}"; do
      IFS='|' read -r -a options <<< "$entry"
      for pkg in "${options[@]}"; do
        if apt-cache show "$pkg" >/dev/null 2>&1; then chosen+=("$pkg"); break; fi
      done
    done
    echo "test.sh: installing ${chosen[*]}"
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${chosen[@]}" >/dev/null
  fi
fi

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev]"
.venv/bin/python build/i18n.py
.venv/bin/ruff check .
export QT_QPA_PLATFORM=offscreen
status=0
.venv/bin/python -m pytest -q -p no:cacheprovider "$@" || status=$?
# The Windows lane (Wine): prints "SKIP Windows lane …" when Wine cannot be installed here.
# Only for a whole run; GRIDDESK_WINDOWS_LANE=0 leaves it out.
if [ $# -eq 0 ] && [ "${GRIDDESK_WINDOWS_LANE:-1}" != 0 ]; then
  tests/windows/run.sh || status=1
else
  echo "SKIP Windows lane: not a whole run (pytest arguments given) or GRIDDESK_WINDOWS_LANE=0"
fi
exit $status
