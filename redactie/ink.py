"""Ink on rendered pages: which pixels are the letters of a word under a box.

Shared by redaction (a box over an image grows to cover its word's whole ink)
and verification (no ink of a redacted word may stay visible).  At the floor of
``document``: it imports only PyMuPDF and numpy.

A word's ink is the ink connected to the ink in the middle band of its box (the
band every letter's body crosses), across gaps along the line no wider than a
share of the line's height (the gap between two letters, not a word space),
within a window of one line height around the box: its capitals, ascenders,
descenders and accents, and a letter the box missed at its end, but not the
next line's letters; with the marks just above its letters that touch no other
ink (the dots of ``i``, ``j`` and ``Ö``, accents: :func:`word_marks`).  Long
straight rules (a table's borders, an underline) are no letters: they never
count as a word's ink (:func:`rule_mask`), so a box does not run along them.
Where a word goes on past a box (a name's initials in ``MTB/2025-031``), ink
beyond the first gap between letters after the box belongs to the characters
that stay.  Where a neighbouring line's ink reaches into the word's font box
(the descenders of the line above, in type set close), strips cover those rows
around it, apart from the box (:func:`font_box_strips`, ``docs/scans.md``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
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
# The margin of a box around its word's ink, in points (2 pixels at INK_DPI),
# so that a box fitted at another resolution leaves the same white around the
# letters: anti-aliasing and a scanner's blur reach about a point.
INK_MARGIN_PT = 2 * 72.0 / INK_DPI
# A rule (a table's border, an underline) is a straight run of ink at least
# RULE_LENGTH line heights long along the lines of text, or RULE_ACROSS line
# heights across them (no letter has a stroke that long, and the letters of
# neighbouring lines that touch do not make one; a cell of a table with two
# rows of text has borders that long), and at most RULE_THICK of a line height
# thick.  A skewed scan's rules climb a row every few dozen pixels, so a run
# may step up or down by RULE_STEP of a line height (at least 2 pixels) and
# still count as straight: rules skewed by up to 3 degrees are found.  See
# rule_mask.
RULE_LENGTH = 3.0
RULE_ACROSS = 2.0
RULE_THICK = 0.25
RULE_STEP = 0.07
# A word's marks (see word_marks): ink above its letters' tops, at most
# MARK_GAP x-heights above them, no taller than MARK_REACH x-heights above
# them in all, within MARK_SIDE x-heights of the letters' columns.
MARK_GAP = 0.45
MARK_REACH = 1.15
MARK_SIDE = 0.25

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


def margin_px(dpi: int) -> int:
    """:data:`INK_MARGIN_PT` in pixels at ``dpi`` (at least one)."""
    return max(1, round(INK_MARGIN_PT * dpi / 72.0))


def word_ink(ink: np.ndarray, cell: Cell, bound: Cell | None = None) -> tuple[np.ndarray, Cell]:
    """The ink of the word under ``cell`` (see the module docstring), as a mask
    over the window it was searched in, and that window.  ``bound``: pixels
    outside it are no ink of the word (the characters of a word that goes on
    past a box, see :func:`ink_boxes`)."""
    x0, y0, x1, y1 = cell
    h, w = ink.shape
    line = min(x1 - x0, y1 - y0)
    win = (max(0, x0 - line), max(0, y0 - line), min(w, x1 + line), min(h, y1 + line))
    wx0, wy0, wx1, wy1 = win
    horizontal = y1 - y0 <= x1 - x0
    sub = ink[wy0:wy1, wx0:wx1] & ~rule_mask(ink, line, horizontal, win)
    if bound is not None:
        keep = np.zeros(sub.shape, dtype=bool)
        keep[
            max(0, bound[1] - wy0) : max(0, bound[3] - wy0),
            max(0, bound[0] - wx0) : max(0, bound[2] - wx0),
        ] = True
        sub &= keep
    seed = np.zeros(sub.shape, dtype=bool)
    bx0, by0, bx1, by1 = x0 - wx0, y0 - wy0, x1 - wx0, y1 - wy0
    if horizontal:  # the middle rows
        q = (by1 - by0) // 4
        seed[by0 + q : by1 - q, bx0:bx1] = True
    else:  # a vertical line (a page turned by /Rotate): the middle columns
        q = (bx1 - bx0) // 4
        seed[by0:by1, bx0 + q : bx1 - q] = True
    gap = max(1, int(LETTER_GAP * line))
    word = _grow(seed & sub, sub, gap, horizontal)
    if horizontal:
        word |= word_marks(sub, word)
    return word, win


def rule_mask(
    ink: np.ndarray, line: int, horizontal: bool = True, window: Cell | None = None
) -> np.ndarray:
    """The pixels of ``ink`` that belong to long straight rules, horizontal or
    vertical, for text whose lines are ``line`` pixels high and run
    ``horizontal``-ly (else vertically); over ``window`` only (pixels of
    ``ink``; the rules are seen at their length beyond it), or all of ``ink``.

    A pixel of a rule along the lines lies on a run of at least
    :data:`RULE_LENGTH` lines in that direction (:data:`RULE_ACROSS` for a rule
    across them), where the run may step :data:`RULE_STEP` of a line aside (a
    rule of a skewed scan), and the ink through it across the run is at most
    :data:`RULE_THICK` of a line thick.  Where a letter touches or crosses a
    rule, the ink there is thicker than a rule and stays the letter's.
    """
    h, w = ink.shape
    x0, y0, x1, y1 = window if window is not None else (0, 0, w, h)
    along = max(2, math.ceil(RULE_LENGTH * line))
    across = max(2, math.ceil(RULE_ACROSS * line))
    if not horizontal:
        along, across = across, along
    thick = max(2, int(RULE_THICK * line))
    step = max(2, math.ceil(RULE_STEP * line))
    side = step + thick + 1  # what the band and the thickness need beside the window
    # horizontal rules: the window's rows (and a few beside), its columns and a
    # rule's length either way; vertical rules: the same turned
    ry0, rx0 = max(0, y0 - side), max(0, x0 - along)
    rows = ink[ry0 : min(h, y1 + side), rx0 : min(w, x1 + along)]
    out = _rules_along(rows, along, thick, step)[y0 - ry0 : y1 - ry0, x0 - rx0 : x1 - rx0]
    cy0, cx0 = max(0, y0 - across), max(0, x0 - side)
    cols = np.ascontiguousarray(ink[cy0 : min(h, y1 + across), cx0 : min(w, x1 + side)].T)
    out |= _rules_along(cols, across, thick, step).T[y0 - cy0 : y1 - cy0, x0 - cx0 : x1 - cx0]
    return out


def _rules_along(ink: np.ndarray, length: int, thick: int, step: int) -> np.ndarray:
    """Horizontal rules of ``ink`` (see :func:`rule_mask`)."""
    if not ink.any():
        return np.zeros(ink.shape, dtype=bool)
    band = ink.copy()  # ink within ``step`` rows above or below
    for d in range(1, step + 1):
        band[d:, :] |= ink[:-d, :]
        band[:-d, :] |= ink[d:, :]
    thick_here = _in_runs(np.ascontiguousarray(ink.T), thick + 1).T
    return ink & _in_runs(band, length) & ~thick_here


def _in_runs(mask: np.ndarray, length: int) -> np.ndarray:
    """The pixels of ``mask`` on a run of at least ``length`` along their row."""
    cols = mask.shape[1]
    if length > cols:
        return np.zeros(mask.shape, dtype=bool)
    total = np.zeros((mask.shape[0], cols + 1), dtype=np.int32)
    np.cumsum(mask, axis=1, out=total[:, 1:])
    # full[:, j]: the run of ``length`` from column j is all True
    full = (total[:, length:] - total[:, :-length]) == length
    starts = np.zeros((mask.shape[0], full.shape[1] + 1), dtype=np.int32)
    np.cumsum(full, axis=1, out=starts[:, 1:])
    index = np.arange(cols)
    hi = np.minimum(index, cols - length) + 1
    lo = np.maximum(0, index - length + 1)
    covered: np.ndarray = (starts[:, hi] - starts[:, lo]) > 0
    return covered


def word_marks(ink: np.ndarray, word: np.ndarray) -> np.ndarray:
    """The marks of a word that its letters' ink does not reach: the dots of
    ``i`` and ``j``, the dots of ``Ö``, accents that stand apart from their
    letter (``é``, ``ô``).

    A mark is ink not of the word (``ink & ~word``, one window) that lies over
    the word's columns (within :data:`MARK_SIDE` x-heights of them), comes to
    within :data:`MARK_GAP` x-heights of the tops of the letters under it, and
    whose connected ink reaches no higher than :data:`MARK_REACH` x-heights
    above those tops and stays over the word: a tail of the line above is
    joined to its letter higher up, a comma of the line above stands further
    from the word's tops, and neither counts.  The x-height is the height of
    the word's dense rows (its letters' bodies).
    """
    rows = word.sum(axis=1)
    if not rows.any():
        return np.zeros(word.shape, dtype=bool)
    dense = np.nonzero(rows >= BODY * rows.max())[0]
    xh = max(1, int(dense.max()) - int(dense.min()) + 1)
    h = word.shape[0]
    side = max(1, int(MARK_SIDE * xh))
    # each column's top: the highest ink of the word within ``side`` columns
    ys = np.where(word, np.arange(h)[:, None], h)
    tops = ys.min(axis=0)
    near = tops.copy()
    for d in range(1, side + 1):
        near[d:] = np.minimum(near[d:], tops[:-d])
        near[:-d] = np.minimum(near[:-d], tops[d:])
    cols = near < h
    if not cols.any():
        return np.zeros(word.shape, dtype=bool)
    row = np.arange(h)[:, None]
    gap, reach = max(1, round(MARK_GAP * xh)), max(2, round(MARK_REACH * xh))
    other = ink & ~word
    seeds = other & cols & (row < near) & (row >= near - gap)
    if not seeds.any():
        return np.zeros(word.shape, dtype=bool)
    zone = cols & (row >= near - reach)
    found = _grow(seeds, other, 0, True)
    escaped = _grow(found & ~zone, found, 0, True)
    marks: np.ndarray = found & ~escaped
    # A mark lies between the lines: what reaches up to the baseline of the line
    # above (the rows dense with its letters' bodies) is that line's, such as the
    # tail of its semicolon over a capital ("ontbreken;" over "C. Visser").
    word_top = int(np.nonzero(rows)[0].min())
    above = other[:word_top].sum(axis=1)
    if marks.any() and above.any():
        body = np.nonzero(above >= NEIGHBOUR_BODY * above.max())[0]
        marks &= ~_grow(marks & (row <= int(body.max())), marks, 0, True)
    return marks


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


def known_image_rects(page: pymupdf.Page, known: Sequence[Box] | None) -> list[pymupdf.Rect]:
    """The image placements extraction read from the same file (``Page.image_boxes``),
    or, where it did not (None: a file with layers), ``page``'s read again."""
    return image_rects(page) if known is None else [pymupdf.Rect(b) for b in known]


