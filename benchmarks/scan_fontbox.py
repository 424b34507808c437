"""Font boxes on scans: the rows an outside reader checks, and the words OCR loses.

    nice .venv/bin/python benchmarks/scan_fontbox.py [--limit N] [--no-model] [--json FILE]

An outside check of a redacted scan (the woo-eval scorer's) takes each
redacted word's *font box* from the text the scan was made of (``pdftotext
-bbox`` of its twin: from the font's ascent to its descent, taller than the
letters) and asks, at 150 dpi, that every row and column of that box holding
ink in the original be at least half dark in the output; two or more light
ones count the word as partly visible.  Where lines are set close, the font
box of a word reaches into the line above (its descenders' tails) and a box
fitted to the word's own ink leaves those rows light.

This runs the pipeline's stages on woo-eval's scan and on scans made of the
text of each PDF of ``samples/`` set again as close as such a scan is set
(sans-serif 10 pt, lines 12 pt apart, by PyMuPDF's Story: a font box of 13.7
pt, 1.7 pt into the line above), at 200 dpi, twice: with the strips
of :func:`redactie.ink.font_box_strips` (over the rows of the font box that
the neighbouring line's ink reaches into, around that ink) and without
them, and counts per file

* ``words``: redacted words (a twin word whose centre lies in a box);
* ``partly_visible``: of those, words with two or more light rows or columns;
* ``words_lost``: ordinary words (three letters or more, not of a redacted
  string) that Tesseract (Dutch, 300 dpi, as the scorer reads a scan) reads
  in the original scan but no longer in the output: what boxes near a line do
  to the OCR of its words.

Prints a line per file and variant, then totals and one JSON line.
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
import pymupdf

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import redactie.ink as ink  # noqa: E402
from benchmarks.scan_corpus import Scan, emit_json, existing_scans, redact, scan_of  # noqa: E402
from redactie import api  # noqa: E402

DPI = 150  # the outside check's resolution
DARK = 128
OCR_DPI = 300
WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")
BBOX = re.compile(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>')


def typeset(pdf: Path, out: Path) -> Path:
    """The text of ``pdf``, line by line, set in sans-serif 10 pt on A4 pages."""
    with pymupdf.open(pdf) as doc:
        lines = [line for page in doc for line in page.get_text().splitlines()]
    body = "".join(f"<p>{html.escape(line) if line.strip() else '&nbsp;'}</p>" for line in lines)
    story = pymupdf.Story(body, user_css="p {font-family: sans-serif; font-size: 10pt; margin: 0}")
    writer = pymupdf.DocumentWriter(str(out))
    a4 = pymupdf.paper_rect("a4")
    where = pymupdf.Rect(a4.x0 + 60, a4.y0 + 60, a4.x1 - 60, a4.y1 - 60)
    more = True
    while more:
        dev = writer.begin_page(a4)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    return out


def font_boxes(twin: Path) -> list[tuple[int, pymupdf.Rect, str]]:
    """The twin's words with their font boxes, as poppler gives them."""
    r = subprocess.run(
        ["pdftotext", "-bbox", str(twin), "-"], capture_output=True, text=True, check=True
    )
    words, page = [], -1
    for line in r.stdout.splitlines():
        if "<page " in line:
            page += 1
        m = BBOX.search(line)
        if m:
            box = pymupdf.Rect(*(float(m.group(i)) for i in range(1, 5)))
            words.append((page, box, m.group(5)))
    return words


def gray(page: pymupdf.Page, dpi: int = DPI) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, annots=False)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]


def light_lines(before: np.ndarray, after: np.ndarray, box: pymupdf.Rect) -> int:
    """Rows and columns of ``box`` with ink before that are not half dark after."""
    k = DPI / 72
    h, w = before.shape
    x0, x1 = max(0, int(box.x0 * k)), min(w, int(box.x1 * k) + 1)
    y0, y1 = max(0, int(box.y0 * k)), min(h, int(box.y1 * k) + 1)
    was = before[y0:y1, x0:x1] < DARK
    now = after[y0:y1, x0:x1] < DARK
    if not was.size:
        return 0
    rows = was.any(axis=1) & (now.sum(axis=1) < 0.5 * now.shape[1])
    cols = was.any(axis=0) & (now.sum(axis=0) < 0.5 * now.shape[0])
    return int(rows.sum() + cols.sum())


