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

import bisect
import functools
import hashlib
import io
import logging
import math
import os
import re
import shutil
import subprocess
import threading
import unicodedata
import weakref
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pikepdf
import pymupdf

from redactie.errors import EncryptedPdfError, InputFileError
from redactie.woo import GROUNDS

log = logging.getLogger(__name__)

# Flags for text extraction: keep whitespace glyphs, expand ligatures into
# their letters (so "ﬁ" reads as "fi"), and read the glyphs that are drawn
# rather than a replacement /ActualText (which could say something harmless
# while the page shows a name).  ``TEXT_MEDIABOX_CLIP`` is deliberately not
# set, and extraction passes an infinite clip (:data:`EVERYWHERE`): glyphs
# outside the page box are text a reader can still extract, so they are read,
# checked and redacted like any other.
EXTRACT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_IGNORE_ACTUALTEXT
EVERYWHERE = pymupdf.Rect(-1e7, -1e7, 1e7, 1e7)

# pdftotext's cross-check of the extraction may take this long (seconds).
CROSS_CHECK_TIMEOUT = 900

# Log progress every this many pages on long documents.
PROGRESS_EVERY = 100

# Characters that are invisible in print but split a word for a detector:
# soft hyphen and zero-width (non-)joiners/spaces.  They are left out of the
# page text (the glyph, if any, still lies inside the merged box of its line).
INVISIBLE_CHARS = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")

# A page whose text is this unreliable is not processed (see _unreliable_text).
UNMAPPED_RATIO = 0.1
UNMAPPED_MIN = 3
# This many lines in a row of one character each: a word we could not put
# together (glyphs stacked or scattered), which no detector would read.
SINGLE_CHAR_RUN = 8

# OCR renders the page; cap the pixmap so a huge page cannot exhaust memory.
OCR_DPI = 300
OCR_MIN_DPI = 100
OCR_MAX_PIXELS = 60_000_000
# A page or image that one OCR pass within OCR_MAX_PIXELS would read below
# OCR_TILE_DPI is read in horizontal strips at OCR_TILE_DPI, each within the
# pixel limit, overlapping by OCR_TILE_OVERLAP points (at most a quarter of a
# strip), so every line of text lies whole in some strip; each line is taken
# from the one strip whose core (the strip less half the overlap at each inner
# edge) holds its centre, so a line in an overlap is read once and a line cut
# at a strip's edge never.  When more than OCR_MAX_TILES strips would be
# needed, the region is read in one pass downsampled to the pixel limit; if
# that pass is below OCR_MIN_DPI and reads no words, the page fails (see
# OcrPlan.coarse).
OCR_TILE_DPI = 200
OCR_TILE_OVERLAP = 144.0  # points (2 inch): taller than a line of any text
OCR_MAX_TILES = 8
# A read downsampled below OCR_MIN_DPI may miss small type altogether, so it
# counts only when the words OCR read hold all but this share of the marks
# (pixels darker than OCR_MARK: small type is grey at a coarse resolution):
# large type passes; small type, photos and drawings fail (closed).
OCR_COARSE_UNREAD = 0.02
OCR_MARK = 200
# OCR text with at least this many tokens, of which fewer than this share look
# like words, is noise (see unreadable_ocr).
OCR_MIN_TOKENS = 15
OCR_MIN_WORDLIKE = 0.35

# Images of text on pages that have a text layer (a screenshot of an e-mail, a
# scanned letter pasted into a nota, a photographed business card) are OCRed
# region by region (see image_text_regions).  A region must measure at least
# 1.5 x 0.5 inch on the page (either way round): smaller images hold at most a
# few large letters (logos, icons, rules, stamps).  An image must have at
# least 150 x 30 source pixels (either way round) to count at all: fewer
# pixels cannot hold a readable line of text.  Placements that overlap or
# touch are OCRed as one region, so a scan cut into strips reads as one.
IMAGE_OCR_MIN_LONG = 108.0  # points (1.5 inch)
IMAGE_OCR_MIN_SHORT = 36.0  # points (0.5 inch)
IMAGE_OCR_MIN_LONG_PX = 150
IMAGE_OCR_MIN_SHORT_PX = 30
# A region's OCR text is kept when at least this share of its tokens (and at
# least one) has three or more letters or digits; otherwise it is noise (a
# photo, a chart) and left out.  A region that reads no words upright is read
# turned a quarter, three quarters and half a turn too (an image lying on its
# side: a scanned letter pasted sideways, a table turned to fit the page), and
# the turn that reads the most words is kept (see _read_image).
IMAGE_OCR_MIN_WORDLIKE = OCR_MIN_WORDLIKE
IMAGE_TURNS = (90, 270, 180)
# Images below those sizes (a cut-out of one line of an e-mail, a stamp, a
# business card placed small) are read too, rendered large enough for OCR:
# their short side at least SMALL_IMAGE_OCR_PX pixels (at OCR_DPI at least, at
# SMALL_IMAGE_MAX_DPI at most), in every turn like a region.  Words are kept;
# nothing read at all is no text (an icon, a photo without marks OCR takes for
# characters); characters that no turn reads as a word fail the document, like
# an image too large, unless unread images are allowed.  Below the floor of
# IMAGE_TEXT_FLOOR_PT x IMAGE_TEXT_FLOOR_SHORT_PT points on the page or
# IMAGE_TEXT_FLOOR_PX x IMAGE_TEXT_FLOOR_SHORT_PX source pixels (either way
# round) an image cannot show a readable word (a bullet, a rule, an icon).
SMALL_IMAGE_OCR_PX = 120
SMALL_IMAGE_MAX_DPI = 1200
# Enlarging adds no detail: a small image whose lines of text are fewer than
# this many of its own pixels high (the rows that hold ink, capitals to
# descenders; the median line) cannot be read with certainty, and fails the
# document like characters read as no word.  Measured on a name and an e-mail
# address in 11 pt type, enlarged: the name read right from 6 pixels, garbled
# at 4 and 5; the address read wrong at 8, right at 12.  Fewer than
# SMALL_IMAGE_MARKS characters read as no word are no text (the "f" of an
# icon).
SMALL_TEXT_MIN_PX = 10.0
SMALL_IMAGE_MARKS = 3
IMAGE_TEXT_FLOOR_PT = 18.0
IMAGE_TEXT_FLOOR_SHORT_PT = 6.0
IMAGE_TEXT_FLOOR_PX = 24
IMAGE_TEXT_FLOOR_SHORT_PX = 8
# A region over which the PDF already carries invisible text (render mode 3,
# what scanners, Acrobat and OCRmyPDF/Tesseract put over a scan) is not OCRed
# again: it is read through that text layer, as scans with an OCR layer always
# were (OCRing a full page costs seconds, and Woo batches hold thousands of
# such pages).  It counts as covered when at least this many non-space
# characters of invisible text have the centre of their box inside it: a
# line of a few words, more than a stray invisible label could hold, and
# fewer than any scanned page of text gives.  Visible text (a caption drawn
# over a screenshot) does not count: the image under it is still OCRed.
IMAGE_OCR_COVERED_MIN_CHARS = 20
# A box over pixels (a scan, an image of text) covers the OCR word bounds
# (Tesseract's boxes of the ink, carried through MuPDF's OCR text page) padded
# by this many pixels of the OCR resolution plus this share of the line's
# height, so the whole ink of a word, blur and anti-aliasing included, goes;
# never into the box of a neighbouring line (see ink_layout).
INK_PAD_PX = 3
INK_PAD_LINE = 0.06

Box = tuple[float, float, float, float]


class GlyphBox(NamedTuple):
    """Where one character sits: its box, and a box shrunk to the glyph's own height.

    A named tuple: one is made for every character of every page."""

    line: int  # running line number on the page; boxes of one line merge
    bbox: Box  # box as extracted
    tight: Box  # box shrunk vertically to the glyph body (see _tight_box)


@dataclass(frozen=True)
class PageLayout:
    """A page's text and, per character, the glyph box it came from (or None)."""

    text: str
    boxes: tuple[GlyphBox | None, ...]
    # Characters without a readable meaning (U+FFFD, control or private-use
    # characters); they stand in the text as spaces, so they do not glue or
    # split the words around them for a detector.
    unmapped: int = 0
    # The text layer may hold text that no reader sees (see _may_hide_text);
    # True where that is not known (OCR layouts).
    hidden_text: bool = True

    def boxes_for(self, start: int, end: int, *, full: bool = False) -> list[Box]:
        """Boxes covering characters ``start:end``, merged per line.

        ``full``: the boxes a reader sees, at full line height (each glyph's
        extracted box, ascender to descender, or its ink box where OCR gave a
        larger one); otherwise the tight boxes that remove glyphs without
        touching the neighbouring lines.
        """
        glyphs = ((gb.line, gb.bbox, gb.tight) for gb in self.boxes[start:end] if gb is not None)
        return _line_boxes(glyphs, full)

    def bbox(self, i: int) -> Box | None:
        """The extracted box of character ``i`` (None for a character without one)."""
        gb = self.boxes[i] if 0 <= i < len(self.boxes) else None
        return None if gb is None else gb.bbox

    def tight(self, i: int) -> Box | None:
        """The tight box of character ``i``: what ``boxes_for(i, i + 1)`` holds, or None."""
        gb = self.boxes[i] if 0 <= i < len(self.boxes) else None
        return None if gb is None else gb.tight


def _line_boxes(glyphs: Iterable[tuple[int, Box, Box]], full: bool) -> list[Box]:
    """(line, bbox, tight) of glyphs merged into one box per line (see ``boxes_for``)."""
    merged: dict[int, list[float]] = {}
    order: list[int] = []
    for line, bbox, tight in glyphs:
        x0, y0, x1, y1 = tight
        if full:
            x0, y0 = min(x0, bbox[0]), min(y0, bbox[1])
            x1, y1 = max(x1, bbox[2]), max(y1, bbox[3])
        cur = merged.get(line)
        if cur is None:
            merged[line] = [x0, y0, x1, y1]
            order.append(line)
        else:
            cur[0] = min(cur[0], x0)
            cur[1] = min(cur[1], y0)
            cur[2] = max(cur[2], x1)
            cur[3] = max(cur[3], y1)
    return [(b[0], b[1], b[2], b[3]) for b in (merged[k] for k in order)]


# A glyph box packed as 9 numbers: line, bbox, tight; line -1 for a character without one.
_PACKED = 9
_NO_BOX = (-1.0,) + (0.0,) * (_PACKED - 1)


