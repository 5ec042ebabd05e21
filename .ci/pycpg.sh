#!/usr/bin/env bash
# pycpg 1.0.5, the official CrashPlan Python SDK (from the package registry), against the
# emulator: a real client nobody here wrote lists users (every page), devices with backup usage
# and orgs, finds a user by username, deactivates and reactivates it (.ci/pycpg_check.py).
# Usage: .ci/pycpg.sh PYTHON_VENV_DIR
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
venv="$1"
# shellcheck source=.ci/emulator.sh
source .ci/emulator.sh

"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "pycpg==1.0.5"
start_emulator "$venv" pycpg-emulator.log
"$venv/bin/python" .ci/pycpg_check.py "http://127.0.0.1:$port" admin admin
