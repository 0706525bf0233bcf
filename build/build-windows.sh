#!/usr/bin/env bash
# build/build.sh --windows: the Windows program and its installer, made on Linux.
# PyInstaller runs under Wine in the Windows Python of build/wine-env.sh (the way Windows
# builds are commonly made on Linux CI) and writes build/wine/dist/griddesk/; Debian's NSIS
# (makensis) wraps it in build/dist/GridDesk-安装程序-<version>.exe (build/installer.nsi).
# --fast: zlib instead of solid LZMA (the test lane: much quicker, a larger installer).
# Prints the program folder's size and file count, the installer's size and the times.
set -euo pipefail
cd "$(dirname "$0")/.."
FAST=()
[ "${1:-}" = "--fast" ] && FAST=(-DFAST) && shift
# shellcheck source=wine-env.sh
source build/wine-env.sh
wine_ready || { echo "build --windows: $WINE_SKIP" >&2; exit 1; }
HOST_PY=${PYTHON:-.venv/bin/python}
[ -x "$HOST_PY" ] || HOST_PY=python3
version=$("$HOST_PY" -c "import app; print(app.__version__)")
out="$PWD/build/dist/GridDesk-安装程序-$version.exe"

t0=$(date +%s)
"$HOST_PY" build/i18n.py
rm -rf build/wine/dist/griddesk
wine "$WINE_PY" -m PyInstaller build/griddesk.spec --distpath 'build\wine\dist' --workpath 'build\wine\work' \
  --noconfirm --log-level ERROR "$@" </dev/null 2>&1 | cat
[ "${PIPESTATUS[0]}" -eq 0 ] && [ -f build/wine/dist/griddesk/griddesk-cli.exe ] \
  || { echo "build --windows: PyInstaller under Wine failed" >&2; exit 1; }
t1=$(date +%s)
mkdir -p build/dist
makensis -V2 -INPUTCHARSET UTF8 "${FAST[@]}" -DVERSION="$version" -DDIST="$PWD/build/wine/dist/griddesk" \
  -DICON="$PWD/resources/icons/griddesk.ico" -DOUTFILE="$out" build/installer.nsi
t2=$(date +%s)
dist=build/wine/dist/griddesk
echo "build --windows: program   $(cd "$dist" && pwd) ($(du -sm "$dist" | cut -f1) MB, $(find "$dist" -type f | wc -l) files, PyInstaller $((t1 - t0)) s)"
echo "build --windows: installer $out ($(du -m "$out" | cut -f1) MB, makensis $((t2 - t1)) s)"