def pack_boxes(layout: PageLayout) -> bytes:
    """The glyph boxes of a layout, compact (compressed doubles, exact), so that
    redaction can use the boxes extraction found without reading the page again."""
    flat: list[float] = []
    for gb in layout.boxes:
        flat.extend(_NO_BOX if gb is None else (gb.line, *gb.bbox, *gb.tight))
    return zlib.compress(array("d", flat).tobytes(), 1)


class StoredLayout:
    """A page's text with the glyph boxes extraction found (:func:`pack_boxes`);
    :meth:`boxes_for` gives what :meth:`PageLayout.boxes_for` gives for that layout."""

    def __init__(self, text: str, packed: bytes) -> None:
        self.text = text
        self._values = array("d")
        self._values.frombytes(zlib.decompress(packed))
        if len(self._values) != _PACKED * len(text):
            raise ValueError("packed glyph boxes do not fit the page text")

    def boxes_for(self, start: int, end: int, *, full: bool = False) -> list[Box]:
        v = self._values
        glyphs = (
            (
                int(v[k]),
                (v[k + 1], v[k + 2], v[k + 3], v[k + 4]),
                (v[k + 5], v[k + 6], v[k + 7], v[k + 8]),
            )
            for k in range(_PACKED * max(0, start), _PACKED * min(end, len(self.text)), _PACKED)
            if v[k] >= 0
        )
        return _line_boxes(glyphs, full)

    def bbox(self, i: int) -> Box | None:
        """The extracted box of character ``i`` (see :meth:`PageLayout.bbox`)."""
        k = _PACKED * i
        v = self._values
        if not 0 <= i < len(self.text) or v[k] < 0:
            return None
        return (v[k + 1], v[k + 2], v[k + 3], v[k + 4])

    def tight(self, i: int) -> Box | None:
        """The tight box of character ``i`` (see :meth:`PageLayout.tight`)."""
        k = _PACKED * i
        v = self._values
        if not 0 <= i < len(self.text) or v[k] < 0:
            return None
        return (v[k + 5], v[k + 6], v[k + 7], v[k + 8])


@functools.lru_cache(maxsize=8)
def _stored_layout(text: str, packed: bytes) -> StoredLayout:
    """A page's stored layout, unpacked once for the stages that ask for it in turn
    (str and bytes keep their hash, so the key costs nothing after the first call)."""
    return StoredLayout(text, packed)


@dataclass(frozen=True)
class Page:
    number: int  # 0-based
    text: str
    width: float
    height: float
    rotation: int
    has_images: bool
    # For scanned pages: the layout read by OCR (kept, since OCR is slow and
    # redaction needs the same boxes the detectors saw).  For a page with a
    # text layer and images of text: the text layer's layout followed by the
    # words OCR read in those images (see image_regions).
    ocr_layout: PageLayout | None = None
    # Image regions (unrotated page coordinates) whose OCR added words to the
    # text, and where in ``text`` those words begin; verification OCRs the
    # same regions of the output.
    image_regions: tuple[Box, ...] = ()
    image_text_start: int = 0
    # How each of image_regions was read (turned, enlarged: ImageRead); empty
    # in a page extracted before reads were kept (each read as its own plan).
    image_reads: tuple[ImageRead, ...] = ()
    # For a page read from its text layer alone: the glyph boxes of its text
    # (pack_boxes), so redaction need not read the page again.
    packed_boxes: bytes = b""
    # Its text layer may hold text no reader sees (PageLayout.hidden_text).
    hidden_text: bool = True
    # Where the page shows images (``get_image_info``, unrotated page
    # coordinates), for verification; None when not read (a file with layers).
    image_boxes: tuple[Box, ...] | None = None

    def stored_layout(self) -> PageLayout | StoredLayout | None:
        """The layout the detectors saw without reading the page again: OCR's, or the
        glyph boxes kept from extraction; None for a page extracted without them."""
        if self.ocr_layout is not None:
            return self.ocr_layout
        if self.packed_boxes:
            return _stored_layout(self.text, self.packed_boxes)
        return None

    @property
    def ocr(self) -> bool:
        """A scan: the whole page was read by OCR (it has no text layer)."""
        return self.ocr_layout is not None and not self.image_regions

    @property
    def image_text(self) -> str:
        """The words OCR read in images on a page with a text layer ("" if none)."""
        return self.text[self.image_text_start :] if self.image_regions else ""


@dataclass(frozen=True)
class Document:
    """An input document as the detectors see it."""

    path: Path
    sha256: str
    pages: tuple[Page, ...]
    metadata_keys: tuple[str, ...] = field(default=())
    # Things the reader of the report should know that did not stop the
    # document (Dutch, without personal data), e.g. images not OCRed.
    warnings: tuple[str, ...] = field(default=())

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def page_count(self) -> int:
        return len(self.pages)


# A tight glyph box: from this share of the type size above the baseline to this
# share below it (redact.py reads the baseline and size back from it).
TIGHT_ABOVE = 0.62
TIGHT_BELOW = 0.05


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
    # Conditional expressions rather than min()/max(): called for every glyph.
    if wmode or size <= 0 or not (y0 <= origin[1] <= y1 + size):
        # vertical writing or odd metrics: fall back to the middle of the box
        h = y1 - y0
        ty0, ty1 = y0 + 0.2 * h, y1 - 0.2 * h
    else:
        base = origin[1]
        top, bottom = base - TIGHT_ABOVE * size, base + TIGHT_BELOW * size
        ty0 = y0 if y0 >= top else top
        ty1 = y1 if y1 <= bottom else bottom
        if ty1 <= ty0:
            h = y1 - y0
            ty0, ty1 = y0 + 0.2 * h, y1 - 0.2 * h
    w = (x1 - x0) * 0.1
    inset = 0.25 if w >= 0.25 else w
    return (x0 + inset, ty0, x1 - inset, ty1)


def _middle_box(bbox: Box) -> Box:
    """For rotated text: the glyph box (axis-aligned around the rotated glyph), shrunk a little."""
    x0, y0, x1, y1 = bbox
    dx, dy = (x1 - x0) * 0.15, (y1 - y0) * 0.15
    return (x0 + dx, y0 + dy, x1 - dx, y1 - dy)


@dataclass(slots=True)
class _Glyph:
    c: str
    bbox: Box
    origin: tuple[float, float]
    size: float


@dataclass(slots=True)
class _Line:
    block: int
    horizontal: bool
    wmode: int
    glyphs: list[_Glyph]

    @property
    def size(self) -> float:
        return max((g.size for g in self.glyphs), default=0.0)

    @property
    def baseline(self) -> float:
        return self.glyphs[0].origin[1]

    @property
    def x0(self) -> float:
        return min(g.bbox[0] for g in self.glyphs)

    @property
    def x1(self) -> float:
        return max(g.bbox[2] for g in self.glyphs)


def _raw_lines(raw: dict[str, Any]) -> list[_Line]:
    lines: list[_Line] = []
    for bno, block in enumerate(raw.get("blocks", [])):
        if block.get("type") != 0:
            continue
        for line in block.get("lines", []):
            dx, dy = line.get("dir", (1.0, 0.0))
            glyphs: list[_Glyph] = []
            for span in line.get("spans", []):
                size = float(span.get("size", 0.0))
                glyphs.extend(
                    _Glyph(c, tuple(ch["bbox"]), tuple(ch["origin"]), size)
                    for ch in span.get("chars", [])
                    if (c := ch.get("c", ""))
                )
            if glyphs:
                lines.append(
                    _Line(
                        block=bno,
                        horizontal=abs(dy) < 1e-3 and dx > 0,
                        wmode=int(line.get("wmode", 0)),
                        glyphs=glyphs,
                    )
                )
    return lines


# Two lines on one baseline drawn in reverse order (the one drawn later stands to
# the left) are one line when they are at most this many type sizes apart: the
# words of one line drawn back to front ("Verbeek", then "Jolanda" before it).
REVERSED_GAP = 1.0


def _mergeable(a: _Line, b: _Line, *, reversed_order: bool = False) -> bool:
    """Two horizontal lines on one baseline, (nearly) touching: fragments of one line.

    ``reversed_order``: of the two, the one drawn later stands to the left of the
    other; then a wide word space between them still joins them
    (:data:`REVERSED_GAP`)."""
    if not (a.horizontal and b.horizontal and a.wmode == 0 and b.wmode == 0):
        return False
    size = min(a.size, b.size)
    if size <= 0 or max(a.size, b.size) > 1.5 * size:
        return False
    if abs(a.baseline - b.baseline) > 0.2 * size:
        return False
    gap = max(b.x0 - a.x1, a.x0 - b.x1)
    # Touching lines are fragments; a lone glyph or two may also sit a word
    # space away (a reversed line without space glyphs).
    fragment = min(len(a.glyphs), len(b.glyphs)) <= 2
    if not fragment and gap < 0:
        # Two real lines drawn over each other (overprint, fake bold, a
        # duplicated stream): interleaving their glyphs would make both
        # unreadable; they stay separate lines.
        narrow = min(a.x1 - a.x0, b.x1 - b.x0)
        if -gap > 0.3 * narrow:
            return False
    if reversed_order and gap >= 0:
        return gap <= max(1.5 if fragment else 0.6, REVERSED_GAP) * size
    return gap <= (1.5 if fragment else 0.6) * size


