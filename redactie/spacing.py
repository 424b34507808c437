"""Letter-spaced and character-by-character text: the page without the spaces
inside words.

Text set letter-spaced (``J a n s s e n``, ``N L 9 1  A B N A ...``) or drawn a
character at a time at irregular positions (``He n drik j e Bo ss che r``)
extracts with whitespace inside its words, so no recognizer reads the name,
e-mail address or IBAN in it.  :func:`letter_gaps` finds the whitespace of a
page that stands between the letters of one word (a *letter gap*); a
:class:`SpacedView` is the page text without those gaps, with a map from each
of its characters back to the page text (and so to the glyph boxes).  The view
only ever leaves characters out: it is a subsequence of the page text.

The criterion, per line of the page text (tokens are the runs of
non-whitespace; a token's *core* is the token without surrounding brackets and
trailing punctuation; gaps are measured between the glyph boxes on either side,
in units of the glyph height, an em):

* A gap of two or more whitespace characters, or wider than
  :data:`MAX_LETTER_GAP` em (a column or a tab), is always a word gap.
* The *word space* of a line is the lower of two: the widest of its gaps
  beside a token that can be no fragment (longer than :data:`FRAGMENT_CHARS`,
  or with punctuation) and not beside a single character (at least
  :data:`LINE_REF_MIN` of them), and the page's natural word space
  (:func:`_natural`, from the gaps between two tokens of at least
  :data:`REF_CHARS` characters, at least :data:`PAGE_REF_MIN` of them): the
  space the words are set with.  A line set in a font with narrower spaces has
  narrower gaps throughout; a table row's column gaps are wider than the
  page's spaces; justification stretches the spaces of most lines of a page,
  never those of a paragraph's last line; a word drawn in pieces has one gap
  narrower than the rest of its line.
* **Letter-spaced** (rule ``S``): in a run of :data:`SINGLE_RUN` or more
  single-character tokens in a row (letters, digits, ``@ . _ - +``), each
  single whitespace is a letter gap, unless it is clearly wider than the run's
  typical gap (more than :data:`WIDE` times its median): that is the space
  between two letter-spaced words (``H e n d r i k j e   B o s s c h e r``).
* Rules ``F`` and ``N`` compare a gap with the lower of the word space and the
  widest gap of its line (up to :data:`MAX_LETTER_GAP`): a gap is narrow only
  against the rest of its own line, so a line whose gaps are all alike has no
  narrow gap (``niet dalen.``, ``Art. 5 lid 2 sub a`` at the natural spacing on a
  justified page, whose stretched lines make the page's word space look wide).
* **Fragments** (rule ``F``): in a run of :data:`FRAGMENT_RUN` or more tokens of
  at most :data:`FRAGMENT_CHARS` characters with at least
  :data:`FRAGMENT_SINGLES` single letters or digits among them (``He n drik j
  e``), whose median gap is narrower than :data:`FRAGMENT_NARROW` times that, a
  gap narrower than both that (times :data:`FRAGMENT_NARROW`) and :data:`WIDE`
  times the run's median is a letter gap: a character drawn apart, not a space
  between words.
* **Narrow** (rule ``N``): between two letters, a gap narrower than
  :data:`NARROW` times that is no word space either (a word split over two
  text objects: ``Hendr ikje``).

Rules ``F`` and ``N`` need reliable glyph boxes: they are not applied to words
read by OCR.  A letter gap between a lower-case letter and a capital is marked
(``camel``): the names view keeps one space there (``HendrikjeBosscher`` is
two words), the view for identifiers does not (an e-mail address or IBAN has
no space).  Normal text has no letter gap at all, so it costs one pass over its
gaps and no view is made.
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from redactie.document import Page
from redactie.findings import Finding

Box = tuple[float, float, float, float]

SINGLE_RUN = 3
FRAGMENT_RUN = 3
FRAGMENT_CHARS = 4
FRAGMENT_SINGLES = 2
FRAGMENT_NARROW = 0.95
NARROW = 0.85
WIDE = 1.5
MAX_LETTER_GAP = 0.8  # em
REF_CHARS = 4
REF_CLUSTER = 3
LINE_REF_MIN = 2
PAGE_REF_MIN = 3
# What a single-character token of letter-spaced text may be besides a letter or
# digit: the punctuation inside e-mail addresses, phone numbers and IBANs.
SPACED_PUNCTUATION = frozenset("@._-+")
_CORE_STRIP_LEFT = "([{\"'‘“"
_CORE_STRIP_RIGHT = ")]}\"'’”,.;:!?"
_TOKEN = re.compile(r"\S+")
# The rule id prefix of a finding made on a letter-spaced view (redactie.detect.spaced).
SPACED_RULE_PREFIX = "spaced:"


def is_spaced(f: Finding) -> bool:
    """A finding of a letter-spaced view (its page text has spaces inside words)."""
    return f.provenance.rule_id.startswith(SPACED_RULE_PREFIX)


class Layout(Protocol):
    """A page's glyph boxes per character (``PageLayout``, ``StoredLayout``)."""

    def bbox(self, i: int) -> Box | None: ...


