"""Cost and power of verification's pixel check, run by hand (figures in the README).

    nice .venv/bin/python benchmarks/bench_pixels.py [--limit 3] [--no-model] [--dpi 72,100,150,200]

On scanned pages (``benchmarks/scan_corpus.py``: the scans of ``samples/`` and
``../shared/woo-eval/``, and scans made of the pages of ``samples/`` at 200 and
300 dpi and skewed as JPEG), each file is redacted by the pipeline's stages and
then:

* extraction (OCR), detection and redaction are timed together, for scale;
* verification is timed whole, and without its pixel check;
* the pixel check alone is timed at each resolution of ``--dpi``, on the
  output (where it must find nothing: false alarms) and on an output redacted
  with the old boxes (the OCR glyph boxes shrunk to the letters' body, which
  leave capitals, ascenders and descenders visible: it must fail them).

Times are CPU seconds (the least of three runs for the pixel check), readers
started by verification included.  Prints a table and one JSON line;
``--json FILE`` writes the JSON too.  No asserts: this is not a test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from unittest import mock

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.scan_corpus import (  # noqa: E402
    Redacted,
    emit_json,
    existing_scans,
    made_scans,
    old_output,
    redact,
)
from redactie import api  # noqa: E402
from redactie import verify as verify_module  # noqa: E402
from redactie.ink import VERIFY_DPI  # noqa: E402
from redactie.verify import pixel_problems, verify  # noqa: E402

REPEAT = 3


def cpu() -> float:
    """CPU seconds of this process and of the readers it ran (pdftotext)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed_verify(red: Redacted, with_pixels: bool) -> float:
    images = [p for p in red.doc.pages if p.image_regions]
    ours = [p.text for p in red.doc.pages]
    started = cpu()
    if with_pixels:
        verify(red.doc.path, red.output, red.redacted, red.result.boxes, ours, images)
    else:
        with mock.patch.object(verify_module, "pixel_problems", lambda *a, **k: ([], 0)):
            verify(red.doc.path, red.output, red.redacted, red.result.boxes, ours, images)
    return cpu() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=0, help="scan only the first N samples")
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--dpi", default="72,100,150,200")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    resolutions = [int(d) for d in args.dpi.split(",")]
    rules, engine = api.build_engine(api.Options(use_model=not args.no_model))
    totals: dict[str, float] = {
        "redact_s": 0.0,
        "verify_s": 0.0,
        "verify_without_pixels_s": 0.0,
        "pages": 0,
    }
    per_dpi = {
        d: {"s": 0.0, "checked": 0, "false_alarms": 0, "old_failed": 0, "old": 0}
        for d in resolutions
    }
    with tempfile.TemporaryDirectory() as tmp:
        scans = existing_scans() + made_scans(Path(tmp) / "scans", limit=args.limit)
        for scan in scans:
            started = cpu()
            red = redact(scan.path, Path(tmp) / "out.pdf", rules, engine)
            totals["redact_s"] += cpu() - started
            old = Path(tmp) / "old.pdf"
            old_boxes = old_output(red, old)
            totals["pages"] += red.doc.page_count
            totals["verify_s"] += timed_verify(red, True)
            totals["verify_without_pixels_s"] += timed_verify(red, False)
            for dpi in resolutions:
                row = per_dpi[dpi]
                spent = []
                for _ in range(REPEAT):  # the least of a few: the machine is shared
                    started = cpu()
                    problems, checked = pixel_problems(
                        red.doc.path, red.output, red.result.boxes, dpi
                    )
                    spent.append(cpu() - started)
                row["s"] += min(spent)
                row["checked"] += checked
                row["false_alarms"] += len(problems)
                old_problems, old_checked = pixel_problems(red.doc.path, old, old_boxes, dpi)
                row["old"] += old_checked
                row["old_failed"] += len(old_problems)
            print(
                f"{scan.label}: {red.doc.page_count} pages, {len(red.redacted)} redactions",
                file=sys.stderr,
            )
    pages = max(1, int(totals["pages"]))
    table = {
        str(d): {
            "s_per_checked_page": round(r["s"] / max(1, r["checked"]), 3),
            "pages_checked": r["checked"],
            "false_alarms": r["false_alarms"],
            "old_boxes_failed": f"{r['old_failed']}/{r['old']}",
        }
        for d, r in per_dpi.items()
    }
    figures: dict[str, object] = {
        "scans": len(scans),
        "pages": pages,
        "code_dpi": VERIFY_DPI,
        "extract_to_redact_s_per_page": round(totals["redact_s"] / pages, 3),
        "verify_s_per_page": round(totals["verify_s"] / pages, 3),
        "verify_without_pixels_s_per_page": round(totals["verify_without_pixels_s"] / pages, 3),
        "pixel_check": table,
    }
    print(f"{'dpi':>5} {'s/page':>8} {'false alarms':>13} {'old boxes failed':>17}")
    for d, r in table.items():
        cost, alarms, failed = r["s_per_checked_page"], r["false_alarms"], r["old_boxes_failed"]
        print(f"{d:>5} {cost:>8} {alarms:>13} {failed:>17}")
    print(
        f"verification per page: {figures['verify_s_per_page']} s with the pixel check "
        f"(at {VERIFY_DPI} dpi), {figures['verify_without_pixels_s_per_page']} s without; "
        f"extraction (OCR) to redaction {figures['extract_to_redact_s_per_page']} s"
    )
    emit_json(figures, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
