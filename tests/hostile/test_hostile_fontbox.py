"""A redacted name under a line full of descenders, on a scan set close (10 pt on 12).

An outside reader checks a redacted word on a scan by its *font box* (the
font's ascent to descent, as ``pdftotext -bbox`` gives it for the text the scan
was made of): every row and column of that box that holds ink in the original
must be at least half dark in the output.  With lines 12 pt apart, the font box
of a 10 pt word reaches into the tails of the descenders of the line above.
The box covers the rows those tails reach into (a strip around them) without
touching them: the line above stays whole, and OCR reads its words as before.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import hostile_pdfs as hp
import numpy as np
import pymupdf
import pytest
from hostile_support import published, run_one, use_stub_engine

import redactie.ink as ink
import redactie.redact as redact
from redactie import api
from redactie.check import check
from redactie.document import _tessdata, tesseract_available

pytestmark = pytest.mark.skipif(
    not tesseract_available() or not shutil.which("pdftotext"),
    reason="tesseract or poppler missing",
)

ABOVE = "Wij vragen u de gegevens bij het loket op te geven, graag op tijd."
LINES = [
    "Gemeente Voorbeeldstad",
    ABOVE,
    f"Behandeld door {hp.NAME} van het team.",
    "Met vriendelijke groet, namens het college.",
]
DPI = 150  # the outside reader's resolution
WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture(autouse=True)
def _stub(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stub_engine(monkeypatch)


def _twin_and_scan(tmp: Path, size: float, spacing: float = 0.0) -> tuple[Path, Path]:
    """The text set in sans-serif ``size`` pt, lines 1.2 times that apart (an
    embedded font whose ascent is 1.075 em), or ``spacing`` em more, and its
    scan: grey pixels at 200 dpi, no text layer."""
    body = "".join(f"<p>{line}</p>" for line in LINES)
    css = f"p {{font-family: sans-serif; font-size: {size}pt; margin: 0 0 {spacing}em 0}}"
    story = pymupdf.Story(body, user_css=css)
    twin = tmp / "twin.pdf"
    writer = pymupdf.DocumentWriter(str(twin))
    scale = size / 10
    dev = writer.begin_page(pymupdf.Rect(0, 0, 420 * scale, 160 * scale))
    story.place(pymupdf.Rect(40, 40, 400 * scale, 150 * scale))
    story.draw(dev)
    writer.end_page()
    writer.close()
    with pymupdf.open(twin) as doc:
        pix = doc[0].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
        rect = doc[0].rect
    scan = tmp / "scan.pdf"
    with pymupdf.open() as doc:
        doc.new_page(width=rect.width, height=rect.height).insert_image(
            rect, stream=pix.tobytes("png")
        )
        doc.save(scan)
    return twin, scan


def _font_boxes(twin: Path, words: set[str]) -> list[pymupdf.Rect]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(twin), "-"], capture_output=True, text=True, check=True
    ).stdout
    boxes = []
    for m in re.finditer(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out
    ):
        if m.group(5) in words:
            boxes.append(pymupdf.Rect(*(float(m.group(i)) for i in range(1, 5))))
    return boxes


def _gray(path: Path) -> np.ndarray:
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=DPI, colorspace=pymupdf.csGRAY)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]


def _light_lines(before: np.ndarray, after: np.ndarray, box: pymupdf.Rect) -> int:
    """Rows and columns of the font box with ink before, not half dark after."""
    k = DPI / 72
    x0, x1, y0, y1 = int(box.x0 * k), int(box.x1 * k) + 1, int(box.y0 * k), int(box.y1 * k) + 1
    was, now = before[y0:y1, x0:x1] < 128, after[y0:y1, x0:x1] < 128
    rows = was.any(axis=1) & (now.sum(axis=1) < 0.5 * now.shape[1])
    cols = was.any(axis=0) & (now.sum(axis=0) < 0.5 * now.shape[0])
    return int(rows.sum() + cols.sum())


def _ocr_words(path: Path) -> set[str]:
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=300)
        with pymupdf.open(stream=pix.pdfocr_tobytes(language="nld", tessdata=_tessdata())) as o:
            return set(WORD.findall(o[0].get_text("text")))


def _redact(scan: Path, out_dir: Path) -> Path:
    return published(run_one(scan, out_dir), out_dir, "scan.pdf")


@pytest.mark.parametrize("size", [10, 24])
def test_font_box_rows_under_the_line_above_are_dark_and_that_line_stays_whole(
    size: float, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    twin, scan = _twin_and_scan(tmp_path, size)
    name_boxes = _font_boxes(twin, set(hp.NAME.split()))
    assert len(name_boxes) == 2
    before = _gray(scan)
    k = DPI / 72
    # the test measures something: the line above's tails reach into the font
    # boxes, above the name's own letters
    top = min(int(b.y0 * k) for b in name_boxes)
    tails = before[top : top + 3, int(name_boxes[0].x0 * k) : int(name_boxes[1].x1 * k)] < 128
    assert tails.any()

    out = _redact(scan, tmp_path / "out")
    after = _gray(out)
    assert all(_light_lines(before, after, b) == 0 for b in name_boxes)
    # the line above is untouched: its ink and a pixel of white around it
    line = pymupdf.Rect(_font_boxes(twin, {"gegevens"})[0])
    y0, y1 = int(line.y0 * k), top + 3
    ink_above = before[y0:y1] < 128
    around = ink_above.copy()
    around[1:] |= ink_above[:-1]
    around[:-1] |= ink_above[1:]
    around[:, 1:] |= ink_above[:, :-1]
    around[:, :-1] |= ink_above[:, 1:]
    assert ink_above.sum() > 500
    assert np.abs(after[y0:y1].astype(int) - before[y0:y1])[around].max() < 40
    # OCR reads the line above as it read it in the original; not the name
    words_before, words_after = _ocr_words(scan), _ocr_words(out)
    assert set(WORD.findall(ABOVE)) & words_before <= words_after
    assert not {"Jolanda", "Verbeek"} & words_after
    # the gate takes the strips for part of their box: no box without a code
    (verdict,) = check([out], api.Options(use_model=False, write_review=False)).files
    assert verdict.fit and not verdict.warnings, verdict.as_dict()

    # without the strips, the box leaves those rows light
    monkeypatch.setattr(ink, "font_box_strips", lambda *a: ([], []))
    old = _redact(scan, tmp_path / "old")
    assert any(_light_lines(before, _gray(old), b) >= 2 for b in name_boxes)


LOOSE_NAME = "Anand Ramsaran"
LOOSE = [
    "Gemeente Voorbeeldstad",
    "Met vriendelijke groet, namens het college.",
    f"Bijlage: brief van huisarts dr. {LOOSE_NAME}, Gezondheidscentrum Vermeer",
    "Routing: Juridische Zaken",
]


@pytest.mark.parametrize("size", [10, 11, 12])
def test_the_ground_code_leaves_no_light_column_through_a_word_in_a_short_box(
    size: float, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lines set apart: the box fits the name's own ink (about 1.05 em), shorter
    than its font box (1.37 em).  The stem of the white ``1`` of ``5.1.2e`` must
    not leave a column of a hidden word's font box more white than black."""
    use_stub_engine(monkeypatch, {LOOSE_NAME: "PERSON"})
    monkeypatch.setattr(sys.modules[__name__], "LINES", LOOSE)
    twin, scan = _twin_and_scan(tmp_path, size, spacing=1.0)
    name_boxes = _font_boxes(twin, {"Anand", "Ramsaran,"})
    assert len(name_boxes) == 2
    before = _gray(scan)
    after = _gray(_redact(scan, tmp_path / "out"))
    assert all(_light_lines(before, after, b) == 0 for b in name_boxes)

    if size != 10:
        return
    # the code's former size: a column through the stem of its "1" shows light
    monkeypatch.setattr(redact, "PIXEL_CODE_HEIGHT", 0.6)
    old = _gray(_redact(scan, tmp_path / "old"))
    assert any(_light_lines(before, old, b) >= 2 for b in name_boxes)
