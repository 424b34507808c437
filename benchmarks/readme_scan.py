"""The README's picture of a redacted scan, made again from a current run.

    .venv/bin/python benchmarks/readme_scan.py [--no-model] [--out docs/redacted-scan.png]

``samples/citizen_letter.pdf`` is scanned as a scanner gives it back (grey, 200
dpi, skewed 0.8 degrees, JPEG: ``benchmarks/scan_corpus.py``), run through
``redactie run`` (the library's :func:`redactie.api.run`, verification
included), and the top of the published page is rendered at 100 dpi to a PNG.
Exit code 1 when the scan is not published.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import pymupdf

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.scan_corpus import scan_of  # noqa: E402
from redactie import api  # noqa: E402

SAMPLE = REPO / "samples" / "citizen_letter.pdf"
DPI, ANGLE = 200, 0.8
# The part of the page shown: the sender, the addressee, the letter's first
# paragraphs and its table of names, dates and account numbers (points).
CLIP = pymupdf.Rect(40, 40, 560, 535)
PICTURE_DPI = 100


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "redacted-scan.png")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        scan = scan_of(SAMPLE, Path(tmp) / "scan.pdf", DPI, ANGLE, jpeg=True)
        result = api.run([scan], Path(tmp) / "out", api.Options(use_model=not args.no_model))
        (outcome,) = result.outcomes
        if outcome.status != api.PUBLISHED:
            print(f"not published: {outcome.error}", file=sys.stderr)
            return 1
        with pymupdf.open(Path(tmp) / "out" / "scan.pdf") as out:
            out[0].get_pixmap(dpi=PICTURE_DPI, clip=CLIP, colorspace=pymupdf.csGRAY).save(args.out)
        print(
            f"{args.out}: {outcome.redactions} redactions, verified by "
            f"{', '.join(outcome.verification)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
