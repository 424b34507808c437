"""Scanned pages: OCR when the page has no text layer; otherwise fail closed.

A page with an image but no text is read with Tesseract (Dutch); the boxes
found by OCR blank the image pixels under them.  Without OCR the page cannot
be checked, so the document fails.  (An image *of text* on a page that also
has a text layer is not OCRed: see docs/security.md.)
"""

from __future__ import annotations

from pathlib import Path

import hostile_pdfs as hp
import pymupdf
import pytest
from hostile_support import failed_closed, published, run_one, use_stub_engine

from redactie.document import _tessdata, extract, tesseract_available

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="tesseract not installed")


@pytest.fixture(autouse=True)
def _stub(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stub_engine(monkeypatch)


def ocr_text(path: Path) -> str:
    """What Tesseract reads on the page as displayed (coordinates do not matter here)."""
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=200)
        with pymupdf.open(stream=pix.pdfocr_tobytes(language="nld", tessdata=_tessdata())) as o:
            return " ".join(o[0].get_text("text").split())


def test_scan_without_ocr_fails_closed(tmp_path: Path) -> None:
    src = hp.scanned_page(tmp_path / "scan.pdf")
    out_dir = tmp_path / "out"
    failed_closed(run_one(src, out_dir, ocr=False), out_dir, "scan.pdf", "scan", "OCR")


@needs_tesseract
@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_scan_is_ocred_and_pixels_are_blanked(rotation: int, tmp_path: Path) -> None:
    src = hp.scanned_page(tmp_path / "scan.pdf", rotation=rotation)
    doc = extract(src)
    assert doc.pages[0].ocr
    assert hp.NAME in doc.pages[0].text
    out = published(run_one(src, tmp_path / "out"), tmp_path / "out", "scan.pdf")
    seen = ocr_text(out)
    assert "Verbeek" not in seen and "Jolanda" not in seen
    assert "Voorbeeldstad" in seen  # the rest of the scan is still there


@needs_tesseract
def test_sideways_scan_fails_closed(tmp_path: Path) -> None:
    """OCR of a scan lying on its side reads garbage: it cannot be checked."""
    src = hp.scanned_page(tmp_path / "scan.pdf", sideways=True)
    out_dir = tmp_path / "out"
    failed_closed(run_one(src, out_dir), out_dir, "scan.pdf", "pagina 1", "OCR")
