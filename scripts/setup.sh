#!/usr/bin/env bash
# Install everything redactie needs on a Debian/Ubuntu machine, idempotently:
# system tools (poppler's pdftotext, Tesseract with Dutch, qpdf) and a virtual
# environment in .venv with the package and its development tools.
# Nothing is downloaded at run time afterwards; the NER model ships in models/.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr tesseract-ocr-nld)
[ -e /usr/share/tesseract-ocr/5/tessdata/nld.traineddata ] || [ -e /usr/share/tesseract-ocr/4.00/tessdata/nld.traineddata ] || need_apt+=(tesseract-ocr-nld)
command -v qpdf >/dev/null 2>&1 || need_apt+=(qpdf)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)  # the review screen's browser test
python3 -c "import ensurepip, venv" >/dev/null 2>&1 || need_apt+=(python3-venv)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${need_apt[*]}" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
stamp=.venv/.redactie-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  touch "$stamp"
fi