@dataclass(frozen=True)
class InkFit:
    """A box fitted to its word's ink, and its strips (see :func:`font_box_strips`)."""

    box: Box
    strips: tuple[Box, ...] = ()


# Which edges of a box (unrotated page coordinates: x0, y0, x1, y1) its word
# goes on past: the characters beyond are not redacted (``MTB`` in
# ``MTB/2025-031``).
Cut = tuple[bool, bool, bool, bool]
NO_CUT: Cut = (False, False, False, False)
# Rounds of fitting: a wider box bridges wider gaps, until it stops growing.
FIT_ROUNDS = 8


def ink_boxes(
    page: pymupdf.Page,
    boxes: list[Box],
    margin_pt: float = INK_MARGIN_PT,
    images: list[pymupdf.Rect] | None = None,
    cuts: list[Cut] | None = None,
    dpi: int = INK_DPI,
) -> list[InkFit]:
    """Each box over an image fitted to its word's whole ink on ``page`` (see
    :func:`word_ink`), rendered at ``dpi`` (or :func:`ink_dpi`) and padded by
    ``margin_pt`` points: as wide as the box or the ink, as tall as the ink,
    with its strips.  Boxes elsewhere, and boxes with no ink under them, stay
    as they are.  ``images``: :func:`image_rects` of the page, when the caller
    has them.  ``cuts``: per box, the edges its word goes on past (see
    :data:`Cut`): there the box ends at the first gap between letters at or
    after its edge (:func:`cut_bound`)."""
    if images is None:
        images = image_rects(page)
    if not any(pymupdf.Rect(b).intersects(i) for b in boxes for i in images):
        return [InkFit(b) for b in boxes]
    dpi = ink_dpi(page, dpi)
    pad_px = margin_px(dpi)
    gray = render_gray(page, dpi)
    ink = gray < INK
    out: list[InkFit] = []
    for n, b in enumerate(boxes):
        if not any(pymupdf.Rect(b).intersects(i) for i in images):
            out.append(InkFit(b))
            continue
        cell = pixel_cell(b, page, ink.shape, dpi)
        if cell[2] <= cell[0] or cell[3] <= cell[1]:
            out.append(InkFit(b))
            continue
        sides = pixel_sides(b, cuts[n] if cuts else NO_CUT, page, dpi)
        bound = cut_bound(ink, cell, sides, pad_px)
        limit = _padded_bound(ink, cell, sides, bound, pad_px)
        found = None
        for _ in range(FIT_ROUNDS):
            word, (wx0, wy0, _wx1, _wy1) = word_ink(ink, cell, bound)
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
        if limit is not None:
            # Where the word goes on, the box ends in the gap before the
            # characters that stay ("Kerkhof" of "Kerkhof?"), padded only as far
            # as the gap is wide: past it lies their ink, which the box would cut.
            cell = (
                max(cell[0], limit[0]) if sides[0] else cell[0],
                max(cell[1], limit[1]) if sides[1] else cell[1],
                min(cell[2], limit[2]) if sides[2] else cell[2],
                min(cell[3], limit[3]) if sides[3] else cell[3],
            )
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