@dataclass(frozen=True)
class Gap:
    """A letter gap: page offsets of a whitespace run inside a word."""

    start: int
    end: int
    rule: str  # "S", "F" or "N" (see the module docstring)
    camel: bool  # lower-case letter before, capital after: a word boundary for names


@dataclass(frozen=True)
class SpacedView:
    """A page text without some of its whitespace, with offsets back to the page."""

    text: str
    offsets: tuple[int, ...]  # view index -> page index

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The page span of view characters ``start:end`` (``end > start``)."""
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass
class _Token:
    start: int
    end: int
    core: int  # length of the core (see the module docstring)
    single: bool  # a single letter, digit or SPACED_PUNCTUATION character
    fragment: bool  # at most FRAGMENT_CHARS characters, all letters or digits (or single)


def _token(text: str, start: int, end: int) -> _Token:
    word = text[start:end]
    core = word.lstrip(_CORE_STRIP_LEFT).rstrip(_CORE_STRIP_RIGHT) or word
    single = len(core) == 1 and (core.isalnum() or core in SPACED_PUNCTUATION)
    fragment = single or (len(core) <= FRAGMENT_CHARS and core.isalnum())
    return _Token(start, end, len(core), single, fragment)


def _measure(layout: Layout | None, a: int, b: int) -> float | None:
    """The gap between the glyph of character ``a`` and that of ``b`` (right of it),
    in em (the taller glyph's height); None where the boxes do not tell."""
    if layout is None:
        return None
    la, rb = layout.bbox(a), layout.bbox(b)
    if la is None or rb is None:
        return None
    ha, hb = la[3] - la[1], rb[3] - rb[1]
    em = max(ha, hb)
    if em <= 0:
        return None
    overlap = min(la[3], rb[3]) - max(la[1], rb[1])
    if overlap < 0.5 * min(ha, hb):
        return None  # not side by side on one line (vertical or rotated text)
    gap = (rb[0] - la[2]) / em
    if gap < -0.1:
        return None  # drawn over or before each other: no gap to measure
    return max(gap, 0.0)


def letter_gaps(
    text: str, layout: Layout | None = None, reliable_until: int = -1
) -> tuple[Gap, ...]:
    """The letter gaps of a page text (see the module docstring).

    ``layout``: the glyph boxes of ``text`` (None: none known, only whitespace
    and token shapes count).  ``reliable_until``: characters from this offset on
    were read by OCR (-1: none); rules ``F`` and ``N`` stop there.
    """
    if reliable_until < 0:
        reliable_until = len(text)
    lines: list[list[_Token]] = []
    line: list[_Token] = []
    last_end = 0
    for m in _TOKEN.finditer(text):
        if line and "\n" in text[last_end : m.start()]:
            lines.append(line)
            line = []
        line.append(_token(text, m.start(), m.end()))
        last_end = m.end()
    if line:
        lines.append(line)
    # gaps[k][j]: (width in em or None, whitespace characters) between tokens j and j+1
    widths: list[list[tuple[float | None, int]]] = []
    page_ref: list[float] = []
    line_refs: list[float | None] = []
    for toks in lines:
        row: list[tuple[float | None, int]] = []
        ref: list[float] = []
        for a, b in itertools.pairwise(toks):
            w = _measure(layout, a.end - 1, b.start)
            n = b.start - a.end
            row.append((w, n))
            if w is None or n != 1 or w > MAX_LETTER_GAP or b.start >= reliable_until:
                continue
            if not (a.fragment and b.fragment) and not (a.single or b.single):
                ref.append(w)  # beside a word no fragment can be
            if a.core >= REF_CHARS and b.core >= REF_CHARS:
                page_ref.append(w)
        widths.append(row)
        line_refs.append(max(ref) if len(ref) >= LINE_REF_MIN else None)
    fallback = _natural(page_ref) if len(page_ref) >= PAGE_REF_MIN else None
    out: list[Gap] = []
    for toks, row, line_ref in zip(lines, widths, line_refs, strict=True):
        known = [r for r in (line_ref, fallback) if r is not None]
        ref_w = min(known) if known else None
        rules: dict[int, str] = {}
        _single_runs(toks, row, rules)
        # the widest gap of the line: a gap no narrower is the line's own word space
        widest = max((w for w, n in row if w is not None and _letter_width(w, n)), default=0.0)
        if ref_w is not None and ref_w > 0 and widest > 0:
            _fragment_runs(toks, row, rules, min(ref_w, widest), reliable_until)
            _narrow_gaps(text, toks, row, rules, min(ref_w, widest), reliable_until)
        for j in sorted(rules):
            a, b = toks[j], toks[j + 1]
            before, after = text[a.end - 1], text[b.start]
            out.append(Gap(a.end, b.start, rules[j], before.islower() and after.isupper()))
    return tuple(out)


def _natural(values: list[float]) -> float:
    """The natural word space of a page: the narrowest gap that at least
    :data:`REF_CLUSTER` of its gaps share within 5%.

    Spaces set with one font cluster at its space width; justification widens
    those of most lines (each line's alike), and a lone narrower gap is no word
    space at all (a word drawn in two pieces).  The median where none cluster.
    """
    values = sorted(values)
    for i, v in enumerate(values):
        j = bisect.bisect_right(values, v * 1.05 + 0.005, lo=i)
        if j - i >= REF_CLUSTER:
            return v
    return statistics.median(values)


def _runs(toks: Sequence[_Token], member: str) -> list[tuple[int, int]]:
    """Maximal runs ``[i, j]`` (token indexes, inclusive) of tokens with ``member`` set."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if not getattr(toks[i], member):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and getattr(toks[j + 1], member):
            j += 1
        runs.append((i, j))
        i = j + 1
    return runs


def _letter_width(w: float | None, n: int) -> bool:
    return n == 1 and (w is None or w <= MAX_LETTER_GAP)


def _single_runs(
    toks: Sequence[_Token], row: Sequence[tuple[float | None, int]], rules: dict[int, str]
) -> None:
    for i, j in _runs(toks, "single"):
        if j - i + 1 < SINGLE_RUN:
            continue
        inner = [row[k][0] for k in range(i, j) if _letter_width(*row[k])]
        known = [w for w in inner if w is not None]
        median = statistics.median(known) if known else None
        for k in range(i, j):
            w, n = row[k]
            if not _letter_width(w, n):
                continue
            if w is not None and median is not None and w > WIDE * median + 0.02:
                continue  # the space between two letter-spaced words
            rules[k] = "S"


def _fragment_runs(
    toks: Sequence[_Token],
    row: Sequence[tuple[float | None, int]],
    rules: dict[int, str],
    ref: float,
    reliable_until: int,
) -> None:
    for i, j in _runs(toks, "fragment"):
        if j - i + 1 < FRAGMENT_RUN or toks[j].end > reliable_until:
            continue
        if sum(1 for t in toks[i : j + 1] if t.single and t.core == 1) < FRAGMENT_SINGLES:
            continue
        known = [w for k in range(i, j) for w, n in [row[k]] if n == 1 and w is not None]
        if not known:
            continue
        median = statistics.median(known)
        if median >= FRAGMENT_NARROW * ref:
            continue  # set with word spaces: short words, not a word drawn apart
        limit = min(WIDE * median, FRAGMENT_NARROW * ref)
        for k in range(i, j):
            w, n = row[k]
            if n == 1 and w is not None and w < limit:
                rules.setdefault(k, "F")


def _narrow_gaps(
    text: str,
    toks: Sequence[_Token],
    row: Sequence[tuple[float | None, int]],
    rules: dict[int, str],
    ref: float,
    reliable_until: int,
) -> None:
    for k, (w, n) in enumerate(row):
        if k in rules or n != 1 or w is None or w >= NARROW * ref:
            continue  # a word space
        a, b = toks[k], toks[k + 1]
        if b.start < reliable_until and text[a.end - 1].isalpha() and text[b.start].isalpha():
            rules[k] = "N"


def view(text: str, gaps: Sequence[Gap], *, names: bool = False) -> SpacedView:
    """``text`` without its letter gaps.  ``names``: a gap marked ``camel`` stays as
    one space (its first whitespace character)."""
    chars: list[str] = []
    offsets: list[int] = []
    pos = 0
    for g in gaps:
        chars.append(text[pos : g.start])
        offsets.extend(range(pos, g.start))
        if names and g.camel:
            chars.append(text[g.start])
            offsets.append(g.start)
        pos = g.end
    chars.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return SpacedView("".join(chars), tuple(offsets))


def spans_gap(gaps: Sequence[Gap], start: int, end: int) -> bool:
    """Whether page span ``start:end`` holds a letter gap (``gaps`` sorted)."""
    k = bisect.bisect_left(gaps, start, key=lambda g: g.start)
    return k < len(gaps) and gaps[k].end <= end


def reading(text: str, gaps: Sequence[Gap], start: int, end: int, *, names: bool = True) -> str:
    """Page span ``start:end`` as it reads: its letter gaps left out (with ``names``,
    a ``camel`` gap as one space), ``He n drik j e  Bo ss che r`` -> ``Hendrikje
    Bosscher``."""
    k = bisect.bisect_left(gaps, start, key=lambda g: g.start)
    parts: list[str] = []
    pos = start
    while k < len(gaps) and gaps[k].end <= end:
        g = gaps[k]
        parts.append(text[pos : g.start])
        if names and g.camel:
            parts.append(" ")
        pos = g.end
        k += 1
    parts.append(text[pos:end])
    return "".join(parts)


# The letter gaps of the pages this process holds, by page object: detection,
# both resolves and verification of a document ask for the same pages' gaps.
_PAGE_GAPS: dict[int, tuple[weakref.ref[Page], tuple[Gap, ...]]] = {}


def page_gaps(page: Page) -> tuple[Gap, ...]:
    """The letter gaps of a page (its stored glyph boxes; words read by OCR only by
    whitespace and token shapes), found once per page object."""
    held = _PAGE_GAPS.get(id(page))
    if held is not None and held[0]() is page:
        return held[1]
    layout = page.stored_layout()
    if page.ocr:
        reliable = 0
    elif page.image_regions:
        reliable = page.image_text_start
    else:
        reliable = len(page.text)
    gaps = letter_gaps(page.text, layout, reliable)
    key = id(page)
    _PAGE_GAPS[key] = (weakref.ref(page, lambda _ref: _PAGE_GAPS.pop(key, None)), gaps)
    return gaps


class PageGaps:
    """The letter gaps of a document's pages, each found when first asked for."""

    def __init__(self, pages: Sequence[Page]) -> None:
        self.pages = pages
        self._gaps: dict[int, tuple[Gap, ...]] = {}

    def __call__(self, page: int) -> tuple[Gap, ...]:
        gaps = self._gaps.get(page)
        if gaps is None:
            gaps = self._gaps[page] = page_gaps(self.pages[page])
        return gaps

    def reading(self, f: Finding, *, names: bool = True) -> str:
        """A finding's text as it reads (:func:`reading`); the text itself where it
        holds no letter gap."""
        if not 0 <= f.page < len(self.pages):
            return f.text
        gaps = self(f.page)
        if not gaps or not spans_gap(gaps, f.start, f.end):
            return f.text
        return reading(self.pages[f.page].text, gaps, f.start, f.end, names=names)
