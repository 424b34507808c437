#!/usr/bin/env bash
# Set everything up and run the checks: ruff, mypy and the whole test suite
# (slow model tests included).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check redactie tests samples benchmarks
.venv/bin/mypy redactie
set +e
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "no tests were collected" >&2
  exit 1
fi
exit "$rc"