def pixel_sides(box: Box, cut: Cut, page: pymupdf.Page, dpi: int) -> Cut:
    """The edges of ``cut`` (unrotated page coordinates) as edges of the box's
    pixels as shown (left, top, right, bottom)."""
    if not any(cut):
        return NO_CUT
    to_pixels = _to_pixels(page, dpi)
    shown = (pymupdf.Rect(box) * to_pixels).normalize()
    x0, y0, x1, y1 = box
    middles = ((x0, (y0 + y1) / 2), ((x0 + x1) / 2, y0), (x1, (y0 + y1) / 2), ((x0 + x1) / 2, y1))
    sides = [False, False, False, False]
    for (x, y), edge in zip(middles, cut, strict=True):
        if edge:
            p = pymupdf.Point(x, y) * to_pixels
            off = (
                abs(p.x - shown.x0),
                abs(p.y - shown.y0),
                abs(p.x - shown.x1),
                abs(p.y - shown.y1),
            )
            sides[off.index(min(off))] = True
    return (sides[0], sides[1], sides[2], sides[3])


def _middle_band(ink: np.ndarray, cell: Cell) -> tuple[np.ndarray, bool]:
    """Where the line under ``cell`` has ink in its middle half, per column along a
    line that runs across the page (True) or per row along a vertical one (False)."""
    x0, y0, x1, y1 = cell
    if y1 - y0 <= x1 - x0:
        q = (y1 - y0) // 4
        return np.asarray(ink[y0 + q : y1 - q, :].any(axis=0)), True
    q = (x1 - x0) // 4
    return np.asarray(ink[:, x0 + q : x1 - q].any(axis=1)), False


