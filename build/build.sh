#!/usr/bin/env bash
# Builds the one-folder GridDesk program (Linux/CI; build\build.bat on Windows):
# compiles the translations, runs PyInstaller on build/griddesk.spec, prints the
# output folder, its size and the build time. Output: build/dist/griddesk/.
# Extra arguments go to PyInstaller (e.g. --log-level WARN).
# build/build.sh --windows [--fast]: the Windows program and its installer, made here under
# Wine (build/build-windows.sh, docs/build.md).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--windows" ]; then
  shift
  exec build/build-windows.sh "$@"
fi
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3

start=$(date +%s.%N)
"$PY" build/i18n.py
"$PY" -m PyInstaller build/griddesk.spec --distpath build/dist --workpath build/work --noconfirm \
  --log-level "${PYI_LOG_LEVEL:-WARN}" "$@"
end=$(date +%s.%N)

out=build/dist/griddesk
echo "build: output   $(cd "$out" && pwd)"
echo "build: programs $(cd "$out" && ls -1 griddesk griddesk-cli 2>/dev/null | tr '\n' ' ')"
echo "build: size     $(du -sh "$out" | cut -f1) ($(find "$out" -type f | wc -l) files)"
printf 'build: time     %.1f s\n' "$(echo "$end - $start" | bc -l 2>/dev/null || awk "BEGIN{print $end-$start}")"