def _merge_fragments(lines: list[_Line]) -> list[_Line]:
    """Rebuild lines that PyMuPDF split because glyphs were drawn out of order.

    A PDF may draw a line's characters one by one in reverse or random order;
    PyMuPDF then reports each run as its own line ("n", "e", "s", ...), and a
    detector would never see the name.  Lines on one baseline that touch are
    joined into one, with their glyphs sorted left to right (a glyph drawn
    twice on the same spot, as in fake bold, is kept once).  Lines that were
    not split are left exactly as PyMuPDF reports them.
    """
    n = len(lines)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    horizontal = sorted(
        (i for i in range(n) if lines[i].horizontal and lines[i].wmode == 0),
        key=lambda i: lines[i].baseline,
    )
    for pos, i in enumerate(horizontal):
        for j in horizontal[pos + 1 :]:
            if lines[j].baseline - lines[i].baseline > 0.2 * max(lines[i].size, 1.0):
                break
            early, late = (lines[i], lines[j]) if i < j else (lines[j], lines[i])
            if _mergeable(lines[i], lines[j], reversed_order=late.x1 <= early.x0):
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    if all(len(g) == 1 for g in groups.values()):
        return lines
    out: list[_Line] = []
    for i in range(n):
        members = groups.get(find(i))
        if members is None or members[0] != i:
            continue  # not the first member: emitted with its group
        if len(members) == 1:
            out.append(lines[i])
            continue
        glyphs = sorted(
            (g for m in members for g in lines[m].glyphs), key=lambda g: (g.bbox[0], g.bbox[2])
        )
        kept: list[_Glyph] = []
        for g in glyphs:
            prev = kept[-1] if kept else None
            if (
                prev is not None
                and prev.c == g.c
                and abs(prev.bbox[0] - g.bbox[0]) < 0.1 * max(g.size, 1.0)
                and abs(prev.bbox[2] - g.bbox[2]) < 0.1 * max(g.size, 1.0)
            ):
                continue  # the same glyph drawn twice on (nearly) the same spot
            if (
                prev is not None
                and not prev.c.isspace()
                and not g.c.isspace()
                and g.bbox[0] - prev.bbox[2] > 0.25 * max(g.size, prev.size, 1.0)
            ):
                # a word gap without a space glyph (PyMuPDF adds these itself
                # inside a line, but not between the fragments it split)
                y0, y1 = min(prev.bbox[1], g.bbox[1]), max(prev.bbox[3], g.bbox[3])
                gap = (prev.bbox[2], y0, g.bbox[0], y1)
                kept.append(_Glyph(" ", gap, (prev.bbox[2], g.origin[1]), g.size))
            kept.append(g)
        out.append(_Line(block=lines[i].block, horizontal=True, wmode=0, glyphs=kept))
    return out


def page_layout(
    page: pymupdf.Page,
    textpage: pymupdf.TextPage | None = None,
    *,
    own: pymupdf.TextPage | None = None,
) -> PageLayout:
    """Lay out a page's glyphs as text with one box per character.

    Boxes are in the page's unrotated coordinate space, the one
    ``add_redact_annot`` expects.  ``textpage``: an OCR text page to read
    instead of the page's own text.  ``own``: the page's own text page, made with
    :data:`EXTRACT_FLAGS` over :data:`EVERYWHERE`, when the caller reads it too.
    Glyphs outside the page box are included.
    """
    if textpage is None and own is not None:
        raw: dict[str, Any] = page.get_text("rawdict", textpage=own, clip=EVERYWHERE)
    elif textpage is None:
        raw = page.get_text("rawdict", flags=EXTRACT_FLAGS, clip=EVERYWHERE)
    else:
        raw = page.get_text("rawdict", textpage=textpage, clip=EVERYWHERE)
    lines = _merge_fragments(_raw_lines(raw))
    hidden = _may_hide_text(raw)
    # PyMuPDF extracts in unrotated page coordinates (it sets /Rotate to 0
    # while it reads, and OCR text pages are derotated), which are also the
    # coordinates add_redact_annot takes: no conversion for /Rotate.
    chars: list[str] = []
    boxes: list[GlyphBox | None] = []
    unmapped = 0
    soft_end = False  # the previous line ended in a soft hyphen
    for line_no, line in enumerate(lines, start=1):
        if line_no > 1:
            prev = lines[line_no - 2]
            if prev.block != line.block and not (textpage is not None and _next_line(prev, line)):
                chars.extend("\n\n")
                boxes.extend((None, None))
            elif not soft_end:  # a soft hyphen at the end joins the word over the break
                chars.append("\n")
                boxes.append(None)
        upright = line.horizontal and not line.wmode
        for g in line.glyphs:
            c = g.c
            if len(c) == 1:  # nearly every glyph: one character
                if c in INVISIBLE_CHARS:
                    continue
                visible: str | list[str] = c
            else:
                visible = [sub for sub in c if sub not in INVISIBLE_CHARS]
                if not visible:
                    continue
            tight = _tight_box(g.bbox, g.origin, g.size, 0) if upright else _middle_box(g.bbox)
            gb = GlyphBox(line_no, g.bbox, tight)
            for sub in visible:  # a ligature glyph may carry several characters
                # Printable characters other than U+FFFD are never unmapped.
                if not (sub.isprintable() and sub != "\ufffd") and (
                    _unmapped(sub) and not sub.isspace()
                ):
                    unmapped += 1
                    sub = " "
                chars.append(sub)
                boxes.append(gb)
        tail = "".join(g.c for g in line.glyphs).rstrip()
        soft_end = tail.endswith("\u00ad")
    if lines:
        chars.append("\n")
        boxes.append(None)
    return PageLayout(
        text="".join(chars), boxes=tuple(boxes), unmapped=unmapped, hidden_text=hidden
    )


def _next_line(prev: _Line, line: _Line) -> bool:
    """OCR puts each line of a scan in a block of its own; a line right below the
    previous one (at most 1.6 type sizes lower, overlapping it sideways) is the next
    line of the same paragraph, not a new one ("... beleidsmedewerker Bart van" /
    "Rijsewijk een eerste overleg")."""
    if not (prev.glyphs and line.glyphs and prev.horizontal and line.horizontal):
        return False
    size = max(prev.size, line.size)
    step = line.baseline - prev.baseline
    return 0 < step <= 1.6 * size and line.x0 < prev.x1 and prev.x0 < line.x1


# Character flags of text that is painted (MuPDF's FZ_STEXT_FILLED/STROKED).
_PAINTED: int | None = (
    pymupdf.mupdf.FZ_STEXT_FILLED | pymupdf.mupdf.FZ_STEXT_STROKED
    if hasattr(pymupdf.mupdf, "FZ_STEXT_FILLED") and hasattr(pymupdf.mupdf, "FZ_STEXT_STROKED")
    else None
)


def _may_hide_text(raw: dict[str, Any]) -> bool:
    """Whether a page's ``rawdict`` holds a span no reader sees: transparent
    (alpha 0), neither filled nor stroked (invisible, or clipping only), or set
    in ``GlyphLessFont`` (an OCR layer).  It includes every span that PyMuPDF's
    ``scrub(hidden_text=True)`` removes; a page without any needs no such search
    after redaction, which only takes glyphs away (see redact.scrub)."""
    for block in raw.get("blocks", []):
        for line in block.get("lines", []):
            for span in line.get("spans", []):
                if span.get("alpha", 0) == 0 or str(span.get("font", "")).endswith("GlyphLessFont"):
                    return True
                if _PAINTED is not None and not int(span.get("char_flags", 0)) & _PAINTED:
                    return True
    return False


def unreliable_text(page: pymupdf.Page, text: str, unmapped: int = 0) -> str | None:
    """Why a page's text cannot be trusted to be what the page shows, or None.

    A font without a usable map from glyphs to characters (a ``Type0`` font
    with ``Identity`` encoding and no ``ToUnicode``) reads as garbage: glyph
    numbers instead of letters.  Detection on garbage finds nothing, so such
    a page would be published unchecked: it fails instead.  The same for a
    page whose text is mostly replacement or control characters, or whose
    characters stand each on their own line.
    """
    for xref, _ext, ftype, _base, _name, enc, *_ in page.get_fonts(full=True):
        if ftype == "Type0" and str(enc).startswith("Identity") and xref > 0:
            kind, _val = page.parent.xref_get_key(xref, "ToUnicode")
            if kind == "null" and (unmapped > 0 or _font_is_used(page, text)):
                return "gebruikt een lettertype zonder tekentabel (ToUnicode)"
    visible = [c for c in text if not c.isspace()]
    bad = unmapped + sum(1 for c in visible if _unmapped(c))
    if not visible and not bad:
        return None
    if bad >= UNMAPPED_MIN and bad >= UNMAPPED_RATIO * (len(visible) + unmapped):
        return "bevat tekst die niet naar leesbare tekens kan worden omgezet"
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    singles = sum(1 for ln in lines if len(ln) == 1)
    if (singles >= 20 and singles >= 0.5 * len(visible)) or _scattered_word(lines):
        return "heeft tekst die uit losse tekens zonder samenhang bestaat"
    return None


def _scattered_word(lines: list[str]) -> bool:
    """A run of one-character lines that looks like a word taken apart.

    At least :data:`SINGLE_CHAR_RUN` such lines in a row, mostly letters and
    at least four different ones, so that a table column of numbers, or of
    check marks, is not taken for one.
    """
    run: list[str] = []
    for ln in [*lines, ""]:
        if len(ln) == 1:
            run.append(ln)
            continue
        letters = [c for c in run if c.isalpha()]
        if len(run) >= SINGLE_CHAR_RUN and len(letters) >= 5 and len(set(letters)) >= 4:
            return True
        run = []
    return False


def unreadable_ocr(text: str) -> bool:
    """OCR output that is noise rather than words (a sideways or blurred scan).

    Real text, numbers included, is mostly tokens of three or more letters or
    digits; noise is mostly one- and two-character fragments.  Noise cannot
    be checked for personal data, so such a page is not published.
    """
    tokens = text.split()
    if len(tokens) < OCR_MIN_TOKENS:
        return False
    wordlike = sum(1 for t in tokens if sum(c.isalnum() for c in t) >= 3)
    return wordlike < OCR_MIN_WORDLIKE * len(tokens)


def _font_is_used(page: pymupdf.Page, text: str) -> bool:
    # Cheap approximation: any text on the page at all.  A font listed in the
    # resources but never used is rare; failing on it is the safe side.
    return bool(text.strip())


def _unmapped(c: str) -> bool:
    if c == "\ufffd":
        return True
    cat = unicodedata.category(c)
    return cat in ("Cc", "Co", "Cs", "Cn")


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def open_pdf(path: Path) -> pymupdf.Document:
    """Open a PDF for reading, with errors a Woo officer understands (see :func:`_open_pdf`)."""
    return _open_pdf(path)[0]