def cut_bound(ink: np.ndarray, cell: Cell, sides: Cut, pad_px: int) -> Cell | None:
    """Where the ink of a word under ``cell`` may lie when the word goes on
    past the cell's ``sides`` (left, top, right, bottom in pixels): up to the
    first gap between letters (a column, or row for a vertical line, without
    ink in the middle of the line) at or after that side, less the margin;
    at the side itself when no gap follows within a line's height.  None when
    no side is cut."""
    if not any(sides):
        return None
    x0, y0, x1, y1 = cell
    h, w = ink.shape
    line = min(x1 - x0, y1 - y0)
    bx0, by0, bx1, by1 = 0, 0, w, h
    band, along = _middle_band(ink, cell)
    if along:
        if sides[2]:
            bx1 = _first_gap(band, max(x0, x1 - pad_px), min(w, x1 + line), 1, x1)
        if sides[0]:
            bx0 = _first_gap(band, min(x1, x0 + pad_px) - 1, max(-1, x0 - line), -1, x0 - 1) + 1
    else:
        if sides[3]:
            by1 = _first_gap(band, max(y0, y1 - pad_px), min(h, y1 + line), 1, y1)
        if sides[1]:
            by0 = _first_gap(band, min(y1, y0 + pad_px) - 1, max(-1, y0 - line), -1, y0 - 1) + 1
    return bx0, by0, bx1, by1


