"""The document model: pages as text with a map from characters back to boxes.

Extraction reads each page with PyMuPDF's ``rawdict`` (one entry per glyph,
with its box, baseline origin and font size) and lays the glyphs out as one
string per page: glyphs of a line in order, ``\\n`` between lines and a blank
line between blocks.  Every character of that string that came from a glyph
keeps the glyph's box, so a finding (a character range) turns back into boxes
on the page, one per line it touches.

Only the text is kept for the whole document; the glyph boxes of a page are
computed again when that page is redacted (:func:`page_layout` is
deterministic), which keeps memory bounded for very long documents.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from redactie.errors import EncryptedPdfError, InputFileError

# Flags for text extraction: keep whitespace glyphs, expand ligatures into
# their letters (so "ﬁ" reads as "fi"), and do not drop glyphs that lie outside
# the media box (they are text a reader can still extract).
EXTRACT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class GlyphBox:
    """Where one character sits: its box, and a box shrunk to the glyph's own height."""

    line: int  # running line number on the page; boxes of one line merge
    bbox: Box  # box as extracted
    tight: Box  # box shrunk vertically to the glyph body (see _tight_box)


@dataclass(frozen=True)
class PageLayout:
    """A page's text and, per character, the glyph box it came from (or None)."""

    text: str
    boxes: tuple[GlyphBox | None, ...]

    def boxes_for(self, start: int, end: int) -> list[Box]:
        """Boxes covering characters ``start:end``, merged per line."""
        merged: dict[int, list[float]] = {}
        order: list[int] = []
        for gb in self.boxes[start:end]:
            if gb is None:
                continue
            x0, y0, x1, y1 = gb.tight
            cur = merged.get(gb.line)
            if cur is None:
                merged[gb.line] = [x0, y0, x1, y1]
                order.append(gb.line)
            else:
                cur[0] = min(cur[0], x0)
                cur[1] = min(cur[1], y0)
                cur[2] = max(cur[2], x1)
                cur[3] = max(cur[3], y1)
        return [(b[0], b[1], b[2], b[3]) for b in (merged[k] for k in order)]


@dataclass(frozen=True)
class Page:
    number: int  # 0-based
    text: str
    width: float
    height: float
    rotation: int
    has_images: bool
    # For scanned pages: the layout read by OCR (kept, since OCR is slow and
    # redaction needs the same boxes the detectors saw).
    ocr_layout: PageLayout | None = None

    @property
    def ocr(self) -> bool:
        return self.ocr_layout is not None


@dataclass(frozen=True)
class Document:
    """An input document as the detectors see it."""

    path: Path
    sha256: str
    pages: tuple[Page, ...]
    metadata_keys: tuple[str, ...] = field(default=())

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def page_count(self) -> int:
        return len(self.pages)


def _tight_box(bbox: Box, origin: tuple[float, float], size: float, wmode: int) -> Box:
    """Shrink a glyph box vertically to the body of the glyph.

    PyMuPDF removes every glyph whose box overlaps a redaction rectangle.  A
    line's glyph boxes reach up to the font's ascender and down to its
    descender, so with tight line spacing they overlap the lines above and
    below.  A rectangle from a little above the x-height to just below the
    baseline touches only glyphs of its own line.  Horizontally the box is
    inset a hair so it does not touch the neighbouring glyph.
    """
    x0, y0, x1, y1 = bbox
    if wmode or size <= 0 or not (y0 <= origin[1] <= y1 + size):
        # vertical writing or odd metrics: fall back to the middle of the box
        h = y1 - y0
        ty0, ty1 = y0 + 0.2 * h, y1 - 0.2 * h
    else:
        base = origin[1]
        ty0 = max(y0, base - 0.62 * size)
        ty1 = min(y1, base + 0.05 * size)
        if ty1 <= ty0:
            h = y1 - y0
            ty0, ty1 = y0 + 0.2 * h, y1 - 0.2 * h
    inset = min(0.25, (x1 - x0) * 0.1)
    return (x0 + inset, ty0, x1 - inset, ty1)


def _rotate_box(box: Box, matrix: pymupdf.Matrix) -> Box:
    r = pymupdf.Rect(box) * matrix
    return (r.x0, r.y0, r.x1, r.y1)


