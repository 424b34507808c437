#!/usr/bin/env bash
# Set everything up and run the main job on samples/: redacted PDFs, review
# files, report.json and inventaris.csv appear in out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/redactie run samples/ --out out/ "$@"
