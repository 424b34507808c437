"""Ink on rendered pages: which pixels are the letters of a word under a box.

Shared by redaction (a box over an image grows to cover its word's whole ink)
and verification (no ink of a redacted word may stay visible).  At the floor of
``document``: it imports only PyMuPDF and numpy.

A word's ink is the ink connected to the ink in the middle band of its box (the
band every letter's body crosses), across gaps along the line no wider than a
share of the line's height (the gap between two letters, not a word space),
within a window of one line height around the box: its capitals, ascenders,
descenders and accents, and a letter the box missed at its end, but not the
next line's letters.  Where a neighbouring line's ink reaches into the word's
font box (the descenders of the line above, in type set close), strips cover
those rows around it, apart from the box (:func:`font_box_strips`,
``docs/scans.md``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pymupdf

# Rendering resolution of the ink checks: at 150 dpi one pixel is half a point,
# finer than the margin of an ink box; an A4 page renders in about 0.05 s.
INK_DPI = 150
# Verification checks at another, finer grid than the one boxes were fitted
# on: a faint stroke that is no ink at 150 dpi (so no box reached for it) is
# ink at 200 dpi, the resolution a reader's check uses.  benchmarks/
# bench_pixels.py: on 49 scan pages 0.32 CPU s a checked page (OCR to
# redaction costs 2.5 s a page); at 150 dpi the check missed the leaks its
# own fitting missed, at 72 dpi it missed old boxes and raised false alarms.
VERIFY_DPI = 200
# A huge page (a poster, a map) renders coarser, so that a page stays within
# this many pixels: the ink masks are a few bytes a pixel.
INK_MAX_PIXELS = 40_000_000
INK = 140  # grey level below which a pixel is ink
LETTER_GAP = 0.12  # of the line's height: the widest gap bridged along a line

Box = tuple[float, float, float, float]
Cell = tuple[int, int, int, int]


def render_gray(page: pymupdf.Page, dpi: int = INK_DPI) -> np.ndarray:
    """The page as displayed, in grey levels (rows x columns), annotations left out."""
    zoom = dpi / 72.0
    pix = page.get_pixmap(
        matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, annots=False
    )
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[
        :, : pix.width
    ]


def ink_dpi(page: pymupdf.Page, dpi: int = INK_DPI) -> int:
    """``dpi``, lowered for a page so large it would exceed :data:`INK_MAX_PIXELS`."""
    inches2 = (page.rect.width / 72.0) * (page.rect.height / 72.0)
    if inches2 * dpi * dpi <= INK_MAX_PIXELS:
        return dpi
    return max(1, int(math.sqrt(INK_MAX_PIXELS / inches2)))


def _to_pixels(page: pymupdf.Page, dpi: int) -> pymupdf.Matrix:
    zoom = dpi / 72.0
    return page.rotation_matrix * pymupdf.Matrix(zoom, zoom)


def pixel_cell(box: Box, page: pymupdf.Page, shape: tuple[int, ...], dpi: int = INK_DPI) -> Cell:
    """A box (unrotated page coordinates) as the pixels whose centres it holds."""
    r = (pymupdf.Rect(box) * _to_pixels(page, dpi)).normalize()
    h, w = shape[0], shape[1]
    x0 = min(w, max(0, int(np.ceil(r.x0 - 0.5))))
    y0 = min(h, max(0, int(np.ceil(r.y0 - 0.5))))
    x1 = min(w, max(0, int(np.floor(r.x1 - 0.5)) + 1))
    y1 = min(h, max(0, int(np.floor(r.y1 - 0.5)) + 1))
    return x0, y0, x1, y1


def page_box(cell: Cell, page: pymupdf.Page, dpi: int = INK_DPI) -> Box:
    """Pixels back to a box in unrotated page coordinates (their whole area)."""
    r = (pymupdf.Rect(cell) * ~_to_pixels(page, dpi)).normalize()
    return (r.x0, r.y0, r.x1, r.y1)


def word_ink(ink: np.ndarray, cell: Cell) -> tuple[np.ndarray, Cell]:
    """The ink of the word under ``cell`` (see the module docstring), as a mask
    over the window it was searched in, and that window."""
    x0, y0, x1, y1 = cell
    h, w = ink.shape
    line = min(x1 - x0, y1 - y0)
    win = (max(0, x0 - line), max(0, y0 - line), min(w, x1 + line), min(h, y1 + line))
    wx0, wy0, wx1, wy1 = win
    sub = ink[wy0:wy1, wx0:wx1]
    seed = np.zeros(sub.shape, dtype=bool)
    bx0, by0, bx1, by1 = x0 - wx0, y0 - wy0, x1 - wx0, y1 - wy0
    horizontal = y1 - y0 <= x1 - x0
    if horizontal:  # the middle rows
        q = (by1 - by0) // 4
        seed[by0 + q : by1 - q, bx0:bx1] = True
    else:  # a vertical line (a page turned by /Rotate): the middle columns
        q = (bx1 - bx0) // 4
        seed[by0:by1, bx0 + q : bx1 - q] = True
    gap = max(1, int(LETTER_GAP * line))
    return _grow(seed & sub, sub, gap, horizontal), win


def _grow(grown: np.ndarray, ink: np.ndarray, gap: int, horizontal: bool) -> np.ndarray:
    """Ink connected to ``grown`` (8-neighbourhood), and across gaps of up to
    ``gap`` pixels along the line."""
    while True:
        g = grown.copy()
        g[1:, :] |= grown[:-1, :]
        g[:-1, :] |= grown[1:, :]
        g[:, 1:] |= grown[:, :-1]
        g[:, :-1] |= grown[:, 1:]
        g[1:, 1:] |= grown[:-1, :-1]
        g[:-1, :-1] |= grown[1:, 1:]
        g[1:, :-1] |= grown[:-1, 1:]
        g[:-1, 1:] |= grown[1:, :-1]
        for k in range(2, gap + 2):
            if horizontal:
                g[:, k:] |= grown[:, :-k]
                g[:, :-k] |= grown[:, k:]
            else:
                g[k:, :] |= grown[:-k, :]
                g[:-k, :] |= grown[k:, :]
        g &= ink
        g |= grown
        if (g == grown).all():
            return grown
        grown = g


def erode(mask: np.ndarray) -> np.ndarray:
    """Pixels of ``mask`` whose four neighbours are in it too."""
    out = mask.copy()
    out[1:, :] &= mask[:-1, :]
    out[:-1, :] &= mask[1:, :]
    out[:, 1:] &= mask[:, :-1]
    out[:, :-1] &= mask[:, 1:]
    return out


def image_rects(page: pymupdf.Page) -> list[pymupdf.Rect]:
    """Where ``page`` shows images (every placement, inline images included)."""
    return [pymupdf.Rect(i["bbox"]) for i in page.get_image_info()]


@dataclass(frozen=True)
class InkFit:
    """A box fitted to its word's ink, and its strips (see :func:`font_box_strips`)."""

    box: Box
    strips: tuple[Box, ...] = ()