def page_layout(page: pymupdf.Page, textpage: pymupdf.TextPage | None = None) -> PageLayout:
    """Lay out a page's glyphs as text with one box per character.

    Boxes are in the page's unrotated coordinate space, the one
    ``add_redact_annot`` expects.  ``textpage``: an OCR text page to read
    instead of the page's own text.
    """
    raw: dict[str, Any] = page.get_text("rawdict", flags=EXTRACT_FLAGS, textpage=textpage)
    # rawdict coordinates follow the rotated page; redaction annotations take
    # unrotated coordinates.
    derot = page.derotation_matrix if page.rotation else None
    chars: list[str] = []
    boxes: list[GlyphBox | None] = []
    line_no = 0
    first_block = True
    for block in raw.get("blocks", []):
        if block.get("type") != 0:
            continue
        if not first_block:
            chars.append("\n")
            boxes.append(None)
        first_block = False
        first_line = True
        for line in block.get("lines", []):
            if not first_line:
                chars.append("\n")
                boxes.append(None)
            first_line = False
            line_no += 1
            wmode = int(line.get("wmode", 0))
            for span in line.get("spans", []):
                size = float(span.get("size", 0.0))
                for ch in span.get("chars", []):
                    c = ch.get("c", "")
                    if not c:
                        continue
                    bbox: Box = tuple(ch["bbox"])  # type: ignore[assignment]
                    tight = _tight_box(bbox, tuple(ch["origin"]), size, wmode)  # type: ignore[arg-type]
                    if derot is not None:
                        bbox = _rotate_box(bbox, derot)
                        tight = _rotate_box(tight, derot)
                    gb = GlyphBox(line=line_no, bbox=bbox, tight=tight)
                    for sub in c:  # a ligature glyph may carry several characters
                        chars.append(sub)
                        boxes.append(gb)
        chars.append("\n")
        boxes.append(None)
    return PageLayout(text="".join(chars), boxes=tuple(boxes))


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def open_pdf(path: Path) -> pymupdf.Document:
    """Open a PDF for reading, with errors a Woo officer understands."""
    if not path.exists():
        raise InputFileError("het bestand bestaat niet", path=str(path))
    if not path.is_file():
        raise InputFileError("dit is geen bestand", path=str(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise InputFileError(f"het bestand kan niet worden gelezen ({exc.strerror})", path=str(path)) from exc
    if b"%PDF-" not in head:
        raise InputFileError("dit is geen PDF-bestand", path=str(path))
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises several types for damaged files
        raise InputFileError("de PDF is beschadigd en kan niet worden geopend", path=str(path)) from exc
    if doc.needs_pass or doc.is_encrypted:
        doc.close()
        raise EncryptedPdfError(
            "de PDF is versleuteld; lever een onversleutelde versie aan", path=str(path)
        )
    if doc.page_count == 0:
        doc.close()
        raise InputFileError("de PDF heeft geen pagina's", path=str(path))
    return doc


def extract(path: Path, *, ocr: bool | None = None) -> Document:
    """Read a PDF into a :class:`Document` (text per page).

    ``ocr``: OCR pages that carry images but no text (None: when Tesseract is
    installed).  A page that needs OCR but cannot get it raises
    :class:`InputFileError`: its content could not be checked, so it cannot be
    published.
    """
    sha = file_sha256(path)
    doc = open_pdf(path)
    try:
        pages: list[Page] = []
        for page in doc:
            try:
                layout = page_layout(page)
            except Exception as exc:
                raise InputFileError(
                    f"pagina {page.number + 1} kan niet worden gelezen", path=str(path)
                ) from exc
            has_images = bool(page.get_images(full=False))
            ocr_layout = None
            if not layout.text.strip() and has_images:
                ocr_layout = _ocr_layout(page, path, ocr)
                layout = ocr_layout
            pages.append(
                Page(
                    number=page.number,
                    text=layout.text,
                    width=page.rect.width,
                    height=page.rect.height,
                    rotation=page.rotation,
                    has_images=has_images,
                    ocr_layout=ocr_layout,
                )
            )
        meta_keys = tuple(k for k, v in (doc.metadata or {}).items() if v)
        return Document(path=path, sha256=sha, pages=tuple(pages), metadata_keys=meta_keys)
    finally:
        doc.close()


def tesseract_available() -> bool:
    from shutil import which

    return which("tesseract") is not None


def _ocr_layout(page: pymupdf.Page, path: Path, ocr: bool | None) -> PageLayout:
    """OCR layout of a scanned page, or an error when OCR is not possible."""
    if ocr is False or (ocr is None and not tesseract_available()):
        raise InputFileError(
            f"pagina {page.number + 1} is een scan zonder tekstlaag en OCR is niet beschikbaar",
            path=str(path),
        )
    try:
        tp = page.get_textpage_ocr(language="nld", dpi=300, full=True, tessdata=_tessdata())
        return page_layout(page, textpage=tp)
    except Exception as exc:
        raise InputFileError(
            f"OCR van pagina {page.number + 1} is mislukt", path=str(path)
        ) from exc


def _tessdata() -> str | None:
    env = os.environ.get("TESSDATA_PREFIX")
    if env:
        return env
    for cand in ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata"):
        if Path(cand).is_dir():
            return cand
    return None
