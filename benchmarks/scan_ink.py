"""What a reader sees of redacted words on scans, checked by hand (figures in the README).

    nice .venv/bin/python benchmarks/scan_ink.py [--limit N] [--no-model] [--json FILE]

Runs the pipeline's stages (as ``redactie run`` does, verification included)
on every scan of ``samples/`` and ``../shared/woo-eval/`` and on scans made of
the pages of ``samples/`` (``benchmarks/scan_corpus.py``), renders original
and output at 200 dpi and counts, for every redacted word, the pixels of its
ink in the original that lie outside every box of the output, and of those
the ones the output still shows (unchanged and not black).

Independent of the code it checks: a word's place comes from the scan's twin
(the PDF it was scanned from; for woo-eval the ``vector/`` file), not from
OCR, and its ink is the twin's ink under the word's letters (skewed with the
scan), as far as the original scan shows it.  A twin word counts as redacted
when its centre lies in a box, or when it is a word of a redacted finding on
that page and a box covers a quarter of it.  A word followed or preceded by punctuation is
measured without it.

``--old-boxes`` measures an output redacted with the old boxes instead (OCR
glyph boxes shrunk to the letters' body): the measure must find their leaks.
Exit code 0 when no redacted word shows a pixel of ink outside a box, 1
otherwise.  Prints per file and in total: redacted words, words with ink
outside a box, such pixels; one JSON line last.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image, ImageFilter

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.scan_corpus import (  # noqa: E402
    Redacted,
    Scan,
    emit_json,
    existing_scans,
    made_scans,
    old_output,
    redact,
)
from redactie import api  # noqa: E402
from redactie.redact import RedactionResult  # noqa: E402
from redactie.verify import verify  # noqa: E402

DPI = 200
INK = 140  # grey level below which a pixel is ink
BLACK = 40  # a box's black, as rendered
SAME = 24  # grey levels: a pixel of the output that still shows the original
LIGHTER = 60  # grey levels: a pixel the output made lighter (the code's letters)
PUNCT = ",.;:!?()[]<>'\"«»„“”‘’"


def gray(page: pymupdf.Page) -> np.ndarray:
    pix = page.get_pixmap(dpi=DPI, colorspace=pymupdf.csGRAY, annots=False)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]


def skewed(x: float, y: float, page: pymupdf.Rect, angle: float) -> tuple[float, float]:
    """A point of the twin where the scan shows it (rotated about the page centre,
    counter-clockwise as seen, the way the scan was made)."""
    if not angle:
        return x, y
    cx, cy = page.width / 2, page.height / 2
    a = math.radians(angle)
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(a) + dy * math.sin(a), cy - dx * math.sin(a) + dy * math.cos(a)


def skewed_rect(r: pymupdf.Rect, page: pymupdf.Rect, angle: float) -> pymupdf.Rect:
    pts = [skewed(x, y, page, angle) for x in (r.x0, r.x1) for y in (r.y0, r.y1)]
    return pymupdf.Rect(
        min(p[0] for p in pts),
        min(p[1] for p in pts),
        max(p[0] for p in pts),
        max(p[1] for p in pts),
    )


def core(word: str) -> str:
    return word.strip(PUNCT)


def tokens(text: str) -> set[str]:
    return {core(t).casefold() for t in text.split() if core(t)}


def redacted_words(
    twin: pymupdf.Page, boxes: list[pymupdf.Rect], wanted: set[str], angle: float
) -> list[pymupdf.Rect]:
    """The twin's words (without punctuation around them) that the output redacts."""
    out = []
    for x0, y0, x1, y1, word, *_ in twin.get_text("words"):
        c = core(word)
        if not c:
            continue
        rect = pymupdf.Rect(x0, y0, x1, y1)
        if c != word:  # measure the word without its punctuation
            hits = twin.search_for(c, clip=rect)
            if hits:
                rect = hits[0]
        shown = skewed_rect(rect, twin.rect, angle)
        centre = skewed((rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2, twin.rect, angle)
        in_box = any(pymupdf.Point(centre) in b for b in boxes)
        # a word of a redacted string that a box covers in part (a quarter of
        # it at least: not the same short word on the next line)
        area = max(shown.get_area(), 1e-6)
        touches = c.casefold() in wanted and any(
            (shown & b).get_area() >= 0.25 * area for b in boxes if shown.intersects(b)
        )
        if in_box or touches:
            out.append(rect)
    return out


def spread(seed: np.ndarray, ink: np.ndarray) -> np.ndarray:
    """The ink connected to ``seed`` (8-neighbourhood)."""
    grown = seed & ink
    while True:
        wider = np.asarray(Image.fromarray(grown).filter(ImageFilter.MaxFilter(3))) & ink
        if (wider == grown).all():
            return grown
        grown = wider


def own_ink(twin_ink: np.ndarray, rect: pymupdf.Rect) -> tuple[np.ndarray, tuple[int, int]]:
    """The ink of the word's own letters on the twin, in a window one line
    around the word (mask, window origin): the ink connected to the word's
    middle band, and the marks inside its box (a point wider all round: dots,
    accents) not connected to ink outside it (the next line's letters)."""
    z = DPI / 72
    h = rect.y1 - rect.y0
    wy0, wy1 = max(0, int((rect.y0 - h) * z)), min(twin_ink.shape[0], math.ceil((rect.y1 + h) * z))
    wx0, wx1 = max(0, int((rect.x0 - h) * z)), min(twin_ink.shape[1], math.ceil((rect.x1 + h) * z))
    ink = twin_ink[wy0:wy1, wx0:wx1]
    inner = np.zeros(ink.shape, dtype=bool)
    inner[
        max(0, int((rect.y0 - 1) * z) - wy0) : math.ceil((rect.y1 + 1) * z) - wy0,
        max(0, int((rect.x0 - 1) * z) - wx0) : math.ceil((rect.x1 + 1) * z) - wx0,
    ] = True
    band = np.zeros(ink.shape, dtype=bool)
    band[
        int((rect.y0 + 0.4 * h) * z) - wy0 : math.ceil((rect.y0 + 0.7 * h) * z) - wy0,
        int(rect.x0 * z) - wx0 : math.ceil(rect.x1 * z) - wx0,
    ] = True
    letters = spread(band, ink)
    neighbours = spread(~inner, ink)
    return letters | (ink & inner & ~neighbours), (wy0, wx0)


def word_ink(
    twin_ink: np.ndarray, scan_ink: np.ndarray, rect: pymupdf.Rect, page: pymupdf.Rect, angle: float
) -> np.ndarray:
    """The word's ink as the scan shows it: its letters on the twin
    (:func:`own_ink`), skewed like the scan and grown by a pixel for the
    scan's blur, where the scan has ink."""
    h, w = min(twin_ink.shape[0], scan_ink.shape[0]), min(twin_ink.shape[1], scan_ink.shape[1])
    letters, (wy0, wx0) = own_ink(twin_ink, rect)
    mask = np.zeros((h, w), dtype=bool)
    mask[wy0 : wy0 + letters.shape[0], wx0 : wx0 + letters.shape[1]] = letters[
        : max(0, h - wy0), : max(0, w - wx0)
    ]
    if angle:
        img = Image.fromarray(mask).rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
        mask = np.asarray(img) > 0
    grown = np.asarray(Image.fromarray(mask).filter(ImageFilter.MaxFilter(3)))
    return grown & scan_ink[:h, :w]


def covered(shape: tuple[int, ...], boxes: list[pymupdf.Rect]) -> np.ndarray:
    """Pixels whose centre lies in a box."""
    z = DPI / 72
    out = np.zeros(shape[:2], dtype=bool)
    for b in boxes:
        x0, y0 = max(0, math.ceil(b.x0 * z - 0.5)), max(0, math.ceil(b.y0 * z - 0.5))
        x1, y1 = math.floor(b.x1 * z - 0.5) + 1, math.floor(b.y1 * z - 0.5) + 1
        out[y0:y1, x0:x1] = True
    return out


def measure(scan: Scan, red: Redacted) -> dict[str, int]:
    words = outside_words = outside_px = shown_px = 0
    with (
        pymupdf.open(scan.twin) as twin,
        pymupdf.open(scan.path) as src,
        pymupdf.open(red.output) as out,
    ):
        for n in range(src.page_count):
            page = src[n]
            if page.get_text().strip() or not page.get_images():
                continue  # not a scanned page
            boxes = [
                (pymupdf.Rect(b.rect) * page.rotation_matrix).normalize()
                for b in red.result.boxes
                if b.page == n
            ]
            wanted: set[str] = set()
            for f in red.redacted:
                if f.page == n:
                    wanted |= tokens(f.text)
            rects = redacted_words(twin[n], boxes, wanted, scan.angle)
            if not rects:
                continue
            twin_ink = gray(twin[n]) < INK
            before = gray(page)
            after = gray(out[n])
            scan_ink = before < INK
            cover = covered(scan_ink.shape, boxes)
            # still shown: the output has the original's ink there, not box black,
            # and not beside the ground code's white letters (their anti-aliased
            # edges may match the ink by chance)
            diff = after.astype(np.int16) - before
            lighter = Image.fromarray(diff > LIGHTER).filter(ImageFilter.MaxFilter(3))
            same = (np.abs(diff) <= SAME) & (after > BLACK) & ~np.asarray(lighter)
            for rect in rects:
                ink = word_ink(twin_ink, scan_ink, rect, twin[n].rect, scan.angle)
                if not ink.any():
                    continue
                h, w = ink.shape
                words += 1
                outside = ink & ~cover[:h, :w]
                if outside.any():
                    outside_words += 1
                    outside_px += int(outside.sum())
                    shown_px += int((outside & same[:h, :w]).sum())
    return {
        "words": words,
        "words_with_ink_outside": outside_words,
        "pixels_outside": outside_px,
        "pixels_still_shown": shown_px,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=0, help="scan only the first N samples")
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--old-boxes",
        action="store_true",
        help="measure the old boxes instead (OCR glyph boxes shrunk to the letters' body)",
    )
    args = parser.parse_args()
    rules, engine = api.build_engine(api.Options(use_model=not args.no_model))
    rows: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        scans = existing_scans() + made_scans(Path(tmp) / "scans", limit=args.limit)
        for i, scan in enumerate(scans):
            red = redact(scan.path, Path(tmp) / f"out{i}.pdf", rules, engine)
            if args.old_boxes:
                old = old_output(red, Path(tmp) / f"old{i}.pdf")
                pages = tuple(sorted({b.page for b in old}))
                red = replace(
                    red, output=Path(tmp) / f"old{i}.pdf", result=RedactionResult(old, pages, ())
                )
            images = [p for p in red.doc.pages if p.image_regions]
            ours = [p.text for p in red.doc.pages]
            result = verify(red.doc.path, red.output, red.redacted, red.result.boxes, ours, images)
            row = measure(scan, red)
            row["verified"] = int(result.ok)
            rows[scan.label] = row
            print(
                f"{scan.label}: {row['words']} redacted words, "
                f"{row['words_with_ink_outside']} with ink outside a box "
                f"({row['pixels_outside']} px, {row['pixels_still_shown']} still shown); "
                f"verification {'ok' if result.ok else 'FAILED'}",
                file=sys.stderr,
            )
    total = {
        k: sum(r[k] for r in rows.values())
        for k in (
            "words",
            "words_with_ink_outside",
            "pixels_outside",
            "pixels_still_shown",
            "verified",
        )
    }
    summary: dict[str, object] = {
        "dpi": DPI,
        "files": len(rows),
        "total": total,
        "files_detail": rows,
    }
    print(
        f"{len(rows)} scanned files at {DPI} dpi: {total['words']} redacted words, "
        f"{total['words_with_ink_outside']} with ink outside a box "
        f"({total['pixels_outside']} px, {total['pixels_still_shown']} of them still shown); "
        f"{total['verified']} of {len(rows)} verified"
    )
    emit_json(summary, args.json)
    return 0 if total["words_with_ink_outside"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