def ink_boxes(
    page: pymupdf.Page,
    boxes: list[Box],
    pad_px: int = 2,
    images: list[pymupdf.Rect] | None = None,
) -> list[InkFit]:
    """Each box over an image fitted to its word's whole ink on ``page`` (see
    :func:`word_ink`), padded by ``pad_px`` pixels at :data:`INK_DPI` (or
    :func:`ink_dpi`): as wide as the box or the ink, as tall as the ink, with
    its strips.  Boxes elsewhere, and boxes with no ink under them, stay as
    they are.  ``images``: :func:`image_rects` of the page, when the caller
    has them."""
    if images is None:
        images = image_rects(page)
    if not any(pymupdf.Rect(b).intersects(i) for b in boxes for i in images):
        return [InkFit(b) for b in boxes]
    dpi = ink_dpi(page)
    gray = render_gray(page, dpi)
    ink = gray < INK
    out: list[InkFit] = []
    for b in boxes:
        if not any(pymupdf.Rect(b).intersects(i) for i in images):
            out.append(InkFit(b))
            continue
        cell = pixel_cell(b, page, ink.shape, dpi)
        if cell[2] <= cell[0] or cell[3] <= cell[1]:
            out.append(InkFit(b))
            continue
        found = None
        for _ in range(3):  # a wider box bridges wider gaps: until it stops growing
            word, (wx0, wy0, _wx1, _wy1) = word_ink(ink, cell)
            ys, xs = np.nonzero(word)
            if not len(xs):
                break
            found = (
                int(xs.min()) + wx0 - pad_px,
                int(ys.min()) + wy0 - pad_px,
                int(xs.max()) + wx0 + 1 + pad_px,
                int(ys.max()) + wy0 + 1 + pad_px,
            )
            wider = (
                min(cell[0], found[0]),
                min(cell[1], found[1]),
                max(cell[2], found[2]),
                max(cell[3], found[3]),
            )
            if wider == cell:
                break
            cell = wider
        if found is None:
            out.append(InkFit(b))
            continue
        # Along the line (text shows upright): the box and the ink, whichever
        # reaches further.  Across it: the word's own ink, padded, and then on
        # to the box's own height (the line's height, as readers know boxes)
        # only as far as no other ink lies in the way: a box that a skewed
        # line made too tall does not cover the next line's descenders.
        mine = np.zeros(ink.shape, dtype=bool)
        mine[wy0 : wy0 + word.shape[0], wx0 : wx0 + word.shape[1]] = word
        foreign = ink & ~mine
        c0, c1 = max(0, cell[0]), min(ink.shape[1], cell[2])
        own = (cell[0], max(0, found[1]), cell[2], min(ink.shape[0], found[3]))
        up, down = (
            font_box_strips(foreign, mine, own, pad_px)
            if cell[3] - cell[1] <= c1 - c0
            else ([], [])
        )
        # Where a neighbouring line reaches into the font box, the box keeps
        # to the word's own ink, so that a white gap parts it from the strips.
        top, bottom = own[1], own[3]
        while (
            not up and top > cell[1] and top > pad_px and not foreign[top - 1 - pad_px, c0:c1].any()
        ):
            top -= 1
        while (
            not down
            and bottom < cell[3]
            and bottom + pad_px < ink.shape[0]
            and not foreign[bottom + pad_px, c0:c1].any()
        ):
            bottom += 1
        out.append(
            InkFit(
                page_box((cell[0], top, cell[2], bottom), page, dpi),
                tuple(page_box(s, page, dpi) for s in up + down),
            )
        )
    return out