def _padded_bound(
    ink: np.ndarray, cell: Cell, sides: Cut, bound: Cell | None, pad_px: int
) -> Cell | None:
    """``bound`` (see :func:`cut_bound`) moved out on each cut side over the gap's
    empty columns (rows for a vertical line), at most ``pad_px`` of them."""
    if bound is None:
        return None
    h, w = ink.shape
    bx0, by0, bx1, by1 = bound
    band, along = _middle_band(ink, cell)
    if along:
        if sides[2]:
            bx1 = _empty_run(band, bx1, min(w, bx1 + pad_px), 1)
        if sides[0]:
            bx0 = _empty_run(band, bx0 - 1, max(-1, bx0 - 1 - pad_px), -1) + 1
    else:
        if sides[3]:
            by1 = _empty_run(band, by1, min(h, by1 + pad_px), 1)
        if sides[1]:
            by0 = _empty_run(band, by0 - 1, max(-1, by0 - 1 - pad_px), -1) + 1
    return bx0, by0, bx1, by1


def cut_edges(ink: np.ndarray, cell: Cell, sides: Cut) -> Cell:
    """Where a box's word may have ink when it goes on past the box's cut
    ``sides``: back from each cut edge over the empty columns (rows) of the gap
    the box ends in, as :func:`ink_boxes` padded it; the page elsewhere."""
    x0, y0, x1, y1 = cell
    h, w = ink.shape
    bx0, by0, bx1, by1 = 0, 0, w, h
    band, along = _middle_band(ink, cell)
    if along:
        if sides[2]:
            bx1 = _empty_run(band, x1 - 1, x0 - 1, -1) + 1
        if sides[0]:
            bx0 = _empty_run(band, x0, x1, 1)
    else:
        if sides[3]:
            by1 = _empty_run(band, y1 - 1, y0 - 1, -1) + 1
        if sides[1]:
            by0 = _empty_run(band, y0, y1, 1)
    return bx0, by0, bx1, by1


def _empty_run(band: np.ndarray, start: int, stop: int, step: int) -> int:
    """From ``start`` towards ``stop`` (exclusive), the first index where ``band``
    holds ink, or ``stop``."""
    for i in range(start, stop, step):
        if not 0 <= i < len(band) or band[i]:
            return i
    return stop


def _first_gap(band: np.ndarray, start: int, stop: int, step: int, default: int) -> int:
    """The first index from ``start`` towards ``stop`` (exclusive) where ``band``
    is False, or ``default``."""
    for i in range(start, stop, step):
        if 0 <= i < len(band) and not band[i]:
            return i
    return default


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
