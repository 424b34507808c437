"""Speed of the gate (``redactie check``), run by hand (figures go in the notes).

    nice .venv/bin/python benchmarks/bench_check.py [--pages 50] [--no-model]

Redacts ``samples/`` and a generated document of N text-dense pages with
``api.run``, then times ``check`` on the outputs: the whole check (including
extraction and detection) and the drawing-order scan of the pages alone.
No asserts: this is not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_pipeline import synthetic  # noqa: E402
from redactie import api  # noqa: E402
from redactie.check import check, page_issues  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--no-model", action="store_true")
    args = parser.parse_args()
    options = api.Options(use_model=not args.no_model)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        synthetic(inputs / "synthetic.pdf", args.pages)
        out = Path(tmp) / "out"
        api.run([REPO / "samples", inputs / "synthetic.pdf"], out, options)
        pages = 0
        started = time.perf_counter()
        for pdf in sorted(out.glob("*.pdf")):
            with pymupdf.open(pdf) as doc:
                for n in range(doc.page_count):
                    page_issues(doc, n)
                pages += doc.page_count
        figures["drawing_order_s_per_page"] = round((time.perf_counter() - started) / pages, 4)
        started = time.perf_counter()
        result = check([out], options)
        figures["check_s"] = round(time.perf_counter() - started, 2)
        figures["check_s_per_page"] = round(figures["check_s"] / pages, 4)
        figures["pages"] = pages
        figures["files_fit"] = sum(f.fit for f in result.files)
        figures["files"] = len(result.files)
    sys.stdout.write(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
