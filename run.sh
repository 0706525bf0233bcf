#!/usr/bin/env bash
# Creates .venv if missing, installs GridDesk into it and starts the window.
# Arguments go to main.py (e.g. ./run.sh --db PATH, ./run.sh demo --scale small).
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
if [ ! -f .venv/.griddesk-installed ] || [ pyproject.toml -nt .venv/.griddesk-installed ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e .
  touch .venv/.griddesk-installed
fi
.venv/bin/python build/i18n.py --if-missing
exec .venv/bin/python main.py "$@"