def ocr_words(path: Path) -> Counter[str]:
    """The words Tesseract reads on every page, as an outside reader runs it."""
    words: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp, pymupdf.open(path) as doc:
        for page in doc:
            png = Path(tmp) / f"p{page.number}.png"
            page.get_pixmap(dpi=OCR_DPI, colorspace=pymupdf.csGRAY).save(png)
            r = subprocess.run(
                ["tesseract", str(png), "-", "-l", "nld"], capture_output=True, text=True
            )
            words.update(WORD.findall(r.stdout))
    return words


def measure(
    scan: Scan, out: Path, boxes: list[tuple[int, pymupdf.Rect]], secret: set[str]
) -> dict[str, int]:
    words = partly = 0
    with pymupdf.open(scan.path) as src, pymupdf.open(out) as dst:
        renders: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for n, rect, _text in font_boxes(scan.twin):
            centre = pymupdf.Point((rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2)
            if not any(p == n and centre in b for p, b in boxes):
                continue
            if n not in renders:
                renders[n] = (gray(src[n]), gray(dst[n]))
            words += 1
            partly += light_lines(*renders[n], rect) >= 2
    before, after = ocr_words(scan.path), ocr_words(out)
    lost = sum(max(0, c - after[w]) for w, c in before.items() if w.casefold() not in secret)
    return {"words": words, "partly_visible": partly, "words_lost": lost}


def _no_strips(
    foreign: np.ndarray, mine: np.ndarray, box: ink.Cell, halo: int
) -> tuple[list[ink.Cell], list[ink.Cell]]:
    return [], []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=0, help="scan only the first N samples")
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rules, engine = api.build_engine(api.Options(use_model=not args.no_model))
    with_strips = ink.font_box_strips
    rows: dict[str, dict[str, dict[str, int]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        scans = existing_scans()
        pdfs = sorted(p for p in (REPO / "samples").glob("*.pdf"))
        for pdf in pdfs[: args.limit or None]:
            twin = typeset(pdf, Path(tmp) / f"{pdf.stem}.set.pdf")
            made = scan_of(twin, Path(tmp) / f"{pdf.stem}.pdf", 200)
            scans.append(Scan(f"{pdf.stem} (set 10/12, 200dpi)", made, twin))
        for i, scan in enumerate(scans):
            rows[scan.label] = {}
            for variant in ("strips", "no strips"):
                ink.font_box_strips = with_strips if variant == "strips" else _no_strips
                red = redact(scan.path, Path(tmp) / f"out{i}.pdf", rules, engine)
                boxes = [(b.page, pymupdf.Rect(b.rect)) for b in red.result.boxes]
                secret = {w.casefold() for f in red.redacted for w in WORD.findall(f.text)}
                row = measure(scan, red.output, boxes, secret)
                rows[scan.label][variant] = row
                print(
                    f"{scan.label} [{variant}]: {row['words']} redacted words, "
                    f"{row['partly_visible']} partly visible, {row['words_lost']} words lost",
                    file=sys.stderr,
                )
        ink.font_box_strips = with_strips
    total = {
        v: {
            k: sum(r[v][k] for r in rows.values())
            for k in ("words", "partly_visible", "words_lost")
        }
        for v in ("strips", "no strips")
    }
    for v, t in total.items():
        print(
            f"{v}: {len(rows)} files, {t['words']} redacted words, "
            f"{t['partly_visible']} partly visible, {t['words_lost']} ordinary words lost to OCR"
        )
    emit_json({"files": len(rows), "total": total, "files_detail": rows}, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