# A font's box (what a text layer gives as a word's height: the font's ascent
# to its descent) reaches above the baseline at most about this many x-heights
# (1.7 for Helvetica and DejaVu Sans, 2.06 for Nimbus Sans), and below it this
# many (0.41 to 0.57).
ASCENT_XH = 2.2
DESCENT_XH = 0.65
BODY = 0.35  # of a line's densest row: a row of its letters' bodies, not of their tails
# A neighbouring line's body, seen over a wider window: the row just below its
# baseline, where many descenders start together, can reach a third of its
# densest row; half of it is a row of letters' bodies only.
NEIGHBOUR_BODY = 0.5


def font_box_strips(
    foreign: np.ndarray, mine: np.ndarray, box: Cell, halo: int
) -> tuple[list[Cell], list[Cell]]:
    """Strips above and below a word's ``box`` (pixels) over the rows of its font
    box that a neighbouring line's ink reaches into: the tails of the descenders
    of the line above, the accents of the line below.

    The font box is estimated from the word's own ink (its baseline and
    x-height: the lowest and highest rows of its letters' bodies), and ends
    ``halo`` pixels before the body of the neighbouring line.  A strip covers
    the rows of the font box that hold the neighbour's ink, over the box's
    width, except within ``halo`` pixels of that ink: the neighbour's letters
    stay whole and apart from any black, and a reader who checks the word's
    font box row by row finds every row with ink dark.  ``foreign``: ink that
    is not the word's (``mine``).  Returns (strips above, strips below).
    """
    x0, top, x1, bottom = box
    rows = mine[top:bottom, x0:x1].sum(axis=1)
    if not rows.any():
        return [], []
    dense = np.nonzero(rows >= BODY * rows.max())[0]
    base, xtop = top + int(dense.max()) + 1, top + int(dense.min())
    xh = max(1, base - xtop)
    h, w = foreign.shape
    wide = foreign[:, max(0, x0 - 4 * xh) : min(w, x1 + 4 * xh)]  # the lines' bodies
    ceiling = max(0, base - int(ASCENT_XH * xh))
    start = max(0, ceiling - 2 * xh)
    above = wide[start:top].sum(axis=1)
    if above.any():
        body = np.nonzero(above >= NEIGHBOUR_BODY * above.max())[0]
        ceiling = max(ceiling, start + int(body.max()) + 1 + halo)
    floor = min(h, base + int(np.ceil(DESCENT_XH * xh)))
    below = wide[bottom : floor + 2 * xh].sum(axis=1)
    if below.any():
        body = np.nonzero(below >= NEIGHBOUR_BODY * below.max())[0]
        floor = min(floor, bottom + int(body.min()) - halo)
    return (
        _strips(foreign, x0, x1, ceiling, top, halo, up=True),
        _strips(foreign, x0, x1, bottom, floor, halo, up=False),
    )


def _strips(
    foreign: np.ndarray, x0: int, x1: int, y0: int, y1: int, halo: int, *, up: bool
) -> list[Cell]:
    """Rectangles over columns ``x0:x1`` covering the rows of ``y0:y1`` that hold
    ink of ``foreign`` (from ``y0`` down to the lowest of them when the ink
    hangs from above, ``up``; from the highest down to ``y1`` otherwise), each
    column cut back to stay ``halo`` pixels from that ink."""
    if y1 <= y0 or x1 <= x0:
        return []
    held = np.nonzero(foreign[y0:y1, x0:x1].any(axis=1))[0]
    if not len(held):
        return []
    if up:
        y1 = y0 + int(held.max()) + 1
    else:
        y0 = y0 + int(held.min())
    h, w = foreign.shape
    oy, ox = max(0, y0 - halo), max(0, x0 - halo)
    band = foreign[oy : min(h, y1 + halo), ox : min(w, x1 + halo)]
    near = band.copy()  # ink within halo columns either side
    for d in range(1, halo + 1):
        near[:, d:] |= band[:, :-d]
        near[:, :-d] |= band[:, d:]
    ends: list[int] = []
    for x in range(x0, x1):
        hits = np.nonzero(near[:, x - ox])[0] + oy
        if up:
            hits = hits[hits < y1]
            ends.append(max(y0, int(hits.max()) + 1 + halo) if len(hits) else y0)
        else:
            hits = hits[hits >= y0]
            ends.append(min(y1, int(hits.min()) - halo) if len(hits) else y1)
    out: list[Cell] = []
    first = x0
    for x in range(x0 + 1, x1 + 1):
        if x == x1 or ends[x - x0] != ends[first - x0]:
            end = ends[first - x0]
            cell = (first, end, x, y1) if up else (first, y0, x, end)
            if cell[3] > cell[1]:
                out.append(cell)
            first = x
    return out