def _open_pdf(path: Path) -> tuple[pymupdf.Document, bool]:
    """Open a PDF for reading, with errors a Woo officer understands; also
    whether it had layers (then what it shows differs from the file as it is).

    Optional content (layers) is switched off in memory: without
    ``/OCProperties`` every layer is visible, so text on a hidden layer is
    extracted, detected and redacted like the rest (and the output has no
    layers a reader could switch on).  Extraction and redaction both open the
    file through here, so they see the same text.
    """
    if not path.exists():
        raise InputFileError("het bestand bestaat niet", path=str(path))
    if not path.is_file():
        raise InputFileError("dit is geen bestand", path=str(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise InputFileError(
            f"het bestand kan niet worden gelezen ({exc.strerror})", path=str(path)
        ) from exc
    if b"%PDF-" not in head:
        raise InputFileError("dit is geen PDF-bestand", path=str(path))
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises several types for damaged files
        raise InputFileError(
            "de PDF is beschadigd en kan niet worden geopend", path=str(path)
        ) from exc
    try:
        if doc.needs_pass:
            raise EncryptedPdfError(
                "de PDF is beveiligd met een wachtwoord; lever een onbeveiligde versie aan",
                path=str(path),
            )
        if doc.is_encrypted:
            raise EncryptedPdfError(
                "de PDF is versleuteld; lever een onversleutelde versie aan", path=str(path)
            )
        if doc.page_count == 0:
            raise InputFileError("de PDF heeft geen pagina's", path=str(path))
        layers = _show_all_layers(doc)
    except InputFileError:
        doc.close()
        raise
    except Exception as exc:
        doc.close()
        raise InputFileError(
            "de PDF is beschadigd en kan niet worden gelezen", path=str(path)
        ) from exc
    return doc, layers


def _show_all_layers(doc: pymupdf.Document) -> bool:
    """Make every layer visible, in memory, three ways over.

    Every layer of the viewer configuration is switched on; every optional
    content group and membership dictionary loses its /Type (MuPDF treats
    content marked with anything else as visible, so no "show when all
    are off" expression can hide it either); and the configuration itself is
    removed.  Removing it alone is not enough: MuPDF may already have read it.
    """
    cat = doc.pdf_catalog()
    if cat <= 0 or doc.xref_get_key(cat, "OCProperties")[0] == "null":
        return False
    try:
        for ui in doc.layer_ui_configs():
            doc.set_layer_ui_config(ui["number"], 0)  # 0: on
    except Exception:
        pass  # the other two measures still apply
    for xref in range(1, doc.xref_length()):
        try:
            if doc.xref_get_key(xref, "Type")[1] in ("/OCG", "/OCMD"):
                doc.xref_set_key(xref, "Type", "/VisibleContent")
        except Exception:
            continue  # a free or broken object
    doc.xref_set_key(cat, "OCProperties", "null")
    return True


def extract(path: Path, *, ocr: bool | None = None, allow_unread_images: bool = False) -> Document:
    """Read a PDF into a :class:`Document` (text per page).

    ``ocr``: OCR pages that carry images but no text, and images of text on
    pages with a text layer (None: when Tesseract is installed).
    ``allow_unread_images``: an image of text on a page with a text layer that
    cannot be OCRed (no Tesseract, OCR off, too large) is published unread
    with a warning; without it, such a page fails like a scan.  A page that
    needs OCR but cannot get it raises :class:`InputFileError`: its content
    could not be checked, so it cannot be published.  So does a page whose
    text cannot be read reliably (:func:`unreliable_text`), and any other
    failure to read the file: this function raises nothing but
    :class:`~redactie.errors.RedactieError`.
    """
    doc, layers = _open_pdf(path)
    try:
        if doc.is_repaired:
            log.warning("%s: de PDF was beschadigd en is bij het openen hersteld", path.name)
        try:
            sha = file_sha256(path)
        except OSError as exc:
            raise InputFileError(
                f"het bestand kan niet worden gelezen ({exc.strerror})", path=str(path)
            ) from exc
        total = doc.page_count
        pages: list[Page] = []
        warnings: list[str] = []
        plains: dict[int, str] = {}  # MuPDF's plain reading, from the layout's text page
        for number in range(total):
            pages.append(
                _read_page(doc, number, path, ocr, warnings, allow_unread_images, plains)
            )
            if total > PROGRESS_EVERY and (number + 1) % PROGRESS_EVERY == 0:
                log.info("%s: %d van %d pagina's gelezen", path.name, number + 1, total)
        _cross_check(doc, path, pages, keep_reading=not layers, plains=plains)
        if layers:  # images were read with every layer shown, not as the file shows them
            pages = [replace(p, image_boxes=None) for p in pages]
        try:
            meta_keys = tuple(k for k, v in (doc.metadata or {}).items() if v)
        except Exception:
            meta_keys = ()
        for warning in warnings:
            log.warning("%s: %s", path.name, warning)
        return Document(
            path=path,
            sha256=sha,
            pages=tuple(pages),
            metadata_keys=meta_keys,
            warnings=tuple(warnings),
        )
    finally:
        doc.close()


def _fold_alnum(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(filter(str.isalnum, folded))


def run_pdftotext(exe: str, path: Path, timeout: float) -> tuple[int, list[str]]:
    """Run poppler's ``pdftotext`` on ``path``: its exit code and the text of each page.

    Raises :class:`subprocess.TimeoutExpired`; callers turn that (and a
    non-zero exit code) into their own error.
    """
    proc = subprocess.run(
        [exe, "-q", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=False,
        timeout=timeout,
    )
    pages = proc.stdout.decode("utf-8", errors="replace").split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return proc.returncode, pages


def _poppler_pages(path: Path) -> list[str] | None:
    """Page texts as poppler's pdftotext reads them, or None when it cannot run."""
    exe = shutil.which("pdftotext")
    if exe is None:
        return None  # verification needs it and will say so
    stamp = _file_stamp(path)
    try:
        code, pages = run_pdftotext(exe, path, CROSS_CHECK_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise InputFileError(
            "de controlelezer pdftotext kon het bestand niet binnen de tijd lezen", path=str(path)
        ) from exc
    if code != 0:
        return None  # verification fails on this file with its own message
    if stamp is not None:
        _remember_poppler(path, stamp, pages)
    return pages


# The readings of an input by pdftotext and by PyMuPDF's plain text, from the
# cross-check above, kept for the verification, which compares the redacted
# output with the same readings of the input: each reader reads an input once
# instead of twice.  Only inputs (never an output), only while the file is
# unchanged, taken out when used, and at most this many pages in all.
POPPLER_READINGS_MAX_PAGES = 20_000
_READINGS: OrderedDict[tuple[str, str], tuple[tuple[int, int, int], list[str]]] = OrderedDict()
_READING_PAGES = [0]  # pages held
_READINGS_LOCK = threading.Lock()
POPPLER = "pdftotext"
MUPDF_TEXT = "pymupdf"


def _file_stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def _remember_poppler(path: Path, stamp: tuple[int, int, int], pages: list[str]) -> None:
    _remember_reading(POPPLER, path, stamp, pages)


def _remember_reading(
    reader: str, path: Path, stamp: tuple[int, int, int], pages: list[str]
) -> None:
    if len(pages) > POPPLER_READINGS_MAX_PAGES:
        return
    with _READINGS_LOCK:
        key = (reader, str(path.resolve()))
        old = _READINGS.pop(key, None)
        if old is not None:
            _READING_PAGES[0] -= len(old[1])
        _READINGS[key] = (stamp, pages)
        _READING_PAGES[0] += len(pages)
        while _READING_PAGES[0] > POPPLER_READINGS_MAX_PAGES:
            _, (_, dropped) = _READINGS.popitem(last=False)
            _READING_PAGES[0] -= len(dropped)


def _take_reading(reader: str, path: Path) -> list[str] | None:
    with _READINGS_LOCK:
        entry = _READINGS.pop((reader, str(path.resolve())), None)
        if entry is not None:
            _READING_PAGES[0] -= len(entry[1])
    if entry is None or _file_stamp(path) != entry[0]:
        return None
    return entry[1]


def input_pdftotext_pages(path: Path) -> list[str] | None:
    """The pages pdftotext read from input ``path`` during extraction (taken out), or None.

    None when there is no such reading or the file changed since: the caller
    runs pdftotext itself.
    """
    return _take_reading(POPPLER, path)


def input_pymupdf_pages(path: Path) -> list[str] | None:
    """The pages as PyMuPDF's plain text read input ``path`` during extraction
    (``get_text("text")`` with :data:`EXTRACT_FLAGS` over :data:`EVERYWHERE`, the
    file opened as it is), taken out, or None (read it again): kept only for a
    file without layers and without scanned pages, while it is unchanged."""
    return _take_reading(MUPDF_TEXT, path)


# Simple fonts whose codes are the letters themselves (read as Latin-1).
_STANDARD_ENCODINGS = frozenset({"/WinAnsiEncoding", "/MacRomanEncoding", "/StandardEncoding"})
_SHOW_OPERATORS = frozenset({"Tj", "'", '"', "TJ"})


def _plain_font(font: object) -> bool:
    """A Type1/TrueType font with a standard encoding and no /Differences."""
    if not isinstance(font, pikepdf.Dictionary):
        return False
    if font.get("/Subtype") not in ("/Type1", "/TrueType", "/MMType1"):
        return False
    enc = font.get("/Encoding")
    if isinstance(enc, pikepdf.Name):
        return str(enc) in _STANDARD_ENCODINGS
    if isinstance(enc, pikepdf.Dictionary):
        return "/Differences" not in enc and str(enc.get("/BaseEncoding")) in _STANDARD_ENCODINGS
    return False


def _shown_text(owner: pikepdf.Object, seen: set[tuple[int, int]], depth: int = 0) -> list[str]:
    """Strings shown by the text operators of a page or form, in plain fonts only."""
    parts: list[str] = []
    resources = owner.get("/Resources")
    fonts = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
    plain = False
    for ins in pikepdf.parse_content_stream(owner):
        if not isinstance(ins, pikepdf.ContentStreamInstruction):
            continue
        op = str(ins.operator)
        if op == "Tf" and ins.operands:
            name = ins.operands[0]
            font = (
                fonts.get(str(name))
                if isinstance(fonts, pikepdf.Dictionary) and isinstance(name, pikepdf.Name)
                else None
            )
            plain = _plain_font(font)
        elif op in _SHOW_OPERATORS and plain:
            for operand in ins.operands:
                items = operand if isinstance(operand, pikepdf.Array) else [operand]
                for item in items:
                    if isinstance(item, pikepdf.String):
                        # each string on its own: strings drawn out of order
                        # must not glue into words nobody sees
                        parts.append(bytes(item).decode("latin-1") + " ")
        elif op == "ET":
            parts.append("\n")
    xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
    if isinstance(xobjects, pikepdf.Dictionary) and depth < 8:
        for xobj in xobjects.values():
            if (
                isinstance(xobj, pikepdf.Stream)
                and xobj.get("/Subtype") == "/Form"
                and xobj.objgen not in seen
            ):
                seen.add(xobj.objgen)
                parts.append("\n")
                parts.extend(_shown_text(xobj, seen, depth + 1))
    return parts


def _content_pages(doc: pymupdf.Document, path: Path) -> list[str] | None:
    """Per page, the text that the content streams show in plain fonts (pikepdf).

    A damaged file is read as MuPDF repaired it (the objects our extraction
    used), since qpdf may repair it differently or not at all.
    """
    source: Path | io.BytesIO = path
    if doc.is_repaired:
        try:
            source = io.BytesIO(doc.tobytes(garbage=0))
        except Exception:
            return None
    try:
        with pikepdf.open(source) as pdf:
            out: list[str] = []
            for page in pdf.pages:
                try:
                    out.append("".join(_shown_text(page.obj, set())))
                except Exception:
                    out.append("")  # unparsable content: the other checks decide
            return out
    except Exception:
        return None  # pikepdf cannot open it; MuPDF repaired it, poppler still checks


def _cross_check(
    doc: pymupdf.Document,
    path: Path,
    pages: list[Page],
    keep_reading: bool = False,
    plains: dict[int, str] | None = None,
) -> None:
    """Fail when another reader finds words on a page that our extraction does not see.

    The detectors only see what PyMuPDF extracts.  Text that MuPDF skips but
    another reader shows would be published unchecked: glyphs at font size 0
    (MuPDF drops them, poppler reads them), or text drawn with a degenerate
    matrix (no reader lays it out, but the string is in the file).  Two other
    readers are asked: poppler's ``pdftotext``, and the strings that the page
    content shows in plain (standard-encoded) fonts, read with pikepdf.
    Every word of four or more letters or digits they find must occur in our
    text of the same page (compared without spaces or punctuation, so line
    breaks and hyphenation do not matter).  A word taken from an
    ``/ActualText`` (which our extraction ignores on purpose) is matched
    against MuPDF's reading with ActualText.  ``keep_reading``: the file shows
    what it holds (no layers switched on), so MuPDF's plain reading is kept for
    the verification (:func:`input_pymupdf_pages`).
    """
    stamp = _file_stamp(path)
    # poppler lays out words with their spaces; the content's strings may hold one glyph
    # each, so only its text without spaces shows what they spell
    for theirs, by_word in ((_poppler_pages(path), True), (_content_pages(doc, path), False)):
        if theirs is None or len(theirs) != len(pages):
            continue  # the page count is checked again after redaction
        for page, their_text in zip(pages, theirs, strict=True):
            if not page.ocr:
                _check_words(doc, path, page, their_text, by_word=by_word)
    # MuPDF's own plain-text reading keeps glyphs without area, which the
    # per-character reading we lay out silently drops: it must not hold more
    # letters and digits than our text (the order may differ, the count not).
    readings: list[str] = []
    for page in pages:
        if page.ocr:
            continue
        plain = (plains or {}).get(page.number)
        if plain is None:
            plain = doc[page.number].get_text("text", flags=EXTRACT_FLAGS, clip=EVERYWHERE)
        readings.append(plain)
        if len(_fold_alnum(plain)) - len(_fold_alnum(page.text)) >= 4:
            raise InputFileError(_unseen_text_message(page), path=str(path))
    if keep_reading and stamp is not None and len(readings) == len(pages):
        _remember_reading(MUPDF_TEXT, path, stamp, readings)


def _unseen_text_message(page: Page) -> str:
    return (
        f"pagina {page.number + 1} bevat tekst die een andere PDF-lezer wel leest "
        "maar de detectie niet (bijvoorbeeld tekst met lettergrootte 0); de inhoud "
        "kan niet worden gecontroleerd"
    )


_NON_WORD = re.compile(r"[\W_]+")


def _glued(word: str, ours: frozenset[str], pieces: int = 4) -> bool:
    """``word`` is two to ``pieces`` of our own words written together (each of at
    least two letters): another reader joined the text of neighbouring cells or
    lines, it saw nothing that we did not."""

    @functools.cache
    def split(start: int, left: int) -> bool:
        if start == len(word):
            return True
        if left == 0:
            return False
        return any(
            word[start:end] in ours and split(end, left - 1)
            for end in range(start + 2, len(word) + 1)
        )

    return any(word[:end] in ours and split(end, pieces - 1) for end in range(2, len(word) - 1))


def _word_borders(text: str) -> list[int]:
    """Where, in ``text`` without spaces or punctuation, one word meets the next, one of
    them of two letters or more (sorted): letters set apart one by one have no border
    between them, a date and a table's row number after it ("2017" / "2") have one."""
    borders: list[int] = []
    pos = prev = 0
    for token in text.split():
        n = len(_fold_alnum(token))
        if n == 0:
            continue
        if pos and (prev >= 2 or n >= 2):
            borders.append(pos)
        pos += n
        prev = n
    return borders


def _count_within_words(joined: str, word: str, borders: list[int]) -> int:
    """How often ``word`` occurs in ``joined`` other than across a border of two words
    (:func:`_word_borders`): letters set apart one by one still spell a word, two
    neighbouring words ("Venlo verwijzers" holds "over") do not."""
    count = 0
    at = joined.find(word)
    while at >= 0:
        k = bisect.bisect_right(borders, at)
        if k == len(borders) or borders[k] >= at + len(word):
            count += 1
        at = joined.find(word, at + 1)
    return count


def _check_words(
    doc: pymupdf.Document, path: Path, page: Page, their_text: str, *, by_word: bool = False
) -> None:
    """Each word of theirs occurs in our text at least as often as in theirs
    (counted in the text without spaces or punctuation, so a word inside a
    longer one, such as a surname inside an e-mail address, cannot stand in
    for a second occurrence that we did not see)."""
    ours = _fold_alnum(page.text)
    # A ground code printed in a box (this tool's output) is no text to check; a
    # reader that glues it to the digits beside it would count words it made up.
    their_text = " ".join(t for t in their_text.split() if t not in GROUNDS)
    # ``by_word``: their words counted as words; counted inside their text without
    # spaces, a word is also found across the border of two neighbouring words ("Venlo
    # verwijzers" holds "over"), which another reading order does not repeat
    joined = _fold_alnum(their_text)
    with_actual: str | None = None
    our_words: frozenset[str] | None = None
    borders: list[int] | None = None
    for word in {_fold_alnum(token) for token in their_text.split()}:
        if len(word) < 4:
            continue
        count, mine = joined.count(word), ours.count(word)
        if count <= mine:
            continue
        if by_word:
            if borders is None:
                borders = _word_borders(their_text)
            count = _count_within_words(joined, word, borders)
            if count <= mine:
                continue
        if our_words is None:
            # our words split at punctuation, and whole between spaces too: poppler may
            # glue a hyphenated name's cell to the next cell's ("Tjin-A-" + "116")
            our_words = frozenset(
                w
                for t in (*_NON_WORD.split(page.text), *page.text.split())
                for w in [_fold_alnum(t)]
                if len(w) >= 2
            )
        if _glued(word, our_words):
            continue  # poppler glued words of neighbouring table cells ("HanssenGouvernement")
        if with_actual is None:
            flags = EXTRACT_FLAGS & ~pymupdf.TEXT_IGNORE_ACTUALTEXT
            raw = doc[page.number].get_text("rawdict", flags=flags, clip=EVERYWHERE)
            lines = _merge_fragments(_raw_lines(raw))
            with_actual = _fold_alnum("\n".join("".join(g.c for g in ln.glyphs) for ln in lines))
        if count > with_actual.count(word):
            raise InputFileError(_unseen_text_message(page), path=str(path))


def _read_page(
    doc: pymupdf.Document,
    number: int,
    path: Path,
    ocr: bool | None,
    warnings: list[str] | None = None,
    allow_unread_images: bool = False,
    plains: dict[int, str] | None = None,
) -> Page:
    where = f"pagina {number + 1}"
    try:
        page = doc[number]
        # one text page for the layout and for MuPDF's plain reading (the cross-check)
        textpage = page.get_textpage(flags=EXTRACT_FLAGS, clip=EVERYWHERE)
        layout = page_layout(page, own=textpage)
        if plains is not None:
            plains[number] = page.get_text("text", textpage=textpage)
        hidden_text = layout.hidden_text
        has_images = bool(page.get_images(full=False))
        # every placement, inline images too (the fonts are loaded: cheap now)
        placed = [pymupdf.Rect(i["bbox"]) for i in page.get_image_info()]
        image_boxes = tuple((r.x0, r.y0, r.x1, r.y1) for r in placed)
        width, height, rotation = page.rect.width, page.rect.height, page.rotation
    except Exception as exc:
        raise InputFileError(f"{where} kan niet worden gelezen", path=str(path)) from exc
    ocr_layout = None
    image_regions: tuple[Box, ...] = ()
    image_reads: tuple[ImageRead, ...] = ()
    image_text_start = 0
    if not layout.text.strip() and has_images:
        ocr_layout = _ocr_layout(page, path, ocr)
        layout = ocr_layout
        if unreadable_ocr(layout.text):
            raise InputFileError(
                f"{where} is een scan waarvan de OCR-tekst onleesbaar is (ligt de scan op zijn "
                "kant, of is hij te onscherp?); de inhoud kan niet worden gecontroleerd",
                path=str(path),
            )
    else:
        try:
            reason = unreliable_text(page, layout.text, layout.unmapped)
        except Exception as exc:
            raise InputFileError(f"{where} kan niet worden gelezen", path=str(path)) from exc
        if reason:
            raise InputFileError(
                f"{where} {reason}; de tekst kan niet worden gecontroleerd "
                "(lever een PDF met leesbare tekst aan, of een scan zonder tekstlaag)",
                path=str(path),
            )
        if has_images and layout.text.strip():
            found = _image_ocr(
                page,
                path,
                ocr,
                warnings if warnings is not None else [],
                allow_unread_images,
            )
            if found:
                image_text_start = len(layout.text)
                image_regions = tuple(box for box, _lay, _read in found)
                image_reads = tuple(read for _box, _lay, read in found)
                ocr_layout = _append_layouts(layout, [lay for _box, lay, _read in found])
                layout = ocr_layout
    return Page(
        number=number,
        text=layout.text,
        width=width,
        height=height,
        rotation=rotation,
        has_images=has_images,
        ocr_layout=ocr_layout,
        image_regions=image_regions,
        image_reads=image_reads,
        image_text_start=image_text_start,
        packed_boxes=pack_boxes(layout) if ocr_layout is None else b"",
        hidden_text=hidden_text,
        image_boxes=image_boxes,
    )


def image_text_regions(page: pymupdf.Page) -> list[Box]:
    """Where a page shows images large enough to hold readable text.

    Every placement of an image (inline images included) with enough source
    pixels, clipped to the visible page; placements that overlap or touch are
    joined; what remains must measure at least :data:`IMAGE_OCR_MIN_LONG` x
    :data:`IMAGE_OCR_MIN_SHORT` points.  Boxes in unrotated page coordinates
    (those of extraction and redaction), in reading order.
    """
    return _image_regions(page)[0]


def small_image_regions(page: pymupdf.Page) -> list[Box]:
    """Where a page shows images smaller than :func:`image_text_regions` takes
    that may still show a word: above the floor of :data:`IMAGE_TEXT_FLOOR_PT`
    and :data:`IMAGE_TEXT_FLOOR_PX`, joined where they touch, apart from the
    large regions.  Unrotated page coordinates, in reading order."""
    return [box for box, _images in _image_regions(page)[1]]


# An image placed on a page: its xref (0: inline), how it is placed (the
# transform of get_image_info), where it shows, and its size in pixels.
_Placed = tuple[int, tuple[float, ...], pymupdf.Rect, int, int]


def _image_regions(page: pymupdf.Page) -> tuple[list[Box], list[tuple[Box, list[_Placed]]]]:
    """(large regions, small regions with the images in them): see
    :func:`image_text_regions` and :func:`small_image_regions`."""
    visible = (page.rect * page.derotation_matrix).normalize()
    large: list[pymupdf.Rect] = []
    small: list[pymupdf.Rect] = []
    placed: list[_Placed] = []
    for info in page.get_image_info(xrefs=True):
        w, h = int(info.get("width", 0)), int(info.get("height", 0))
        if max(w, h) < IMAGE_TEXT_FLOOR_PX or min(w, h) < IMAGE_TEXT_FLOOR_SHORT_PX:
            continue
        r = pymupdf.Rect(info["bbox"]).normalize() & visible
        if r.is_empty or r.is_infinite:
            continue
        placed.append((int(info.get("xref", 0)), tuple(info.get("transform", ())), r, w, h))
        if max(w, h) < IMAGE_OCR_MIN_LONG_PX or min(w, h) < IMAGE_OCR_MIN_SHORT_PX:
            small.append(r)
        else:
            large.append(r)
    large = _join_touching(large)
    regions = [
        r
        for r in large
        if max(r.width, r.height) >= IMAGE_OCR_MIN_LONG
        and min(r.width, r.height) >= IMAGE_OCR_MIN_SHORT
    ]
    small = [
        r
        for r in _join_touching(small + [r for r in large if r not in regions])
        if max(r.width, r.height) >= IMAGE_TEXT_FLOOR_PT
        and min(r.width, r.height) >= IMAGE_TEXT_FLOOR_SHORT_PT
        and not any(r.intersects(o) for o in regions)
    ]
    regions.sort(key=lambda r: (r.y0, r.x0))
    small.sort(key=lambda r: (r.y0, r.x0))
    return [(r.x0, r.y0, r.x1, r.y1) for r in regions], [
        ((r.x0, r.y0, r.x1, r.y1), [p for p in placed if p[2].intersects(r)]) for r in small
    ]


def _join_touching(rects: list[pymupdf.Rect]) -> list[pymupdf.Rect]:
    """Rectangles that overlap or touch joined, until none are left."""
    merged = True
    while merged:
        merged = False
        out: list[pymupdf.Rect] = []
        for r in rects:
            for i, o in enumerate(out):
                grown = pymupdf.Rect(r.x0 - 1, r.y0 - 1, r.x1 + 1, r.y1 + 1)
                if grown.intersects(o):
                    out[i] = o | r
                    merged = True
                    break
            else:
                out.append(r)
        rects = out
    return rects


def _image_ocr(
    page: pymupdf.Page,
    path: Path,
    ocr: bool | None,
    warnings: list[str],
    allow_unread: bool = False,
) -> list[tuple[Box, PageLayout, ImageRead]]:
    """OCR the images of text on a page with a text layer: each region with its
    words and how they were read.

    Regions already covered by invisible text (the OCR layer of a scan, see
    :data:`IMAGE_OCR_COVERED_MIN_CHARS`) are not OCRed: their words are in the
    text layer.  Large regions are read in strips (see :func:`ocr_plan`), small
    ones enlarged (:func:`small_image_regions`); a region that reads no words
    upright is read in the other turns (:data:`IMAGE_TURNS`).  Regions whose
    OCR reads nothing, or only noise (:func:`noisy_image_text`), are left out.
    A region downsampled below :data:`OCR_MIN_DPI` whose words leave ink
    unread (:func:`unread_ink`), a small image with characters that no turn
    reads as words, and every region without Tesseract (or with
    ``ocr=False``), cannot be read: that fails the document, as for scans,
    unless ``allow_unread`` (the user's explicit choice, named in the report),
    when a warning is added and the images are published unread.  A failed
    OCR always fails the document.
    """
    try:
        large, small = _image_regions(page)
    except Exception as exc:
        raise InputFileError(
            f"pagina {page.number + 1} kan niet worden gelezen", path=str(path)
        ) from exc
    regions: list[tuple[Box, list[_Placed] | None]] = [(box, None) for box in large]
    regions += small
    if not regions:
        return []
    try:
        covered = invisible_text_chars(page, [box for box, _images in regions])
    except Exception:  # cannot tell: OCR the regions, as without a text layer
        covered = [0] * len(regions)
    regions = [
        region
        for region, n in zip(regions, covered, strict=True)
        if n < IMAGE_OCR_COVERED_MIN_CHARS
    ]
    if not regions:
        return []

    def unread(why: str) -> None:
        if not allow_unread:
            raise InputFileError(
                f"pagina {page.number + 1} bevat een afbeelding die tekst kan tonen; {why}, dus "
                "de afbeelding kan niet op persoonsgegevens worden gecontroleerd (sta ongelezen "
                "afbeeldingen uitdrukkelijk toe met --allow-unread-images)",
                path=str(path),
            )
        warnings.append(
            f"pagina {page.number + 1} bevat een afbeelding die tekst kan tonen; {why}, dus "
            "de afbeelding is niet gelezen en niet op persoonsgegevens gecontroleerd"
        )

    if ocr is False or (ocr is None and not tesseract_available()):
        unread("OCR staat uit" if ocr is False else "OCR is niet beschikbaar")
        return []
    found: list[tuple[Box, PageLayout, ImageRead]] = []
    for box, images in regions:
        is_small = images is not None
        clip = (pymupdf.Rect(box) * page.rotation_matrix).normalize()
        plan = small_image_plan(clip) if is_small else ocr_plan(clip)
        try:
            layout, read = _read_image(page, box, plan, is_small)
            lines_px = _source_line_px(page, images, read.turn) if images else math.inf
        except Exception as exc:
            raise InputFileError(
                f"OCR van een afbeelding op pagina {page.number + 1} is mislukt", path=str(path)
            ) from exc
        if plan.coarse and unread_ink(page, box, plan, layout) > OCR_COARSE_UNREAD:
            unread(f"de afbeelding is te groot voor OCR (verkleind tot {plan.dpi} dpi)")
            continue
        if noisy_image_text(layout.text):
            if is_small and len("".join(layout.text.split())) >= SMALL_IMAGE_MARKS:
                unread("de afbeelding is klein en OCR leest er tekens in maar geen woorden")
                continue
            log.info(
                "%s: pagina %d: OCR van een afbeelding leest geen woorden",
                path.name,
                page.number + 1,
            )
            continue
        if lines_px < SMALL_TEXT_MIN_PX:
            unread("de tekst in de afbeelding heeft te weinig beeldpunten om zeker te lezen")
            continue
        found.append((box, layout, read))
    return found


def _source_line_px(page: pymupdf.Page, images: list[_Placed], turn: int) -> float:
    """How many of their own pixels high the lines of text in ``images`` are
    (the median run of rows, or columns, that hold marks darker than
    :data:`OCR_MARK`, across the lines as OCR read them turned by ``turn``
    degrees); ``inf`` when no image shows a mark.  An inline image (no xref)
    counts by its pixels as placed: rendered at its own resolution."""
    runs: list[int] = []
    for xref, transform, shown, w, h in images:
        if len(transform) != 6:
            continue
        a, b = transform[0], transform[1]
        # Do the image's rows run along the displayed lines of text?
        along_x = (abs(a) >= abs(b)) == (turn % 180 == 0)
        if xref:
            pix = pymupdf.Pixmap(page.parent, xref)
            if pix.n - pix.alpha != 1:
                pix = pymupdf.Pixmap(pymupdf.csGRAY, pix)
            gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)
            gray = gray[:, : pix.width * pix.n : pix.n]
        else:
            zoom = max(w, h) / max(shown.width, shown.height, 1e-6)
            clip = (shown * page.rotation_matrix).normalize()
            pix = page.get_pixmap(
                matrix=pymupdf.Matrix(zoom, zoom), clip=clip, colorspace=pymupdf.csGRAY
            )
            gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)
            gray = gray[:, : pix.width]
            along_x = turn % 180 == 0
        marks = np.asarray(gray < OCR_MARK)
        runs.extend(_runs(np.asarray(marks.any(axis=1 if along_x else 0))))
    if not runs:
        return math.inf
    runs.sort()
    return float(runs[len(runs) // 2])


def _runs(flags: np.ndarray) -> list[int]:
    """Lengths of the runs of True in a row of flags."""
    padded = np.concatenate(([False], np.asarray(flags, dtype=bool), [False]))
    edges = np.nonzero(padded[1:] != padded[:-1])[0]
    return (edges[1::2] - edges[::2]).tolist()


@dataclass(frozen=True)
class ImageRead:
    """How OCR read an image region: turned by ``turn`` degrees, at ``dpi``
    (0: the region's own plan, :func:`ocr_plan`).  Verification reads the
    region of the output the same way."""

    turn: int = 0
    dpi: int = 0


def read_image_again(page: pymupdf.Page, box: Box, read: ImageRead | None = None) -> PageLayout:
    """OCR of an image region as extraction read it (``read``; by default upright
    at the region's own plan): verification reads the output so."""
    if read is None or not (read.turn or read.dpi):
        return ocr_region(page, box)
    clip = (pymupdf.Rect(box) * page.rotation_matrix).normalize()
    plan = ocr_plan(clip)
    if read.dpi:
        plan = OcrPlan(read.dpi, ((clip.y0, clip.y1, -math.inf, math.inf),))
    return ocr_region(page, box, plan, turn=read.turn)


def small_image_plan(clip: pymupdf.Rect) -> OcrPlan:
    """One pass over a small image (``clip``, displayed coordinates) at the
    resolution that renders its short side :data:`SMALL_IMAGE_OCR_PX` pixels
    tall, at least :data:`OCR_DPI` and at most :data:`SMALL_IMAGE_MAX_DPI`."""
    short = max(min(clip.width, clip.height), 1e-6)
    dpi = math.ceil(SMALL_IMAGE_OCR_PX * 72.0 / short)
    return OcrPlan(
        min(SMALL_IMAGE_MAX_DPI, max(OCR_DPI, dpi)), ((clip.y0, clip.y1, -math.inf, math.inf),)
    )


def _read_image(
    page: pymupdf.Page, box: Box, plan: OcrPlan, small: bool
) -> tuple[PageLayout, ImageRead]:
    """OCR of an image region upright, and when that reads no words
    (:func:`noisy_image_text`) in the turn of :data:`IMAGE_TURNS` where
    Tesseract reads the most words it is sure of (:func:`_sure_words`; a
    region read in one pass only): the read, and how it was read (a ``small``
    image at its plan's resolution)."""
    dpi = plan.dpi if small else 0
    upright = ocr_region(page, box, plan)
    if not noisy_image_text(upright.text) or len(plan.strips) != 1:
        return upright, ImageRead(0, dpi)
    clip = (pymupdf.Rect(box) * page.rotation_matrix).normalize()
    sure = {turn: _sure_words(page, clip, plan.dpi, turn) for turn in IMAGE_TURNS}
    turn = max(IMAGE_TURNS, key=lambda t: sure[t])
    if not sure[turn]:
        return upright, ImageRead(0, dpi)
    return ocr_region(page, box, plan, turn=turn), ImageRead(turn, dpi)


# A word Tesseract is sure of (its confidence, 0-100), to tell the turn in which
# an image reads upright: upside down or sideways it reads letters too, but
# below this (measured: 0-60 turned the wrong way, 73-97 the right way).
SURE_WORD_CONFIDENCE = 65.0
TESSERACT_TIMEOUT = 120  # seconds, for one region


def _sure_words(page: pymupdf.Page, clip: pymupdf.Rect, dpi: int, turn: int) -> int:
    """How many words of three or more letters or digits Tesseract reads with a
    confidence of at least :data:`SURE_WORD_CONFIDENCE` in ``clip`` (displayed
    coordinates) rendered at ``dpi`` and turned by ``turn`` degrees (Dutch,
    Tesseract's word boxes in TSV; the program itself, one thread)."""
    zoom = dpi / 72.0
    pix = page.get_pixmap(
        matrix=pymupdf.Matrix(zoom, zoom).prerotate(turn), clip=clip, annots=False
    )
    args = ["tesseract", "stdin", "stdout", "-l", "nld"]
    tessdata = _tessdata()
    if tessdata:
        args += ["--tessdata-dir", tessdata]
    done = subprocess.run(
        [*args, "tsv"],
        input=pix.tobytes("png"),
        capture_output=True,
        timeout=TESSERACT_TIMEOUT,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        check=True,
    )
    sure = 0
    for row in done.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) == 12 and cols[0] == "5" and sum(c.isalnum() for c in cols[11]) >= 3:
            try:
                if float(cols[10]) >= SURE_WORD_CONFIDENCE:
                    sure += 1
            except ValueError:
                continue
    return sure


def invisible_text_chars(page: pymupdf.Page, boxes: list[Box]) -> list[int]:
    """For each box (unrotated page coordinates): how many non-space characters
    of invisible text (render mode 3, e.g. the OCR layer of a scan) have the
    centre of their box inside it.  Visible text is not counted."""
    counts = [0] * len(boxes)
    rects = [pymupdf.Rect(b) for b in boxes]
    for span in page.get_texttrace():
        if span.get("type") != 3:  # 3: invisible (render mode 3)
            continue
        for char in span.get("chars", ()):
            if chr(char[0]).isspace():
                continue
            x0, y0, x1, y1 = char[3]
            centre = pymupdf.Point((x0 + x1) / 2, (y0 + y1) / 2)
            for i, r in enumerate(rects):
                if centre in r:
                    counts[i] += 1
    return counts


def noisy_image_text(text: str) -> bool:
    """OCR text of an image that holds no readable words (a photo, a chart, a
    sideways image): too few tokens of three or more letters or digits.  Unlike
    :func:`unreadable_ocr` this also judges short texts (a business card)."""
    tokens = text.split()
    wordlike = sum(1 for t in tokens if sum(c.isalnum() for c in t) >= 3)
    return wordlike == 0 or wordlike < IMAGE_OCR_MIN_WORDLIKE * len(tokens)


@dataclass(frozen=True)
class OcrPlan:
    """How OCR reads a region: at which resolution, in which strips.

    ``strips``: (top, bottom, core top, core bottom) in the page's displayed
    coordinates; one strip is one pass over the whole region.
    """

    dpi: int
    strips: tuple[tuple[float, float, float, float], ...]

    @property
    def coarse(self) -> bool:
        """Downsampled below :data:`OCR_MIN_DPI`: small type may not be read."""
        return self.dpi < OCR_MIN_DPI


def ocr_plan(clip: pymupdf.Rect) -> OcrPlan:
    """The plan for OCR of ``clip`` (displayed page coordinates, points): one
    pass at up to :data:`OCR_DPI` within :data:`OCR_MAX_PIXELS`; strips at
    :data:`OCR_TILE_DPI` when one pass would be coarser; one pass downsampled
    to the limit when more than :data:`OCR_MAX_TILES` strips would be needed."""
    width, height = clip.width, clip.height
    whole = ((clip.y0, clip.y1, -math.inf, math.inf),)
    inches2 = (width / 72.0) * (height / 72.0)
    if inches2 <= 0:
        return OcrPlan(OCR_DPI, whole)
    one = int(min(OCR_DPI, math.sqrt(OCR_MAX_PIXELS / inches2)))
    if one >= OCR_TILE_DPI:
        return OcrPlan(one, whole)
    zoom = OCR_TILE_DPI / 72.0
    strip = OCR_MAX_PIXELS / (width * zoom) / zoom  # points tall
    overlap = min(OCR_TILE_OVERLAP, strip / 4)
    step = strip - overlap
    count = max(1, math.ceil((height - overlap) / step))
    if count > OCR_MAX_TILES:
        return OcrPlan(max(1, one), whole)
    strips = []
    for i in range(count):
        top = clip.y0 + i * step
        strips.append(
            (
                top,
                min(clip.y1, top + strip),
                -math.inf if i == 0 else top + overlap / 2,
                math.inf if i == count - 1 else top + strip - overlap / 2,
            )
        )
    return OcrPlan(OCR_TILE_DPI, tuple(strips))


def unread_ink(page: pymupdf.Page, box: Box, plan: OcrPlan, layout: PageLayout) -> float:
    """The share of a region's marks (pixels darker than :data:`OCR_MARK`,
    rendered at the plan's resolution) that lie outside the boxes of the words
    OCR read there (0.0 without marks)."""
    clip = (pymupdf.Rect(box) * page.rotation_matrix).normalize()
    pix = page.get_pixmap(dpi=plan.dpi, clip=clip, colorspace=pymupdf.csGRAY, annots=False)
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)
    ink = gray[:, : pix.width] < OCR_MARK
    total = int(ink.sum())
    if not total:
        return 0.0
    to_pixels = (
        page.rotation_matrix
        * pymupdf.Matrix(1, 0, 0, 1, -clip.x0, -clip.y0)
        * pymupdf.Matrix(pix.width / clip.width, pix.height / clip.height)
    )
    for gb in layout.boxes:
        if gb is not None:
            r = (pymupdf.Rect(gb.tight) * to_pixels).normalize()
            ink[
                max(0, int(r.y0)) : max(0, math.ceil(r.y1)),
                max(0, int(r.x0)) : max(0, math.ceil(r.x1)),
            ] = False
    return int(ink.sum()) / total


def ocr_region(
    page: pymupdf.Page,
    box: Box,
    plan: OcrPlan | None = None,
    *,
    annots: bool = False,
    turn: int = 0,
) -> PageLayout:
    """OCR one region of a page (unrotated coordinates) as a layout in page coordinates.

    The region is rendered as displayed (so Tesseract sees it upright when the
    page's /Rotate makes it upright), without annotations unless ``annots``,
    and turned by ``turn`` degrees (see :func:`ocr_pass`); words come back in
    the page's unrotated coordinates, like the glyphs of the text layer, with
    boxes over their whole ink (:func:`ink_layout`).  ``plan``: see
    :func:`ocr_plan` (by default, the region's own).  A region read in strips
    keeps each line from the strip whose core holds it (only upright).
    Raises whatever PyMuPDF or Tesseract raise.
    """
    clip = (pymupdf.Rect(box) * page.rotation_matrix).normalize()
    if plan is None:
        plan = ocr_plan(clip)
    if len(plan.strips) == 1 or turn:
        return ink_layout(ocr_pass(page, plan.dpi, clip, annots=annots, turn=turn), plan.dpi)
    parts = []
    for top, bottom, core_top, core_bottom in plan.strips:
        strip = pymupdf.Rect(clip.x0, top, clip.x1, bottom)
        parts.append((ocr_pass(page, plan.dpi, strip, annots=annots), core_top, core_bottom))
    return ink_layout(_join_strips(page, parts), plan.dpi)


def ocr_pass(
    page: pymupdf.Page,
    dpi: int,
    clip: pymupdf.Rect | None = None,
    *,
    annots: bool = True,
    turn: int = 0,
) -> PageLayout:
    """One Tesseract pass over ``clip`` (displayed coordinates; the whole page
    if None) at ``dpi``: the words as a layout in unrotated page coordinates,
    each sized to Tesseract's box of its ink.  ``turn``: the pixels are turned
    by this many degrees (clockwise, a multiple of 90) before Tesseract reads
    them, for an image that lies on its side on the page.

    Like PyMuPDF's ``get_textpage_ocr(full=True)``, but the text page is not
    clipped to the OCR page's own box: for a page with /Rotate 90 or 270 that
    box is the wrong way round, and PyMuPDF silently drops every word that
    falls outside it (for /Rotate 270, typically the whole page).
    """
    if clip is None:
        clip = page.rect
    zoom = dpi / 72.0
    render = pymupdf.Matrix(zoom, zoom).prerotate(turn)
    # as displayed (upright), then turned
    pix = page.get_pixmap(matrix=render, clip=clip, annots=annots)
    ocr_pdf = pymupdf.open(
        stream=pix.pdfocr_tobytes(compress=False, language="nld", tessdata=_tessdata())
    )
    try:
        ocr_page = ocr_pdf[0]
        # OCR page -> pixels -> displayed page -> unrotated page
        scale = pix.width / ocr_page.rect.width
        ctm = (
            pymupdf.Matrix(scale, scale)
            * pymupdf.Matrix(1, 0, 0, 1, pix.x, pix.y)
            * ~render
            * page.derotation_matrix
        )
        tp = ocr_page.get_textpage(clip=EVERYWHERE, flags=EXTRACT_FLAGS, matrix=ctm)
        tp.parent = weakref.proxy(page)
        return page_layout(page, textpage=tp)
    finally:
        ocr_pdf.close()


def _join_strips(page: pymupdf.Page, parts: list[tuple[PageLayout, float, float]]) -> PageLayout:
    """One layout from the layouts of overlapping strips: each line (a run of
    characters with one line number) kept from the strip whose core
    (``lo <= centre < hi``, displayed coordinates) holds its centre, with the
    line or block break that preceded it; lines numbered anew."""
    chars: list[str] = []
    boxes: list[GlyphBox | None] = []
    number = 0
    for layout, lo, hi in parts:
        runs: list[list[int]] = []  # [line, start, end]
        for i, gb in enumerate(layout.boxes):
            if gb is None:
                continue
            if runs and runs[-1][0] == gb.line and runs[-1][2] == i:
                runs[-1][2] = i + 1
            else:
                runs.append([gb.line, i, i + 1])
        previous = None  # end of the last kept line of this strip
        for _line, start, end in runs:
            own = [gb for gb in layout.boxes[start:end] if gb is not None]
            shown = (
                pymupdf.Rect(
                    min(g.bbox[0] for g in own),
                    min(g.bbox[1] for g in own),
                    max(g.bbox[2] for g in own),
                    max(g.bbox[3] for g in own),
                )
                * page.rotation_matrix
            ).normalize()
            if not lo <= (shown.y0 + shown.y1) / 2 < hi:
                previous = None
                continue
            if chars:
                sep = layout.text[previous:start] if previous is not None else "\n\n"
                chars.append(sep)
                boxes.extend([None] * len(sep))
            number += 1
            chars.append(layout.text[start:end])
            boxes.extend(GlyphBox(number, g.bbox, g.tight) for g in own)
            previous = end
    if chars:
        chars.append("\n")
        boxes.append(None)
    return PageLayout(text="".join(chars), boxes=tuple(boxes))


def _append_layouts(base: PageLayout, extra: list[PageLayout]) -> PageLayout:
    """The text layer's layout followed by OCR layouts, each after a blank line.

    Line numbers of each appended layout continue after the last one used, so
    no box of an OCR word merges with a line of the text layer (or of another
    image); the separators carry no box, like every line break.  OCR words
    are redacted with their whole box (see below).
    """
    chars = [base.text]
    boxes: list[GlyphBox | None] = list(base.boxes)
    length = len(base.text)
    last = max((gb.line for gb in base.boxes if gb is not None), default=0)
    for lay in extra:
        if not lay.text.strip():
            continue
        sep = "\n" if chars[-1].endswith("\n") else "\n\n"
        chars.append(sep)
        boxes.extend([None] * len(sep))
        length += len(sep)
        top = last
        for gb in lay.boxes:
            if gb is None:
                boxes.append(None)
                continue
            # The ink box of ink_layout, not a shrunk one: in an image the
            # ascenders and descenders are pixels that must go too.
            boxes.append(GlyphBox(line=gb.line + top, bbox=gb.bbox, tight=gb.tight))
            last = max(last, gb.line + top)
        chars.append(lay.text)
        length += len(lay.text)
    text = "".join(chars)
    if len(text) != len(boxes) or len(text) != length:  # the char->box invariant
        raise ValueError("OCR layout does not line up with its text")
    return PageLayout(text=text, boxes=tuple(boxes), unmapped=base.unmapped)


def ink_layout(layout: PageLayout, dpi: int) -> PageLayout:
    """An OCR layout whose boxes cover the whole ink of each word.

    MuPDF's OCR text page sizes each word to Tesseract's box of its ink (in
    image pixels), from the top of the tallest letter to the bottom of the
    lowest.  Each box is padded by :data:`INK_PAD_PX` pixels at ``dpi`` plus
    :data:`INK_PAD_LINE` of its line's height, then pulled back where the
    padding would reach into another line's box (the padding never goes past
    the other line's edge, the word's own ink always stays covered).  Works
    for lines in any direction (a scan turned by /Rotate runs vertically in
    unrotated coordinates).
    """
    lines: dict[int, list[float]] = {}
    for gb in layout.boxes:
        if gb is None:
            continue
        cur = lines.get(gb.line)
        if cur is None:
            lines[gb.line] = list(gb.bbox)
        else:
            cur[0], cur[1] = min(cur[0], gb.bbox[0]), min(cur[1], gb.bbox[1])
            cur[2], cur[3] = max(cur[2], gb.bbox[2]), max(cur[3], gb.bbox[3])
    px = INK_PAD_PX * 72.0 / max(dpi, 1)
    limits: dict[int, Box] = {}
    for no, (x0, y0, x1, y1) in lines.items():
        pad = px + INK_PAD_LINE * min(x1 - x0, y1 - y0)
        lim = [x0 - pad, y0 - pad, x1 + pad, y1 + pad]
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        for other, (ox0, oy0, ox1, oy1) in lines.items():
            if other == no or ox0 >= lim[2] or ox1 <= lim[0] or oy0 >= lim[3] or oy1 <= lim[1]:
                continue
            dx = (ox0 + ox1) / 2 - cx
            dy = (oy0 + oy1) / 2 - cy
            # the side the other line lies on, judged relative to the lines' sizes
            if abs(dy) / max(y1 - y0 + oy1 - oy0, 1e-6) >= abs(dx) / max(x1 - x0 + ox1 - ox0, 1e-6):
                if dy < 0:
                    lim[1] = max(lim[1], min(y0, oy1))
                else:
                    lim[3] = min(lim[3], max(y1, oy0))
            elif dx < 0:
                lim[0] = max(lim[0], min(x0, ox1))
            else:
                lim[2] = min(lim[2], max(x1, ox0))
        limits[no] = (lim[0], lim[1], lim[2], lim[3])
    text = layout.text
    boxes: list[GlyphBox | None] = []
    for i, gb in enumerate(layout.boxes):
        if gb is None:
            boxes.append(None)
            continue
        lx0, ly0, lx1, ly1 = limits[gb.line]
        ux0, uy0, ux1, uy1 = lines[gb.line]
        bx0, by0, bx1, by1 = gb.bbox
        # Across the line: the line's padded band.  Along it: the glyph's own
        # extent (part of a word stays a part), padded by the pixel margin at
        # the ends of a word, and to the padded limit at the ends of the line.
        # OCR splits a word's box evenly among its characters, so where a
        # letter meets the punctuation that ends or begins its word ("Bas.",
        # "<a@b.nl>") the split may cut through the letter: the letter's box
        # takes in that punctuation, and counts as the word's end or start.
        if text[i].isalnum():
            for step in (1, -1):
                j = i + step
                while 0 <= j < len(text) and _punctuation(text[j], layout.boxes[j]):
                    j += step
                if j != i + step and not (
                    0 <= j < len(text) and _in_word(text[j], layout.boxes[j])
                ):
                    for k in range(i + step, j, step):
                        pb = layout.boxes[k]
                        assert pb is not None
                        bx0, by0 = min(bx0, pb.bbox[0]), min(by0, pb.bbox[1])
                        bx1, by1 = max(bx1, pb.bbox[2]), max(by1, pb.bbox[3])
        starts = (
            i == 0
            or not _in_word(text[i - 1], layout.boxes[i - 1])
            or (text[i].isalnum() and _punctuation(text[i - 1], layout.boxes[i - 1]))
        )
        ends = (
            i + 1 >= len(text)
            or not _in_word(text[i + 1], layout.boxes[i + 1])
            or (text[i].isalnum() and _punctuation(text[i + 1], layout.boxes[i + 1]))
        )
        if ux1 - ux0 >= uy1 - uy0:
            x0 = lx0 if bx0 <= ux0 else bx0 - px if starts else bx0
            x1 = lx1 if bx1 >= ux1 else bx1 + px if ends else bx1
            tight = (x0, ly0, x1, ly1)
        else:
            y0 = ly0 if by0 <= uy0 else by0 - px if starts else by0
            y1 = ly1 if by1 >= uy1 else by1 + px if ends else by1
            tight = (lx0, y0, lx1, y1)
        boxes.append(GlyphBox(line=gb.line, bbox=gb.bbox, tight=tight))
    return PageLayout(text=layout.text, boxes=tuple(boxes), unmapped=layout.unmapped)


def _in_word(c: str, box: GlyphBox | None) -> bool:
    return box is not None and not c.isspace()


def _punctuation(c: str, box: GlyphBox | None) -> bool:
    return _in_word(c, box) and not c.isalnum()


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
    plan = ocr_plan(page.rect)
    whole = page.rect * page.derotation_matrix
    box = (whole.x0, whole.y0, whole.x1, whole.y1)
    try:
        layout = ocr_region(page, box, plan, annots=True)
    except Exception as exc:
        raise InputFileError(
            f"OCR van pagina {page.number + 1} is mislukt", path=str(path)
        ) from exc
    if plan.coarse and unread_ink(page, box, plan, layout) > OCR_COARSE_UNREAD:
        raise InputFileError(
            f"pagina {page.number + 1} is een scan die te groot is voor OCR: verkleind tot "
            f"{plan.dpi} dpi leest OCR niet alle tekst",
            path=str(path),
        )
    return layout


def _tessdata() -> str | None:
    env = os.environ.get("TESSDATA_PREFIX")
    if env:
        return env
    for cand in ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata"):
        if Path(cand).is_dir():
            return cand
    return None
